/**
 * What the production build should publish, read straight from the library
 * the last build was made from (the test library, for `npm test`) with the
 * same validation and the same isPublished rule the site uses, so the crawl
 * can tell a missing page from a leaked draft.
 */
import { allPosts, postPath } from '../../lib/content/collections';
import { articleListing, listingPaths, type PostListing, taxonomyListings } from '../../lib/content/post-listings';
import { isPublished } from '../../lib/content/publishing';
import { buildRedirects, type Redirect } from '../../lib/content/redirects';
import { validateCollections } from '../../lib/content/validate';
import { readBuildInputs } from '../../tooling/build/build-inputs-file.mjs';
import { readSources } from '../../tooling/content-check/read-sources';

export type PublishedContent = {
  /** The library the build was made from. */
  contentDir: string;
  /** Paths of published articles and guides. */
  published: string[];
  /** Paths of drafts and scheduled posts: none may be reachable or listed. */
  hidden: string[];
  redirects: Redirect[];
  /** Every page of the article index, the first page first. */
  articlePages: string[];
  /** Every page of each tag, category and author listing that fills more than one page, the first page first, by kind. */
  pagedListings: Record<Exclude<PostListing['kind'], 'articles'>, string[][]>;
};

export function publishedContent(contentDir = readBuildInputs().contentDir): PublishedContent {
  const { content } = validateCollections(readSources(contentDir).raw, contentDir);
  const posts = allPosts(content);
  const published = posts.filter((post) => isPublished(post));
  const paged = (kind: PostListing['kind']) =>
    taxonomyListings({ posts: published, categories: content.categories, authors: content.authors })
      .filter((listing) => listing.kind === kind)
      .map(listingPaths)
      .filter((paths) => paths.length > 1);
  return {
    contentDir,
    published: published.map(postPath),
    hidden: posts.filter((post) => !isPublished(post)).map(postPath),
    redirects: buildRedirects(published),
    articlePages: listingPaths(articleListing(content.articles.filter((post) => isPublished(post)))),
    pagedListings: { tag: paged('tag'), category: paged('category'), author: paged('author') },
  };
}
