/**
 * The content API that routes call. Lists are sorted newest first and hold
 * only what this build may show (see isVisible).
 */
import { articleListing, authorListing, categoryListing, type PostListing, tagListing, taxonomyListings } from '../post-listings';
import { loadContent } from './loader';
import { isVisible, showUnpublished } from './publishing';
import type { Article, Author, Category, Content, Guide, Post } from './types';

const newestFirst = (a: Post, b: Post) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.title.localeCompare(b.title);

function visible<T extends Post>(posts: T[]): T[] {
  return posts.filter((post) => isVisible(post)).sort(newestFirst);
}

type VisibleContent = { content: Content; withUnpublished: boolean; articles: Article[]; guides: Guide[]; posts: Post[]; articleBySlug: Map<string, Article>; guideBySlug: Map<string, Guide> };
let sorted: VisibleContent | undefined;

/**
 * The visible lists, sorted once per loaded content. Every page asks for them
 * several times; sorting on each call made a 5,000-article build quadratic.
 * Callers get shared arrays and must not change them.
 */
function visibleContent(): VisibleContent {
  const content = loadContent();
  const withUnpublished = showUnpublished();
  if (sorted?.content !== content || sorted.withUnpublished !== withUnpublished) {
    const articles = visible(content.articles);
    const guides = visible(content.guides);
    sorted = {
      content,
      withUnpublished,
      articles,
      guides,
      posts: [...articles, ...guides].sort(newestFirst),
      articleBySlug: new Map(articles.map((article) => [article.slug, article])),
      guideBySlug: new Map(guides.map((guide) => [guide.slug, guide])),
    };
  }
  return sorted;
}

/** Articles readers may see, newest first. */
export function getArticles(): Article[] {
  return visibleContent().articles;
}

/** Technique guides readers may see, newest first. */
export function getGuides(): Guide[] {
  return visibleContent().guides;
}

/** Articles and guides together, newest first. */
export function getPosts(): Post[] {
  return visibleContent().posts;
}

export function getArticle(slug: string): Article | undefined {
  return visibleContent().articleBySlug.get(slug);
}

export function getGuide(slug: string): Guide | undefined {
  return visibleContent().guideBySlug.get(slug);
}

export function getAuthors(): Author[] {
  return loadContent().authors;
}

/** An author by slug; references are checked at load, so a post's author always exists. */
export function getAuthor(slug: string): Author | undefined {
  return loadContent().authors.find((author) => author.slug === slug);
}

export function getCategories(): Category[] {
  return loadContent().categories;
}

export function getCategory(slug: string): Category | undefined {
  return loadContent().categories.find((category) => category.slug === slug);
}

/** The posts a post lists as related, in its order, leaving out any this build hides. */
export function getRelated(post: Post): Post[] {
  const posts = getPosts();
  return post.related.flatMap((slug) => posts.filter((candidate) => candidate.slug === slug));
}

/** The article index as a paginated listing. */
export function getArticleListing(): PostListing {
  return articleListing(getArticles());
}

type TaxonomyKind = 'tag' | 'category' | 'author';

/** Every tag, category or author listing of the posts readers may see. */
export function getListings(kind: TaxonomyKind): PostListing[] {
  return taxonomyListings({ posts: getPosts(), categories: getCategories(), authors: getAuthors() }).filter((listing) => listing.kind === kind);
}

/** One tag, category or author listing by slug; undefined for an unknown one (or a tag no visible post carries). */
export function getListing(kind: TaxonomyKind, slug: string): PostListing | undefined {
  switch (kind) {
    case 'tag':
      return tagListing(slug, getPosts());
    case 'category': {
      const category = getCategory(slug);
      return category && categoryListing(category, getPosts());
    }
    case 'author': {
      const author = getAuthor(slug);
      return author && authorListing(author, getPosts());
    }
  }
}

/**
 * Up to `limit` posts to read next: the post's own related list first, then
 * others from its category, then the newest, never the post itself.
 */
export function getSuggestions(post: Post, limit = 3): Post[] {
  const key = (candidate: Post) => `${candidate.type}/${candidate.slug}`;
  const candidates = [...getRelated(post), ...(getListing('category', post.category)?.posts ?? []), ...getPosts()];
  const unique = new Map(candidates.filter((candidate) => key(candidate) !== key(post)).map((candidate) => [key(candidate), candidate]));
  return [...unique.values()].slice(0, limit);
}

/** The next post of the same type, going back in time and wrapping to the newest; none when it is the only one. */
export function getUpNext(post: Post): Post | undefined {
  const sameType: Post[] = post.type === 'guide' ? getGuides() : getArticles();
  const index = sameType.findIndex((candidate) => candidate.slug === post.slug);
  if (index === -1 || sameType.length < 2) return undefined;
  return sameType[(index + 1) % sameType.length];
}
