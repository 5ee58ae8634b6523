import { PageShell } from '@/components/page-shell';
import { getArticles, getGuides } from '@/lib/content/queries';
import { postPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { SiteLink } from '@/components/site-link';

// No canonical address, since it answers any unknown address, and no noindex flag: Next adds one to every 404.
export const metadata = pageMetadata({
  title: 'Page not found',
  description: 'The page you asked for does not exist or has moved. Try the home page, or one of our latest articles and guides.',
});

/** A helpful 404: says what happened and offers the latest reading. */
export default function NotFound() {
  const suggestions = [...getArticles().slice(0, 3), ...getGuides().slice(0, 3)];
  return (
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
  );
}
