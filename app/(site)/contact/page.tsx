import type { Metadata } from 'next';
import { PageShell } from '@/components/page-shell';
import { ProsePage } from '@/components/prose-page';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { contactDetailsAreExamples, siteConfig } from '@/lib/site-config';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = pageMetadata({
  title: 'Contact',
  description: `How to reach the ${siteConfig.name} sleep-health professionals by email or phone, and when they answer, to talk about your sleep.`,
  path: staticPaths.contact,
});

export default function ContactPage() {
  const { contactEmail, contactPhone, contactHours } = siteConfig;
  return (
    <PageShell medium="page" campaign="contact" crumbs={breadcrumbTrail({ name: 'Contact', path: staticPaths.contact })}>
      <ProsePage title="Contact us" lead="Talk with one of our sleep-health professionals about your sleep or your sleep-test results.">
        {contactDetailsAreExamples() && (
          <p role="note" className="not-prose rounded-xl border border-caution-line bg-caution px-4 py-3 text-base">
            These are example contact details. They will be replaced with the business’s own before the site goes live.
          </p>
        )}
        <dl className="wrap-anywhere">
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </dd>
          <dt>Phone</dt>
          <dd>
            <a href={`tel:${contactPhone.replace(/[^+0-9]/g, '')}`}>{contactPhone}</a>
          </dd>
          <dt>Opening hours</dt>
          <dd>{contactHours}</dd>
        </dl>
        <p>
          Please do not send urgent medical questions by email: if you need
          help now, call your local emergency number.
        </p>
      </ProsePage>
    </PageShell>
  );
}
