/**
 * The lists of posts shown over numbered pages: the article index and each
 * tag, category and author page. Pure functions of the posts, so the routes,
 * the sitemap and the content checker agree on which pages exist.
 */
import { isStaticExport } from '../build-target';
import type { Article, Author, Category, Post } from './collections';
import { laterPageNumbers, type Page, pageAt, postsPerPage } from '../pagination';
import { authorPath, categoryPath, listingPagePath, staticPaths, tagPath } from '../routes';
import { siteConfig } from '../site-config';
import { tagLabel } from '../tag-label';

type ListingFields = {
  /** Its slug in the route (`/tags/<slug>`); empty for the article index, which has none. */
  slug: string;
  /** Its name: the first page's title, h1 and breadcrumb. */
  name: string;
  /** The first page's meta description (70 to 160 characters). */
  description: string;
  /** What it lists, as later pages' descriptions say it: "Page 2 of 3 of the <site> <contents>, newest first." */
  contents: string;
  /** The address of its first page. */
  path: string;
  /** Names the page to the call to action. */
  campaign: string;
  /** Newest first, as the content API sorts them. */
  posts: Post[];
};

export type PostListing = ListingFields & ({ kind: 'articles' | 'tag' } | { kind: 'category'; category: Category } | { kind: 'author'; author: Author });

/** One page of a listing. */
export type ListingPage = Page<Post> & { listing: PostListing };

export function articleListing(articles: Article[]): PostListing {
  return {
    kind: 'articles',
    slug: '',
    name: 'Articles',
    description: `Every ${siteConfig.name} article on sleep, rest and winding down, newest first, written in plain language and reviewed for accuracy.`,
    contents: 'articles on sleep, rest and winding down',
    path: staticPaths.articles,
    campaign: 'articles',
    posts: articles,
  };
}

/** The posts carrying a tag; none when no post carries it, so an unused tag has no page. */
export function tagListing(tag: string, posts: Post[]): PostListing | undefined {
  const tagged = posts.filter((post) => post.tags.includes(tag));
  if (tagged.length === 0) return undefined;
  const topic = tagLabel(tag).toLowerCase();
  return {
    kind: 'tag',
    slug: tag,
    name: `Topic: ${tagLabel(tag)}`,
    description: `Articles and massage guides about ${topic}, to help you wind down and sleep better, newest first.`,
    contents: `articles and massage guides about ${topic}`,
    path: tagPath(tag),
    campaign: `tag-${tag}`,
    posts: tagged,
  };
}

export function categoryListing(category: Category, posts: Post[]): PostListing {
  return {
    kind: 'category',
    category,
    slug: category.slug,
    name: category.title,
    description: category.description,
    contents: `articles and guides in ${category.title}`,
    path: categoryPath(category.slug),
    campaign: `category-${category.slug}`,
    posts: posts.filter((post) => post.category.slug === category.slug),
  };
}

/** The posts an author wrote or reviewed. */
export function authorListing(author: Author, posts: Post[]): PostListing {
  return {
    kind: 'author',
    author,
    slug: author.slug,
    name: author.name,
    description: `${author.name}, ${author.role}: who they are and the ${siteConfig.name} articles and guides they have written or reviewed.`,
    contents: `articles and guides written or reviewed by ${author.name}`,
    path: authorPath(author.slug),
    campaign: `author-${author.slug}`,
    posts: posts.filter((post) => post.author.slug === author.slug || post.reviewer?.slug === author.slug),
  };
}

export type TaxonomySource = { posts: Post[]; categories: Category[]; authors: Author[] };

/** Every category, tag and author listing: each category and author has one, a tag only while a post carries it. */
export function taxonomyListings({ posts, categories, authors }: TaxonomySource): PostListing[] {
  const tags = [...new Set(posts.flatMap((post) => post.tags))].sort();
  return [
    ...categories.map((category) => categoryListing(category, posts)),
    ...tags.flatMap((tag) => tagListing(tag, posts) ?? []),
    ...authors.map((author) => authorListing(author, posts)),
  ];
}

/**
 * The page a listing route shows: page 1 without `param` (the listing's own
 * route), a later page from its `page/[n]` route; none for an unknown listing
 * or page.
 */
export function pageOfListing(listing: PostListing | undefined, param?: string): ListingPage | undefined {
  const page = listing && pageAt(listing.posts, param, postsPerPage);
  return page && { ...page, listing };
}

/** The address of page n of a listing. */
export const listingPath = (listing: PostListing, page: number) => listingPagePath(listing.path, page);

/** The addresses of every page of a listing, the first page first. */
export function listingPaths(listing: PostListing): string[] {
  return [listing.path, ...laterPageNumbers(listing.posts.length, postsPerPage).map((n) => listingPath(listing, n))];
}

/**
 * The `{ slug, n }` params of every page after the first of these listings,
 * for a `[slug]/page/[n]` route. A static export refuses a dynamic route with
 * no pages, so there it then gets page "1" of the first listing: a page the
 * route answers with not-found (page 1's one address is the listing's own),
 * which scripts/build.mjs --static deletes from out/.
 */
export function laterPageParams(listings: PostListing[], staticExport = isStaticExport): { slug: string; n: string }[] {
  const params = listings.flatMap((listing) => laterPageNumbers(listing.posts.length, postsPerPage).map((n) => ({ slug: listing.slug, n: String(n) })));
  return params.length > 0 || !staticExport || listings.length === 0 ? params : [{ slug: listings[0].slug, n: '1' }];
}
