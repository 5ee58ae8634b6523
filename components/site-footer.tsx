import { staticPaths } from '@/lib/routes';
import { siteConfig } from '@/lib/site-config';
import { LinkList } from './link-list';

const footerLinks = [
  { label: 'About us', href: staticPaths.about },
  { label: 'Editorial policy', href: staticPaths.editorialPolicy },
  { label: 'Medical disclaimer', href: staticPaths.medicalDisclaimer },
  { label: 'Contact', href: staticPaths.contact },
];

/** The footer's id: the root layout holds the first frame until the page is parsed up to it. */
export const siteFooterId = 'site-footer';

/** The footer: the pages that say who we are and how we work, and the note that this is not medical advice. */
export function SiteFooter() {
  return (
    <footer id={siteFooterId} className="mt-20 border-t border-line bg-surface print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-10 text-sm text-muted">
        <nav aria-label="About this site">
          <LinkList
            links={footerLinks}
            className="flex flex-wrap gap-x-6 gap-y-2"
            linkClassName="inline-flex min-h-6 items-center text-ink underline underline-offset-4"
          />
        </nav>
        <p className="mt-6 max-w-2xl">
          {siteConfig.name} offers general information about sleep and relaxation. It is not medical advice and does not replace care from a qualified
          professional.
        </p>
        <p className="mt-2">
          © {new Date().getFullYear()} {siteConfig.organization.name}
        </p>
      </div>
    </footer>
  );
}
