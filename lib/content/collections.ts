/**
 * The content model, declared once: every kind of content under content/ is
 * a collection here, with its folder, file format, Zod schema, label and
 * route, and the types of its validated documents. Everything that needs the
 * list of collections iterates over `collections`: the contentlayer config,
 * both readers, validation, the routes, the sitemap, the content check and
 * the CMS configuration. A new collection is one schema and one entry here.
 *
 * Each field carries a description for editors (CONTENT.md's field tables
 * and the CMS's help texts are generated from them).
 *
 * The lowest layer: it imports nothing of ours.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens, as used in file names and URLs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(slugPattern, { error: 'must be a slug: lower-case letters, digits and single hyphens, like "neck-and-shoulders"' });

/** A slug naming another document (author, category, article or guide). */
const reference = (what: string) => slug.describe(`the file name (without extension) of ${what}`);

const isoDatePattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A calendar date written as YYYY-MM-DD (a time is allowed). YAML turns an
 * unquoted date into a Date object, so both forms are accepted; the output is
 * always an ISO string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string({ error: 'must be a date written as YYYY-MM-DD' })
    .regex(isoDatePattern, { error: 'must be a date written as YYYY-MM-DD' })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'is not a real calendar date' }),
);

export const imageSchema = z
  .object({
    src: z
      .string()
      .startsWith('/', { error: 'must be a path inside public/, starting with "/", like "/images/guides/feet.svg"' })
      .describe('path of the image file under public/, starting with "/"'),
    alt: z
      .string({ error: 'alt text is required' })
      .trim()
      .min(1, { error: 'alt text may not be empty: describe what the picture shows' })
      .describe('what the picture shows, for readers who cannot see it'),
    // The pipeline reads the size from the file (lib/content/image-sizes.ts); a stated size must match it.
    width: z.int().positive().optional().describe('intrinsic width in pixels; leave it out, it is read from the file'),
    height: z.int().positive().optional().describe('intrinsic height in pixels; leave it out, it is read from the file'),
  })
  .strict();

export const sourceSchema = z
  .object({
    title: z.string().trim().min(1).describe('title of the page, paper or book'),
    publisher: z.string().trim().min(1).describe('who published it, e.g. "Mayo Clinic"'),
    year: z.int().min(1900).max(2100).optional().describe('year of publication or last review; leave it out when unsure rather than guess'),
    url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).describe('link to the source'),
  })
  .strict();

/** Fields every article and guide shares. */
const postFields = {
  title: z.string().trim().min(1, { error: 'title may not be empty' }).max(90).describe('the headline, shown as the page h1'),
  seoTitle: z
    .string()
    .trim()
    .min(1)
    .max(48)
    .optional()
    .describe('a shorter title for search results and browser tabs, when the headline is long'),
  description: z
    .string()
    .trim()
    .min(70, { error: 'description is too short for search results: write 70 to 160 characters' })
    .max(160, { error: 'description is too long for search results: write 70 to 160 characters' })
    .describe('one or two sentences for search results and link previews (70 to 160 characters)'),
  publishedAt: isoDate.describe('first publication date, YYYY-MM-DD; a future date schedules the post'),
  updatedAt: isoDate.optional().describe('date of the last substantive review or update, YYYY-MM-DD'),
  author: reference('an author in content/authors/').describe('who wrote it: a file name from content/authors/'),
  reviewer: reference('an author in content/authors/')
    .optional()
    .describe('who reviewed it for accuracy: a file name from content/authors/'),
  /** The day of the last medical review; required once a post is not a draft. */
  reviewedAt: isoDate
    .optional()
    .describe('date of the last medical review by the reviewer, YYYY-MM-DD: required unless draft, never before publishedAt (a scheduled post gives its go-live day), and renewed at least every 12 months'),
  /** The editor's choice of what to read next; without it, the next post by date. */
  upNext: reference('an article or guide')
    .optional()
    .describe('the slug of the article or guide offered as "Up next"; without it, the next post by date'),
  category: reference('a category in content/categories/').describe('a file name from content/categories/'),
  tags: z.array(slug).default([]).describe('topics that group related posts, as slugs like "couples"'),
  cover: imageSchema.describe('the picture at the top of the page and in link previews'),
  takeaways: z
    .array(z.string().trim().min(1))
    .max(6)
    .default([])
    .describe('two to five key points shown at the top of the page'),
  sources: z.array(sourceSchema).default([]).describe('references the post relies on, listed at the end'),
  related: z.array(slug).default([]).describe('slugs of related articles or guides'),
  redirectFrom: z
    .array(slug)
    .default([])
    .describe('former slugs of this post; their old addresses redirect here permanently'),
  draft: z.boolean().default(false).describe('true keeps the post out of the published site (visible in dev only)'),
};

