/**
 * The content API that routes call: it loads contentlayer's output, validates
 * it once per process (validate.ts: every document by its collection's Zod
 * schema, with its author, reviewer and category attached) and answers
 * queries. Lists are sorted newest first and hold only what this build may
 * show (see isVisible). Any content error stops the build (or shows in the
 * dev overlay) with the file, line and field.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
// contentlayer's output. `next dev` imports its modules, so saving an MDX file refreshes the page; production
// builds swap this import for generated-from-disk.ts, which reads the same JSON (next.config.mjs, `contentSource`).
import { allDocuments } from 'contentlayer/generated';
import { mapCollections, type Article, type Author, type Category, type Content, type Guide, type Post } from './collections';
import { ContentError } from './content-error';
import { locateIssues } from './locate-issue';
import { articleListing, authorListing, categoryListing, type PostListing, tagListing, taxonomyListings } from './post-listings';
import { isVisible, newestFirst, showUnpublished } from './publishing';
import { type RawDocument, validateCollections } from './validate';

/** One document of contentlayer's output, as far as this module reads it. */
export type GeneratedDocument = { _id: string; _raw: { sourceFilePath: string }; type: string; body?: { raw: string; code: string } };

function toRaw({ _id, _raw, type, body, ...fields }: GeneratedDocument): RawDocument {
  return { sourceFilePath: _raw.sourceFilePath, fields, body };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

let loaded: Content | undefined;

/** All content, validated once per process. */
export function loadContent(): Content {
  if (loaded) return loaded;
  const documents: GeneratedDocument[] = allDocuments;
  const raw = mapCollections((_name, collection) => documents.filter((document) => document.type === collection.typeName).map(toRaw));
  const { content, issues } = validateCollections(raw, process.env.CONTENT_DIR ?? 'content');
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length) throw new ContentError(locateIssues(errors, readText));
  loaded = content;
  return content;
}

function visible<T extends Post>(posts: T[]): T[] {
  return posts.filter((post) => isVisible(post)).sort(newestFirst);
}

type VisibleContent = {
  content: Content;
  withUnpublished: boolean;
  articles: Article[];
  guides: Guide[];
  posts: Post[];
  articleBySlug: Map<string, Article>;
  guideBySlug: Map<string, Guide>;
  /** Articles and guides under each slug (an article and a guide may share one), newest first. */
  postsBySlug: Map<string, Post[]>;
  /** Each post's place in its own type's list, for "Up next". */
  placeInType: Map<Post, number>;
  /** Listings built so far, by `kind/slug`; a listing filters every post, and each page asks for one. */
  listings: Map<string, PostListing | undefined>;
};
let sorted: VisibleContent | undefined;

function groupBySlug(posts: Post[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    const group = groups.get(post.slug);
    if (group) group.push(post);
    else groups.set(post.slug, [post]);
  }
  return groups;
}

/**
 * The visible lists and indexes, built once per loaded content. Every page
 * asks for them several times; scanning every post on each call made large
 * builds quadratic (each of 5,000 pages scanning 5,000 posts).
 * Callers get shared arrays and must not change them.
 */
function visibleContent(): VisibleContent {
  const content = loadContent();
  const withUnpublished = showUnpublished();
  if (sorted?.content !== content || sorted.withUnpublished !== withUnpublished) {
    const articles = visible(content.articles);
    const guides = visible(content.guides);
    const posts = [...articles, ...guides].sort(newestFirst);
    sorted = {
      content,
      withUnpublished,
      articles,
      guides,
      posts,
      articleBySlug: new Map(articles.map((article) => [article.slug, article])),
      guideBySlug: new Map(guides.map((guide) => [guide.slug, guide])),
      postsBySlug: groupBySlug(posts),
      placeInType: new Map<Post, number>([...articles.entries(), ...guides.entries()].map(([index, post]) => [post, index])),
      listings: new Map(),
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
  const { postsBySlug } = visibleContent();
  return post.related.flatMap((slug) => postsBySlug.get(slug) ?? []);
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
  const { listings } = visibleContent();
  const key = `${kind}/${slug}`;
  if (!listings.has(key)) listings.set(key, buildListing(kind, slug));
  return listings.get(key);
}

function buildListing(kind: TaxonomyKind, slug: string): PostListing | undefined {
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
  const chosen = new Map<string, Post>();
  // Stops as soon as it has enough: the lists are as long as the library, and every post page asks.
  for (const list of [getRelated(post), getListing('category', post.category.slug)?.posts ?? [], getPosts()]) {
    for (const candidate of list) {
      if (chosen.size >= limit) return [...chosen.values()];
      if (key(candidate) !== key(post) && !chosen.has(key(candidate))) chosen.set(key(candidate), candidate);
    }
  }
  return [...chosen.values()];
}

/**
 * The post offered as "Up next": the editor's `upNext` when this build shows
 * it, else the next post of the same type, going back in time and wrapping to
 * the newest; none when it is the only one.
 */
export function getUpNext(post: Post): Post | undefined {
  const { articles, guides, placeInType, articleBySlug, guideBySlug, postsBySlug } = visibleContent();
  const chosen = post.upNext ? postsBySlug.get(post.upNext)?.[0] : undefined;
  if (chosen) return chosen;
  const sameType: Post[] = post.type === 'guide' ? guides : articles;
  // Pages pass the very object the API returned; a copy is found by its slug.
  const own = placeInType.has(post) ? post : (post.type === 'guide' ? guideBySlug : articleBySlug).get(post.slug);
  const index = own === undefined ? -1 : (placeInType.get(own) ?? -1);
  if (index === -1 || sameType.length < 2) return undefined;
  return sameType[(index + 1) % sameType.length];
}
