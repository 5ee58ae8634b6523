/** Whether the call to action leads to the business's own sleep test on another site. */
import type { SiteConfig } from '../site-config';

/** The configured sleep-test URL when it is absolute (another site), else null (this site's own test). */
export function externalSleepTestUrl(config: Pick<SiteConfig, 'sleepTestUrl'>): string | null {
  return /^[a-z][a-z0-9+.-]*:/i.test(config.sleepTestUrl) ? config.sleepTestUrl : null;
}
