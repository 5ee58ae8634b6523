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
  title: 'Medical disclaimer',
  description: `${siteConfig.name} offers general information about sleep and relaxation. It is not medical advice: when to see a doctor and what to do in an emergency.`,
  path: staticPaths.medicalDisclaimer,
});

export default function MedicalDisclaimerPage() {
  return (
    <PageShell medium="page" campaign="medical-disclaimer" crumbs={breadcrumbTrail({ name: 'Medical disclaimer', path: staticPaths.medicalDisclaimer })}>
      <ProsePage title="Medical disclaimer" lead="Our articles and guides are general information, not medical advice.">
        <p>
          What you read on {siteConfig.name} cannot take your history, symptoms or medicines into account, and it does not replace a diagnosis or treatment from
          a doctor or other qualified health professional.
        </p>
        <h2>When to see a professional</h2>
        <p>
          Talk to a doctor if poor sleep lasts for more than a few weeks, if you snore loudly or stop breathing in your sleep, if you are very sleepy during the
          day, or if sleep problems affect your mood, work or safety.
        </p>
        <h2>Massage and other techniques</h2>
        <p>
          Read the precautions on every guide before you start. Ask a clinician first if you are pregnant, have a medical condition, an injury, a clotting
          problem or reduced feeling in your skin, and stop if anything hurts.
        </p>
        <h2>In an emergency</h2>
        <p>If you think you or someone else needs urgent help, call your local emergency number now.</p>
        <h2>The sleep test</h2>
        <p>
          Our free sleep test gives a first picture of your sleep and a way to{' '}
          <SiteLink href={staticPaths.contact}>talk with our sleep-health professionals</SiteLink>. It is a starting point for a conversation, not a diagnosis.
        </p>
      </ProsePage>
    </PageShell>
  );
}
