import { PageShell } from '@/components/page-shell';
import { ExternalSleepTest } from '@/components/sleep-test/external-sleep-test';
import { SleepTest } from '@/components/sleep-test/sleep-test';
import { SleepTestIntro } from '@/components/sleep-test/sleep-test-intro';
import { isStaticExport } from '@/lib/build-target';
import { getPosts } from '@/lib/content/queries';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { externalSleepTestUrl } from '@/lib/sleep-test/external-test';
import { readingCandidates } from '@/lib/sleep-test/reading-candidates';
import { invitationLabel } from '@/lib/call-to-action';
import { absoluteUrl, siteConfig } from '@/lib/site-config';
import { submitSleepTest } from '@/app/(site)/sleep-test/actions';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata = pageMetadata({
  title: 'Free sleep test',
  description:
    'A few minutes of short questions about your nights and days, with a plain-language result and ideas for what to try next. A self-check, not a diagnosis.',
  path: staticPaths.sleepTest,
});

/** The site's own sleep test, or a pointer to the business's when the configuration names one elsewhere. */
export default function SleepTestPage() {
  const externalUrl = externalSleepTestUrl(siteConfig);
  return (
    <PageShell medium="page" campaign="sleep-test" crumbs={breadcrumbTrail({ name: 'Sleep test', path: staticPaths.sleepTest })}>
      {externalUrl ? (
        <ExternalSleepTest url={externalUrl} />
      ) : (
        <>
          <SleepTestIntro hasServer={!isStaticExport} />
          <SleepTest
            candidates={readingCandidates(getPosts())}
            business={{
              contactUrl: siteConfig.contactUrl,
              invitationLabel: invitationLabel(),
              siteName: siteConfig.name,
              testUrl: absoluteUrl(staticPaths.sleepTest),
            }}
            action={isStaticExport ? undefined : submitSleepTest}
          />
        </>
      )}
    </PageShell>
  );
}
