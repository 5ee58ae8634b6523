/**
 * Types of validated content: the Zod schemas' output, plus what loading
 * derives (slug, reading time) and resolves (a post's author,
 * reviewer and category are the documents themselves, not their slugs).
 */
import type { CollectionName } from './collections';
import type { ArticleData, AuthorData, CategoryData, GuideData, ImageData } from './schema';

/** A picture's width and height in pixels. */
export type PixelSize = { width: number; height: number };
/** A picture with its size, read from its file when the frontmatter leaves it out. */
export type SizedImage = ImageData & PixelSize;

/** A document as a reader hands it over: the file it came from and its unvalidated fields. */
export type RawDocument = {
  /** Path relative to content/, e.g. "articles/warm-bath-before-bed.mdx". */
  sourceFilePath: string;
  fields: Record<string, unknown>;
  body?: { raw: string; code: string };
};

export type RawCollections = Record<CollectionName, RawDocument[]>;

/** One document in contentlayer's output, as far as the loader reads it. */
export type GeneratedDocument = { _id: string; _raw: { sourceFilePath: string }; type: string; body?: { raw: string; code: string } };

export type GeneratedCollections = Record<CollectionName, GeneratedDocument[]>;

/** An entry of a table of contents: an h2 or h3 and its id. */
export type Heading = { depth: 2 | 3; text: string; id: string };

/** Portraits carry their size in pixels, read from the file when the frontmatter leaves it out. */
export type Author = Omit<AuthorData, 'avatar'> & { avatar: SizedImage } & { slug: string };
export type Category = CategoryData & { slug: string };

type Derived = {
  slug: string;
  /** Path from the repository root, e.g. "content/articles/x.mdx". */
  sourceFilePath: string;
  body: { raw: string; code: string };
  readingMinutes: number;
};

/** The references a post names by slug in its frontmatter, attached when the content loads. */
type Resolved = { author: Author; reviewer?: Author; category: Category };
type Reference = 'author' | 'reviewer' | 'category';

/** Covers carry their size in pixels, read from the file when the frontmatter leaves it out. */
type Sized = { cover: SizedImage };
export type Article = Omit<ArticleData, Reference | 'cover'> & Derived & Resolved & Sized & { type: 'article' };
export type Guide = Omit<GuideData, Reference | 'cover'> & Derived & Resolved & Sized & { type: 'guide' };
export type Post = Article | Guide;

/** The validated document type of each collection (a new collection without one fails to compile). */
type DocumentOf = { articles: Article; guides: Guide; authors: Author; categories: Category };

/** All validated content, by collection. */
export type Content = { [Name in CollectionName]: DocumentOf[Name][] };

/** One problem found in the content, with where it is and how to fix it. */
export type ContentIssue = {
  /** Path relative to the repository root, e.g. "content/articles/x.mdx". */
  file: string;
  /** Dotted path of the frontmatter field, e.g. "cover.alt"; empty for the whole file. */
  field: string;
  rule: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
  line?: number;
  column?: number;
};
