import { PageShell } from '@/components/page-shell';
import { SiteDocument } from '@/components/site-document';
import { getArticles, getGuides } from '@/lib/content/queries';
import { postPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteMetadata, siteViewport } from '@/lib/seo/site-metadata';
import { pageTitle } from '@/lib/site-config';
import './globals.css';
import { SiteLink } from '@/components/site-link';

/*
 * The 404 for every unknown address, as its own document: a not-found.tsx would be rendered into every page's
 * App Router payload (twice, header and footer included: 12.6 of an article's 59.2 KB), for a page only a
 * mistyped address shows. Every route's params are known at build time (dynamicParams = false), so an unknown
 * one comes here too. No canonical address, since it answers any unknown address, and no noindex flag: Next
 * adds one to every 404.
 * @see https://nextjs.org/docs/app/api-reference/file-conventions/not-found#global-not-foundjs-experimental
 */
export const metadata = {
  ...siteMetadata,
  ...pageMetadata({
    title: pageTitle('Page not found'),
    absoluteTitle: true,
    description: 'The page you asked for does not exist or has moved. Try the home page, or one of our latest articles and guides.',
  }),
};
export const viewport = siteViewport;

/** A helpful 404: says what happened and offers the latest reading. */
export default function GlobalNotFound() {
  const suggestions = [...getArticles().slice(0, 3), ...getGuides().slice(0, 3)];
  return (
    <SiteDocument>
      <PageShell medium="page" campaign="not-found">
        <div className="max-w-2xl">
          <h1 className="heading-page">We couldn’t find that page</h1>
          <p className="mt-4 text-lg text-muted">
            The address may be mistyped, or the page may have moved. Try the{' '}
            <SiteLink href="/" className="text-accent underline">
              home page
            </SiteLink>
            , or one of these:
          </p>
          <ul className="mt-6 space-y-2">
            {suggestions.map((post) => (
              <li key={`${post.type}-${post.slug}`}>
                <SiteLink href={postPath(post)} className="text-accent underline underline-offset-2">
                  {post.title}
                </SiteLink>
              </li>
            ))}
          </ul>
        </div>
      </PageShell>
    </SiteDocument>
  );
}
