import type { ComponentProps } from 'react';

export type SiteLinkProps = ComponentProps<'a'> & { href: string };

/**
 * A link within the site: a plain anchor, so following it loads the next page
 * as a document. Every page is a static file; a client navigation instead
 * fetches the route's payload and renders it with React on the phone, and
 * Next's Link is a client component that hydrates once per link (an article
 * has about fifty) as main-thread work Lighthouse counts as blocking time.
 * The browser's own navigation also restores scroll, moves focus and keeps
 * the back-forward cache, with no script.
 */
export function SiteLink(props: SiteLinkProps) {
  return <a {...props} />;
}