/** updatedAt may not come before publishedAt. */
const updatedNotBeforePublished = (post: { publishedAt: string; updatedAt?: string }) =>
  !post.updatedAt || Date.parse(post.updatedAt) >= Date.parse(post.publishedAt);
const updatedOrder = { error: 'may not be before publishedAt: an update comes after the first publication', path: ['updatedAt'] };

/** The review rules that need only the post itself (overdue and future reviews are content:check rules). */
const withReviewRules = <T extends z.ZodType<PostCore>>(schema: T) =>
  schema
    .refine(updatedNotBeforePublished, updatedOrder)
    .refine((post) => post.draft || post.reviewedAt !== undefined, {
      error: 'required for a published post: the date of its last medical review, YYYY-MM-DD (a draft may leave it out)',
      path: ['reviewedAt'],
    })
    .refine((post) => !post.reviewedAt || post.reviewer !== undefined, {
      error: 'a review needs a reviewer: add reviewer with the file name of the person in content/authors/',
      path: ['reviewer'],
    })
    .refine((post) => !post.reviewedAt || Date.parse(post.reviewedAt.slice(0, 10)) >= Date.parse(post.publishedAt.slice(0, 10)), {
      error: 'may not be before publishedAt: the review date is when the published text was last checked',
      path: ['reviewedAt'],
    });
type PostCore = { publishedAt: string; updatedAt?: string; reviewedAt?: string; reviewer?: string; draft: boolean };

export const articleSchema = withReviewRules(z.object(postFields).strict());

export const bodyAreas = [
  'neck-and-shoulders',
  'head',
  'feet',
  'back',
  'legs',
  'hands',
  'chest',
  'whole-body',
] as const;

export const audiences = ['self', 'partner', 'both'] as const;

export const stepSchema = z
  .object({
    name: z.string().trim().min(1).max(80).describe('a short name for the step'),
    text: z.string().trim().min(1).describe('what to do, in one to three sentences'),
    /** Minutes the step takes as written; a guide's minutes must equal the steps' total. */
    minutes: z
      .number({ error: 'must be a number of minutes, like 2 or 0.5' })
      .positive()
      .max(60)
      .multipleOf(0.5, { error: 'write whole or half minutes, like 2 or 1.5' })
      .describe('how many minutes the step takes as written (both sides, if the step covers both); the steps add up to the guide\'s minutes'),
  })
  .strict();

const guideObject = z
  .object({
    ...postFields,
    bodyArea: z.enum(bodyAreas).describe('the part of the body the technique works on'),
    audience: z.enum(audiences).describe('self (self-massage), partner (done to someone else) or both'),
    minutes: z.int().min(1).max(120).describe('how many minutes the technique takes: the total of its steps\' minutes, rounded'),
    needs: z.array(z.string().trim().min(1)).default([]).describe('what you need, e.g. "a little warm oil"'),
    steps: z.array(stepSchema).min(2, { error: 'a guide needs at least two steps' }).describe('the numbered steps, in order'),
    precautions: z
      .array(z.string().trim().min(1))
      .min(1, { error: 'every guide needs at least one precaution' })
      .describe('safety notes shown in a box on the page'),
  })
  .strict();
export const guideSchema = withReviewRules(guideObject);

export const authorSchema = z
  .object({
    name: z.string().trim().min(1).describe('full name as shown in bylines'),
    role: z.string().trim().min(1).describe('role and credentials, e.g. "Registered massage therapist"'),
    bio: z.string().trim().min(1).max(600).describe('two or three sentences about the person'),
    avatar: imageSchema.describe('a portrait or illustration'),
    /** Marks a fictional person shipped with the template, shown as such wherever they appear. */
    sample: z
      .boolean()
      .default(false)
      .describe('true for a made-up example person; bylines say so, and npm run launch:check lists them until replaced'),
  })
  .strict();

