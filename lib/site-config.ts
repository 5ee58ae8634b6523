/**
 * The site configuration: one validated object, read once. Defaults live
 * here; a deployment overrides them with the environment variables named in
 * `envOverrides`. A bad value stops the build with the variable's name.
 */
import { z } from 'zod';
import { staticPaths } from './routes';

const siteConfigSchema = z.object({
  /** The site's name, shown in the header, titles and feeds. */
  name: z.string().trim().min(1).max(30),
  /** One sentence on what the site is, for the home page and feeds. */
  description: z.string().trim().min(70).max(160),
  /** The canonical origin every absolute URL is built from, without a trailing slash. */
  url: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://www.example.com' })
    .transform((url) => url.replace(/\/+$/, '')),
  /** BCP 47 language tag of the content. */
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'must be a language tag such as en or en-GB' }),
  /** The business behind the site, as publisher. */
  organization: z.object({ name: z.string().min(1), logo: z.string().startsWith('/') }),
  /** Where the call to action leads: the site's own sleep test, or the business's URL. */
  sleepTestUrl: z.string().refine((value) => value.startsWith('/') || URL.canParse(value), {
    error: 'must be a path such as /sleep-test or an absolute URL',
  }),
  /** Where readers book a conversation with a sleep-health professional. */
  contactUrl: z.string().refine((value) => value.startsWith('/') || URL.canParse(value), {
    error: 'must be a path such as /contact or an absolute URL',
  }),
  /** The business's contact details, shown on the contact page. */
  contactEmail: z.email({ error: 'must be an email address such as care@example.com' }),
  /** A phone number as readers dial it, e.g. "+44 20 7946 0000". */
  contactPhone: z.string().regex(/^\+?[0-9][0-9 ()-]{5,20}$/, { error: 'must be a phone number such as +44 20 7946 0000' }),
  /** When the professionals answer, in plain words. */
  contactHours: z.string().trim().min(1).max(120),
  /** The words of the call to action, the same on every page. */
  callToAction: z.object({
    heading: z.string().min(1),
    text: z.string().min(1),
    button: z.string().min(1),
    compactButton: z.string().min(1),
  }),
  /** The header's navigation, in order. */
  navigation: z.array(z.object({ label: z.string().min(1), href: z.string().startsWith('/') })),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The template's values; exported so the launch check can tell which were never replaced. */
export const siteConfigDefaults = {
  name: 'Calm Nights',
  description:
    'Calm, practical guidance on sleep, relaxation and bedtime massage, written in plain language and reviewed for accuracy and safety.',
  url: 'http://localhost:3000',
  language: 'en',
  organization: { name: 'Calm Nights', logo: '/logo.svg' },
  sleepTestUrl: '/sleep-test',
  contactUrl: staticPaths.contact,
  // Example details on reserved example domains and a drama number; a deployment sets its own.
  contactEmail: 'sleep-team@example.com',
  contactPhone: '+44 20 7946 0000',
  contactHours: 'Monday to Friday, 9:00 to 17:00 (UK time)',
  callToAction: {
    heading: 'How well are you really sleeping?',
    text: 'Take our free online sleep test. It takes a few minutes, and afterwards you can talk with one of our sleep-health professionals about your results.',
    button: 'Take the free sleep test',
    compactButton: 'Sleep test',
  },
  navigation: [
    { label: 'Articles', href: '/articles' },
    { label: 'Guides', href: '/guides' },
  ],
} as const satisfies z.input<typeof siteConfigSchema>;

/** The environment variables a deployment may set, and the field each overrides. */
export const envOverrides = {
  SITE_NAME: 'name',
  SITE_URL: 'url',
  SITE_LANGUAGE: 'language',
  SLEEP_TEST_URL: 'sleepTestUrl',
  CONTACT_URL: 'contactUrl',
  CONTACT_EMAIL: 'contactEmail',
  CONTACT_PHONE: 'contactPhone',
  CONTACT_HOURS: 'contactHours',
} as const satisfies Record<string, keyof SiteConfig>;

/** Builds the configuration from the defaults and an environment; throws naming the bad variable. */
export function parseSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const input: Record<string, unknown> = { ...siteConfigDefaults };
  for (const [variable, field] of Object.entries(envOverrides)) {
    const value = env[variable]?.trim();
    if (value) input[field] = value;
  }
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = String(issue.path[0]);
    const variable = Object.entries(envOverrides).find(([name, target]) => target === field && env[name]?.trim())?.[0];
    const where = variable ? `environment variable ${variable}` : `site configuration field "${issue.path.join('.')}"`;
    return `  ${where}: ${issue.message}`;
  });
  throw new Error(`Invalid site configuration:\n${problems.join('\n')}`);
}

export const siteConfig: SiteConfig = parseSiteConfig(process.env);

/**
 * Whether the contact details are still this template's examples: addresses
 * on the domains reserved for examples (RFC 2606) are never a real inbox.
 */
export function contactDetailsAreExamples(config: SiteConfig = siteConfig): boolean {
  return /@(?:[a-z0-9-]+\.)*example(?:\.(?:com|org|net))?$/i.test(config.contactEmail);
}

/** An absolute URL on the canonical origin for a path like "/articles/x". */
export function absoluteUrl(path: string, config: SiteConfig = siteConfig): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${config.url}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Search results cut titles longer than this. */
export const maxTitleLength = 60;

/** How a page's title reads in browser tabs and search results: its own title, then the site's name ("%s" gives the layout's template). */
export function pageTitle(title: string, config: SiteConfig = siteConfig): string {
  return `${title} · ${config.name}`;
}
