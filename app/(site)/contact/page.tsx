import type { Metadata } from 'next';
import { PageShell } from '@/components/page-shell';
import { ProsePage } from '@/components/prose-page';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { exampleSettings, siteConfig, type ExampleSetting } from '@/lib/site-config';
import { SiteLink } from '@/components/site-link';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = pageMetadata({
  title: 'Talk with our sleep team',
  description: `Who the ${siteConfig.name} sleep-health professionals are, what a conversation with them is, what it costs, when they answer and how to reach them.`,
  path: staticPaths.contact,
});

/** How the example note names each setting. */
const settingNames: Record<ExampleSetting['field'], string> = {
  contactEmail: 'email address',
  contactPhone: 'phone number',
  contactHours: 'opening hours',
  sleepTeam: 'who the team are',
  consultation: 'what the conversation is',
  consultationPrice: 'what it costs',
};

/** Where readers land to reach the business's professionals: who, what, cost, hours and how, all from the site configuration. */
export default function ContactPage() {
  const { contactEmail, contactPhone, contactHours, sleepTeam, consultation, consultationPrice, bookingUrl } = siteConfig;
  const examples = exampleSettings();
  return (
    <PageShell medium="page" campaign="contact" crumbs={breadcrumbTrail({ name: 'Sleep team', path: staticPaths.contact })}>
      <ProsePage
        title="Talk with our sleep team"
        lead={`A conversation with one of the ${siteConfig.organization.name} sleep-health professionals about your sleep or your sleep-test result.`}
      >
        {examples.length > 0 && (
          <p role="note" className="not-prose rounded-xl border border-caution-line bg-caution px-4 py-3 text-base">
            Some details on this page are examples: {examples.map((example) => settingNames[example.field]).join(', ')}. The business replaces them with its own
            before the site goes live.
          </p>
        )}
        <h2>Who they are</h2>
        <p>{sleepTeam}</p>
        <h2>What the conversation is</h2>
        <p>{consultation}</p>
        <p>
          If you took the <SiteLink href={staticPaths.sleepTest}>sleep test</SiteLink>, you can email your answers to yourself from the result and bring them
          along; nothing reaches us unless you send it.
        </p>
        <h2>What it costs</h2>
        <p>{consultationPrice}</p>
        <h2>When they answer</h2>
        <p>{contactHours}</p>
        <h2>How to get in touch</h2>
        <dl className="wrap-anywhere">
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </dd>
          <dt>Phone</dt>
          <dd>
            <a href={`tel:${contactPhone.replace(/[^+0-9]/g, '')}`}>{contactPhone}</a>
          </dd>
          {bookingUrl && (
            <>
              <dt>Book online</dt>
              <dd>
                <a href={bookingUrl}>Choose a time</a>
              </dd>
            </>
          )}
        </dl>
        <p>
          This is not an emergency service, and email is not the place for urgent medical questions. If you need help now, call your local emergency number (999
          in the UK).
        </p>
        <p>For anything else, such as a correction to an article, the same email address reaches us.</p>
      </ProsePage>
    </PageShell>
  );
}
