import type { ReactNode } from 'react';
import type { CallToActionContext } from '@/lib/call-to-action';
import type { Crumb } from '@/lib/seo/breadcrumbs';
import { Breadcrumbs } from './breadcrumbs';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

export type PageShellProps = {
  /** Tells the header's call to action which page it is on. */
  medium: CallToActionContext['medium'];
  campaign: string;
  /** The trail from home to this page; every page below home has one (shown, and given to search engines). */
  crumbs?: Crumb[];
  children: ReactNode;
};

/** The skip link, header, main landmark and footer every page shares, with the page's breadcrumbs (the browser CMS under /keystatic has none of them). */
export function PageShell({ medium, campaign, crumbs, children }: PageShellProps) {
  return (
    <>
      <SkipLink />
      <SiteHeader medium={medium} campaign={campaign} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-5 focus:outline-none sm:pt-8" tabIndex={-1}>
        {crumbs && <Breadcrumbs crumbs={crumbs} />}
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
