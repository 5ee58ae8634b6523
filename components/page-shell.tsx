import type { ReactNode } from 'react';
import type { CallToActionContext } from '@/lib/call-to-action';
import { SiteHeader } from './site-header';

export type PageShellProps = {
  /** Tells the header's call to action which page it is on. */
  medium: CallToActionContext['medium'];
  campaign: string;
  children: ReactNode;
};

/** The header and main landmark every page shares. */
export function PageShell({ medium, campaign, children }: PageShellProps) {
  return (
    <>
      <SiteHeader medium={medium} campaign={campaign} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 focus:outline-none" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
