import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/page-shell';
import { ProsePage } from '@/components/prose-page';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/lib/site-config';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = pageMetadata({
  title: 'Editorial policy',
  description: `How ${siteConfig.name} articles and guides are researched, written, reviewed for accuracy and safety, corrected and kept up to date.`,
  path: staticPaths.editorialPolicy,
});

export default function EditorialPolicyPage() {
  return (
    <PageShell medium="page" campaign="editorial-policy" crumbs={breadcrumbTrail({ name: 'Editorial policy', path: staticPaths.editorialPolicy })}>
      <ProsePage title="Editorial policy" lead="How we research, write, review and update everything we publish.">
        <h2>How we write</h2>
        <p>
          We write for someone reading on a phone at the end of a long day: short paragraphs, everyday words and
          practical steps. We base what we say on published health guidance and research, and we say so when the
          evidence is limited or mixed rather than promise results.
        </p>
        <h2>How we review</h2>
        <p>
          Before anything is published, a reviewer with clinical experience checks it for accuracy and safety. Their
          name appears on the page. Massage guides always include the precautions to read before you start.
        </p>
        <h2>Sources</h2>
        <p>
          Each article and guide lists the sources it relies on at the end, with their publishers, so you can read
          further and judge them yourself. We prefer systematic reviews, clinical guidelines and public health bodies.
        </p>
        <h2>Updates and corrections</h2>
        <p>
          We review content when guidance changes and at least once a year. When we make a substantive change, the
          page shows the date it was updated. If you spot a mistake, please <Link href={staticPaths.contact}>tell us</Link>;
          we correct errors promptly.
        </p>
        <h2>Independence</h2>
        <p>
          Our articles and guides do not promote products. The only thing we invite you to do is take our free sleep
          test, and we mark that invitation clearly wherever it appears.
        </p>
      </ProsePage>
    </PageShell>
  );
}
