import type { CallToActionContext } from '@/lib/call-to-action';
import { staticPaths } from '@/lib/routes';
import { siteConfig } from '@/lib/site-config';
import { CallToAction } from './call-to-action';
import { HeaderSearch } from './header-search';
import { ThemeToggle } from './theme-toggle';
import { SiteLink } from './site-link';

export type SiteHeaderProps = { medium: CallToActionContext['medium']; campaign: string };

/** The header: site name, navigation, search, night mode and the compact call to action. */
export function SiteHeader({ medium, campaign }: SiteHeaderProps) {
  return (
    <header className="border-b border-line print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 sm:gap-x-6 sm:py-3">
        <SiteLink href={staticPaths.home} className="mr-auto font-serif text-lg font-semibold text-ink no-underline sm:text-xl">
          {siteConfig.name}
        </SiteLink>
        <div className="flex items-center gap-1 sm:order-last sm:gap-2">
          <ThemeToggle />
          <CallToAction placement="header" medium={medium} campaign={campaign} />
        </div>
        <div className="flex w-full flex-wrap items-center gap-x-4 gap-y-2 sm:w-auto sm:gap-x-5">
          <nav aria-label="Main">
            <ul className="flex gap-4 sm:gap-5">
              {siteConfig.navigation.map((item) => (
                <li key={item.href}>
                  <SiteLink href={item.href} className="text-ink underline-offset-4 hover:underline">
                    {item.label}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </nav>
          <HeaderSearch />
        </div>
      </div>
    </header>
  );
}
