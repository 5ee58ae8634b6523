/**
 * What the production build should publish, read straight from content/ with
 * the same validation and the same isPublished rule the site uses, so the
 * crawl can tell a missing page from a leaked draft.
 */
import { isPublished } from '../../lib/content/publishing';
import { readSources } from '../../tooling/content-check/read-sources';
import { buildRedirects, type Redirect } from '../../lib/content/redirects';
import { validateCollections } from '../../lib/content/validate';
import { listingPaths, taxonomyListings } from '../../lib/content/post-listings';
import { postPath } from '../../lib/routes';

export type PublishedContent = {
  /** Paths of published articles and guides. */
  published: string[];
  /** Paths of drafts and scheduled posts: none may be reachable or listed. */
  hidden: string[];
  redirects: Redirect[];
  /** Every page of each tag, category and author listing that fills more than one page, the first page first. */
  pagedListings: string[][];
};

export function publishedContent(contentDir = 'content'): PublishedContent {
  const { content } = validateCollections(readSources(contentDir).raw, contentDir);
  const posts = [...content.articles, ...content.guides];
  const published = posts.filter((post) => isPublished(post));
  return {
    published: published.map(postPath),
    hidden: posts.filter((post) => !isPublished(post)).map(postPath),
    redirects: buildRedirects(published),
    pagedListings: taxonomyListings({ posts: published, categories: content.categories, authors: content.authors })
      .map(listingPaths)
      .filter((paths) => paths.length > 1),
  };
}
