import { siteConfig } from '@/lib/site-config';

/** The footer: what the site is and the note that it is general information, not medical advice. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-muted">
        <p>
          {siteConfig.name} offers general information about sleep and relaxation. It is not medical advice and does
          not replace care from a qualified professional.
        </p>
        <p className="mt-2">
          © {new Date().getFullYear()} {siteConfig.organization.name}
        </p>
      </div>
    </footer>
  );
}
