import { callToActionHref, invitationLabel } from '@/lib/call-to-action';
import { siteConfig } from '@/lib/site-config';

export type ExternalSleepTestProps = { url: string };

/** When the business runs its own sleep test elsewhere: say so, and link to it. */
export function ExternalSleepTest({ url }: ExternalSleepTestProps) {
  const href = callToActionHref({ medium: 'page', campaign: 'sleep-test', placement: 'end' });
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl leading-tight font-semibold sm:text-4xl">Free sleep test</h1>
      <p className="mt-4 text-lg text-muted">
        Our free sleep test has its own home at {new URL(url).host}. It takes a few minutes, and afterwards you can talk with one of our sleep-health
        professionals about your results.
      </p>
      <p className="mt-4 text-muted">It is a self-check, not a diagnosis. The sleep test’s site has its own privacy terms, which it shows before you start.</p>
      <p className="mt-6 text-sm font-semibold text-muted">{invitationLabel()}</p>
      <a
        href={href}
        className="mt-2 inline-block rounded-full bg-cta px-6 py-3 font-semibold text-cta-ink no-underline hover:bg-cta-hover focus-visible:outline-offset-4"
      >
        {siteConfig.callToAction.button}
      </a>
    </div>
  );
}
