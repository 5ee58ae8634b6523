/** Where the call to action leads, with UTM parameters that tell the business which page and placement sent the reader. */
import { siteConfig, type SiteConfig } from './site-config';

export type CallToActionPlacement = 'end' | 'inline' | 'header';

export type CallToActionContext = {
  /** The kind of page: "article", "guide", or "page" for everything else. */
  medium: 'article' | 'guide' | 'page';
  /** The page's slug, or a name such as "home". */
  campaign: string;
  placement: CallToActionPlacement;
};

/**
 * The words that mark every call to action as the business's own invitation, as
 * the editorial policy promises, e.g. "From Calm Nights".
 */
export const invitationLabel = (config: Pick<SiteConfig, 'organization'> = siteConfig) => `From ${config.organization.name}`;

const utmSource = (config: SiteConfig) => config.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The sleep-test link for one placement on one page. */
export function callToActionHref(context: CallToActionContext, config: SiteConfig = siteConfig): string {
  const [base, hash = ''] = config.sleepTestUrl.split('#');
  const params = new URLSearchParams({
    utm_source: utmSource(config),
    utm_medium: context.medium,
    utm_campaign: context.campaign,
    utm_content: context.placement,
  });
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}${params.toString()}${hash ? `#${hash}` : ''}`;
}