export const categorySchema = z
  .object({
    title: z.string().trim().min(1).describe('the name of the category'),
    description: z.string().trim().min(70).max(160).describe('what the category covers (70 to 160 characters)'),
  })
  .strict();

export type ImageData = z.infer<typeof imageSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type GuideData = z.infer<typeof guideSchema>;
export type AuthorData = z.infer<typeof authorSchema>;
export type CategoryData = z.infer<typeof categorySchema>;
export type BodyArea = (typeof bodyAreas)[number];
export type Audience = (typeof audiences)[number];

// The registry.

export type CollectionDeclaration = {
  /** The folder under content/ that holds the collection's files. */
  folder: string;
  /** The files' format: MDX (frontmatter and a body) or YAML (fields only). */
  format: 'mdx' | 'yaml';
  /** contentlayer's document type name; also the folder of its output under .contentlayer/generated/. */
  typeName: string;
  /** The Zod schema of one file's fields (frontmatter for MDX, the whole file for YAML). */
  schema: z.ZodObject;
  /** What one document is called, for readers and editors: "Technique guide". */
  label: string;
  /** The collection's name as a heading: "Technique guides". */
  pluralLabel: string;
  /** The address of one document's page, from its slug (its file name without extension). */
  path: (slug: string) => string;
};

export const collections = {
  articles: {
    folder: 'articles',
    format: 'mdx',
    typeName: 'Article',
    schema: articleSchema,
    label: 'Article',
    pluralLabel: 'Articles',
    path: (slug: string) => `/articles/${slug}`,
  },
  guides: {
    folder: 'guides',
    format: 'mdx',
    typeName: 'Guide',
    schema: guideSchema,
    label: 'Technique guide',
    pluralLabel: 'Technique guides',
    path: (slug: string) => `/guides/${slug}`,
  },
  authors: {
    folder: 'authors',
    format: 'yaml',
    typeName: 'Author',
    schema: authorSchema,
    label: 'Author',
    pluralLabel: 'Authors',
    path: (slug: string) => `/authors/${slug}`,
  },
  categories: {
    folder: 'categories',
    format: 'yaml',
    typeName: 'Category',
    schema: categorySchema,
    label: 'Category',
    pluralLabel: 'Categories',
    path: (slug: string) => `/categories/${slug}`,
  },
} as const satisfies Record<string, CollectionDeclaration>;

export type CollectionName = keyof typeof collections;

/** Every collection's name, in the registry's order. */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The collections whose documents are posts (a page with a body), keyed by the post's `type`. */
export const postCollections = { article: 'articles', guide: 'guides' } as const satisfies Record<string, CollectionName>;

/** "article" or "guide": a post's `type`. */
export type PostType = keyof typeof postCollections;

/** Every post type, in the registry's order. */
export const postTypes = Object.keys(postCollections) as PostType[];

/** A value for every collection, made by `make`, keyed by collection name. */
export function mapCollections<T>(make: (name: CollectionName, declaration: CollectionDeclaration) => T): Record<CollectionName, T> {
  return Object.fromEntries(collectionNames.map((name) => [name, make(name, collections[name])])) as Record<CollectionName, T>;
}

/** The file extension of a collection's files, with its dot: ".mdx". */
export const fileExtension = (declaration: CollectionDeclaration) => `.${declaration.format}`;

/** The declaration of a post's collection. */
export const postCollection = (type: PostType): CollectionDeclaration => collections[postCollections[type]];

/** What a post is called on the page, in cards, feeds and search results: "Article" or "Technique guide". */
export const postLabel = (post: { type: PostType }): string => postCollection(post.type).label;

/** The address of an article or guide page. */
export const postPath = (post: { type: PostType; slug: string }): string => postCollection(post.type).path(post.slug);

/** Every post of the content, collection by collection in the registry's order. */
export function allPosts(content: Content): Post[] {
  return postTypes.flatMap((type): Post[] => content[postCollections[type]]);
}

// Validated documents: the schemas' output, plus what loading derives (slug,
// reading time, picture sizes) and resolves (a post's author, reviewer and
// category are the documents themselves, not their slugs).

/** A picture's width and height in pixels. */
export type PixelSize = { width: number; height: number };
/** A picture with its size, read from its file when the frontmatter leaves it out. */
export type SizedImage = ImageData & PixelSize;

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
