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
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://www.example.com' }).transform((url) => url.replace(/\/+$/, '')),
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
  /** Who the sleep-health professionals are: their training, and what they are not (the reader's doctor). */
  sleepTeam: z.string().trim().min(20).max(500),
  /** What a conversation with them is: how it happens, how long it takes, what the reader leaves with. */
  consultation: z.string().trim().min(20).max(500),
  /** What a conversation costs, in plain words, e.g. "The first 20 minutes are free." */
  consultationPrice: z.string().trim().min(1).max(300),
  /** Where readers book a conversation online, if the business has such a page; email and phone always work. */
  bookingUrl: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://book.example.com' }).optional(),
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

/**
 * The template's example values: each stands in for the business's own until
 * a deployment replaces it. The sleep-team page says which it still shows,
 * and `exampleSettings()` lists them for the launch check.
 */
export const exampleValues = {
  // Reserved example domain (RFC 2606) and a UK drama number (Ofcom): never a real inbox or line.
  contactEmail: 'sleep-team@example.com',
  contactPhone: '+44 20 7946 0000',
  contactHours: 'Monday to Friday, 9:00 to 17:00 (UK time)',
  sleepTeam:
    'Our sleep team are registered nurses and health coaches trained in sleep health. They are not your doctor: they cannot diagnose or prescribe, and they will tell you when something is one for your GP.',
  consultation:
    'A 20-minute phone or video call at a time you choose. You talk about your nights, go through your sleep-test answers if you like, and leave with a few things to try and a view on whether to see your GP.',
  consultationPrice: 'The first conversation is free, with nothing to buy. Any follow-up is priced and agreed with you before it is booked.',
} as const satisfies Partial<Record<keyof SiteConfig, string>>;

/** The template's values; exported so the launch check can tell which were never replaced. */
export const siteConfigDefaults = {
  name: 'Calm Nights',
  description: 'Calm, practical guidance on sleep, relaxation and bedtime massage, written in plain language and reviewed for accuracy and safety.',
  url: 'http://localhost:3000',
  language: 'en',
  organization: { name: 'Calm Nights', logo: '/logo.svg' },
  sleepTestUrl: '/sleep-test',
  contactUrl: staticPaths.contact,
  ...exampleValues,
  callToAction: {
    heading: 'How well are you really sleeping?',
    text: 'Take our free online sleep test. It takes a few minutes, and afterwards you can talk with one of our sleep-health professionals about your results.',
    button: 'Take the free sleep test',
    compactButton: 'Our sleep test',
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
  SLEEP_TEAM: 'sleepTeam',
  CONSULTATION: 'consultation',
  CONSULTATION_PRICE: 'consultationPrice',
  BOOKING_URL: 'bookingUrl',
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
 * Whether the contact email is still an example: addresses on the domains
 * reserved for examples (RFC 2606) are never a real inbox.
 */
export function contactDetailsAreExamples(config: SiteConfig = siteConfig): boolean {
  return /@(?:[a-z0-9-]+\.)*example(?:\.(?:com|org|net))?$/i.test(config.contactEmail);
}

/** A setting that still holds the template's example value, with the variable that replaces it. */
export type ExampleSetting = { field: keyof typeof exampleValues; variable: string; value: string };

/**
 * The settings a deployment has not yet replaced: a value equal to the
 * template's example, or an email address on an example domain. Empty when
 * the sleep-team page shows only the business's own details.
 */
export function exampleSettings(config: SiteConfig = siteConfig): ExampleSetting[] {
  const fields = Object.keys(exampleValues) as (keyof typeof exampleValues)[];
  return fields
    .filter((field) => config[field] === exampleValues[field] || (field === 'contactEmail' && contactDetailsAreExamples(config)))
    .map((field) => ({
      field,
      variable: Object.entries(envOverrides).find(([, target]) => target === field)?.[0] ?? field,
      value: config[field],
    }));
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
