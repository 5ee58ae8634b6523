import type { Metadata } from 'next';
import { PageShell } from '@/components/page-shell';
import { ProsePage } from '@/components/prose-page';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/lib/site-config';
import { SiteLink } from '@/components/site-link';

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
          We write for someone reading on a phone at the end of a long day: short paragraphs, everyday words and practical steps. We base what we say on
          published health guidance and research, and we say so when the evidence is limited or mixed rather than promise results.
        </p>
        <h2>How we review</h2>
        <p>
          Every article and guide is checked for accuracy and safety by a named reviewer before it is published. The page shows who reviewed it, their role and
          the date of the review; our publishing checks refuse a page that has no reviewer or no review date. Every technique guide has a box of precautions to
          read before you start, and its stated time is the total of its steps.
        </p>
        <h2>Sources</h2>
        <p>
          Each article cites at least five sources and each guide at least three, listed at the end with their publishers and years, so you can read further and
          judge them yourself; our publishing checks refuse a page with fewer. We prefer systematic reviews, clinical studies and public health bodies, and we
          say where the evidence is thin or mixed.
        </p>
        <h2>Updates and corrections</h2>
        <p>
          We review content when guidance changes and at least once a year: our publishing checks stop the site being rebuilt while any page’s last review is
          more than twelve months old, and warn a month ahead. When we change a page, it shows the date of the update. If you spot a mistake, please{' '}
          <SiteLink href={staticPaths.contact}>tell us</SiteLink>; we correct errors promptly.
        </p>
        <h2>Independence</h2>
        <p>
          Our articles and guides do not promote products. The only thing we invite you to do is take our free sleep test, and we mark that invitation clearly
          wherever it appears.
        </p>
      </ProsePage>
    </PageShell>
  );
}
