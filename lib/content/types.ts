/** Types of validated content, inferred from the Zod schemas plus what the loader derives. */
import type { SizedImage } from './image-sizes';
import type { ArticleData, AuthorData, CategoryData, GuideData } from './schema';

/** A document as contentlayer hands it over: the file it came from and its unvalidated fields. */
export type RawDocument = {
  /** Path relative to content/, e.g. "articles/warm-bath-before-bed.mdx". */
  sourceFilePath: string;
  fields: Record<string, unknown>;
  body?: { raw: string; code: string };
};

export type RawCollections = Record<'articles' | 'guides' | 'authors' | 'categories', RawDocument[]>;

export type Heading = { depth: 2 | 3; text: string; id: string };

type Derived = {
  slug: string;
  sourceFilePath: string;
  body: { raw: string; code: string };
  headings: Heading[];
  readingMinutes: number;
};

/** Covers and portraits carry their size in pixels, read from the file when the frontmatter leaves it out. */
export type Article = Omit<ArticleData, 'cover'> & { cover: SizedImage } & Derived & { type: 'article' };
export type Guide = Omit<GuideData, 'cover'> & { cover: SizedImage } & Derived & { type: 'guide' };
export type Post = Article | Guide;
export type Author = Omit<AuthorData, 'avatar'> & { avatar: SizedImage } & { slug: string };
export type Category = CategoryData & { slug: string };

export type Content = {
  articles: Article[];
  guides: Guide[];
  authors: Author[];
  categories: Category[];
};

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
