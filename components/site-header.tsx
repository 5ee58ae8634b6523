import type { CallToActionContext } from '@/lib/call-to-action';
import Link from 'next/link';
import { siteConfig } from '@/lib/site-config';
import { CallToAction } from './call-to-action';

export type SiteHeaderProps = { medium: CallToActionContext['medium']; campaign: string };

/** The header: site name, navigation and the compact call to action. */
export function SiteHeader({ medium, campaign }: SiteHeaderProps) {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-serif text-lg font-semibold text-ink no-underline">
          {siteConfig.name}
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4">
          {siteConfig.navigation.map((item) => (
            <Link key={item.href} href={item.href} className="text-sm text-ink underline-offset-4 hover:underline">
              {item.label}
            </Link>
          ))}
          <CallToAction placement="header" medium={medium} campaign={campaign} />
        </nav>
      </div>
    </header>
  );
}
