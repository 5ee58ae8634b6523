/**
 * What a real launch must not carry: the template's sample people, example
 * contact details, a local or example origin, and example addresses in the
 * content. `npm run launch:check` lists them; `npm run build` warns with the
 * same list when it builds for a public origin.
 */
import type { Author, Post } from '../../lib/content/collections';
import { contactDetailsAreExamples, exampleSettings, type ExampleSetting, type SiteConfig } from '../../lib/site-config';

/** One thing to replace: where it is, what it is, and how to fix it. */
export type LaunchBlocker = { where: string; what: string; fix: string };

/** Hosts that only ever mean "this machine". */
const localHosts = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;
/** Domains reserved for documentation and examples (RFC 2606 and RFC 6761): never a live site or inbox. */
const exampleHost = /(?:^|\.)(?:example(?:\.(?:com|net|org))?|test|invalid|localhost)$/i;
/** Ofcom's numbers reserved for drama (020 7946 0000 to 0999): never a real line. */
const dramaPhone = /^\+?44\s*\(?0?\)?\s*20\s*7946\s*0\d{3}$/;

/** The sleep-team page's own example texts (the contact details have their own checks above them), with what to write instead. */
const sleepTeamExamples: Partial<Record<ExampleSetting['field'], { what: string; fix: string }>> = {
  sleepTeam: { what: 'who the sleep team are', fix: 'who your professionals are and what they are trained in' },
  consultation: { what: 'what a conversation with them is', fix: 'how a conversation happens, how long it takes and what the reader leaves with' },
  consultationPrice: { what: 'what a conversation costs', fix: 'what a conversation costs, in plain words' },
};

/** Whether an origin is this machine, where a build is for local work only. */
export function isLocalOrigin(url: string): boolean {
  return localHosts.test(new URL(url).hostname);
}

export type LaunchInput = {
  config: SiteConfig;
  /** The hours shipped with the template, to tell whether they were ever set. */
  defaultContactHours: string;
  authors: Author[];
  posts: Post[];
  contentDir: string;
};

export function launchBlockers({ config, defaultContactHours, authors, posts, contentDir }: LaunchInput): LaunchBlocker[] {
  const blockers: LaunchBlocker[] = [];
  const host = new URL(config.url).hostname;
  if (localHosts.test(host) || exampleHost.test(host)) {
    blockers.push({
      where: 'SITE_URL',
      what: `the site's origin is ${config.url}, ${localHosts.test(host) ? 'a local address' : 'an example address'}`,
      fix: 'set SITE_URL to the public origin, e.g. https://www.your-domain.com, when you build and start',
    });
  }
  for (const author of authors.filter((person) => person.sample)) {
    const bylines = posts.filter((post) => post.author.slug === author.slug || post.reviewer?.slug === author.slug).length;
    blockers.push({
      where: `${contentDir}/authors/${author.slug}.yaml`,
      what: `${author.name} (${author.role}) is a sample person${bylines ? `, named on ${bylines} post${bylines === 1 ? '' : 's'}` : ''}`,
      fix: 'replace the file with a real writer or reviewer (and point the posts at them), then remove "sample: true"',
    });
  }
  if (contactDetailsAreExamples(config))
    blockers.push({
      where: 'CONTACT_EMAIL',
      what: `${config.contactEmail} is an example address`,
      fix: 'set CONTACT_EMAIL to the inbox of your sleep-health team',
    });
  if (dramaPhone.test(config.contactPhone.replace(/[-]/g, ' ')))
    blockers.push({
      where: 'CONTACT_PHONE',
      what: `${config.contactPhone} is a number reserved for drama, not a real line`,
      fix: 'set CONTACT_PHONE to the number readers call',
    });
  if (config.contactHours === defaultContactHours)
    blockers.push({
      where: 'CONTACT_HOURS',
      what: `"${config.contactHours}" are the template's example hours`,
      fix: 'set CONTACT_HOURS to when your professionals answer (even if the same)',
    });
  for (const setting of exampleSettings(config)) {
    const example = sleepTeamExamples[setting.field];
    if (example)
      blockers.push({
        where: setting.variable,
        what: `the sleep-team page shows the template's example of ${example.what}`,
        fix: `set ${setting.variable} to ${example.fix}`,
      });
  }
  for (const post of posts) {
    for (const source of post.sources) {
      if (exampleHost.test(new URL(source.url).hostname))
        blockers.push({
          where: post.sourceFilePath,
          what: `the source "${source.title}" points at an example address (${source.url})`,
          fix: 'cite the real address, or remove the source',
        });
    }
  }
  return blockers;
}

/** The list as plain lines for a terminal. */
export function formatLaunchBlockers(blockers: LaunchBlocker[]): string {
  return blockers.map((blocker) => `  ${blocker.where}: ${blocker.what}\n    fix: ${blocker.fix}`).join('\n');
}
