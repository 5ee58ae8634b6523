import Link from 'next/link';
import type { ComponentProps } from 'react';

export type SiteLinkProps = Omit<ComponentProps<typeof Link>, 'prefetch'>;

/**
 * A link within the site: Next's Link (client navigation once the page has
 * hydrated), never prefetching. A prefetching link fetches and decodes its
 * route's data as soon as the page hydrates, main-thread work on a phone that
 * Lighthouse counts as blocking time (`npm run bench`), for a page the reader
 * may never open.
 */
export function SiteLink(props: SiteLinkProps) {
  return <Link {...props} prefetch={false} />;
}
