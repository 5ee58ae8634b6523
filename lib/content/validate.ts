/**
 * Turns raw documents (from contentlayer's output or the files on disk) into
 * validated content: every document is parsed by its collection's Zod schema,
 * then checked against the others (slugs unique, references resolve) and a
 * post's author, reviewer and category are attached to it. It reads nothing
 * but the sizes of the pictures it points at (an ImageSizer, by default the
 * files under public/).
 */
import readingTime from 'reading-time';
import type { z } from 'zod';
import { type ImageSizer, publicImageSizer, type SizedImage, sizedImage } from './image-sizes';
import { redirectIssues } from './redirects';
import {
  type Author,
  type Category,
  type CollectionName,
  collections,
  type Content,
  type ImageData,
  mapCollections,
  type Post,
  postCollections,
  type PostType,
  postTypes,
} from './collections';
import { titleLengthIssues } from './title-length';
import { upNextReferenceIssues } from './up-next-references';
import { type ContentIssue, withRuleHint } from './validation-rules';

/** A document as a reader hands it over: the file it came from and its unvalidated fields. */
export type RawDocument = {
  /** Path relative to content/, e.g. "articles/warm-bath-before-bed.mdx". */
  sourceFilePath: string;
  fields: Record<string, unknown>;
  body?: { raw: string; code: string };
};

export type RawCollections = Record<CollectionName, RawDocument[]>;

export type ValidationResult = { content: Content; issues: ContentIssue[] };

/** Whole minutes to read a body, never less than one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(readingTime(mdx).minutes));
}

/** The slug of a document is its file name without the extension. */
export function slugFromPath(sourceFilePath: string): string {
  const fileName = sourceFilePath.split('/').pop() ?? sourceFilePath;
  return fileName.replace(/\.[^.]+$/, '');
}

/** The value at a path like ["cover", "alt"] in unvalidated data. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function schemaIssues(file: string, fields: unknown, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && valueAt(fields, issue.path) === undefined;
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    return {
      file,
      field: unknownKeys.length ? unknownKeys.join(', ') : field,
      rule: missing ? 'schema/required' : unknownKeys.length ? 'schema/unknown-field' : 'schema/invalid',
      message: missing ? `${field} is required` : unknownKeys.length ? `unknown field ${unknownKeys.map((k) => `"${k}"`).join(', ')}` : `${field || 'frontmatter'}: ${issue.message}`,
      hint: missing ? `add "${field}:" to the frontmatter; CONTENT.md lists every field` : undefined,
      severity: 'error',
    };
  });
}

/** One document that passed its collection's schema. */
type Parsed<Data> = { data: Data; raw: RawDocument; slug: string; file: string };
type ParsedCollections = { [Name in CollectionName]: Parsed<z.output<(typeof collections)[Name]['schema']>>[] };

function parseCollection(contentDir: string, schema: z.ZodType, raws: RawDocument[], issues: ContentIssue[]): Parsed<unknown>[] {
  const docs: Parsed<unknown>[] = [];
  for (const raw of raws) {
    const file = `${contentDir}/${raw.sourceFilePath}`;
    const result = schema.safeParse(raw.fields);
    if (result.success) docs.push({ data: result.data, raw, slug: slugFromPath(raw.sourceFilePath), file });
    else issues.push(...schemaIssues(file, raw.fields, result.error));
  }
  return docs;
}

/** Slugs must be unique within a collection, and across articles and guides (which share the search index and suggestions). */
function duplicateSlugIssues(groups: { slug: string; file: string }[][]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const group of groups) {
    const seen = new Map<string, string>();
    for (const doc of group) {
      const first = seen.get(doc.slug);
      if (first) {
        issues.push({
          file: doc.file,
          field: '',
          rule: 'slug/duplicate',
          message: `the slug "${doc.slug}" is already used by ${first}`,
          severity: 'error',
        });
      } else seen.set(doc.slug, doc.file);
    }
  }
  return issues;
}

const unresolved = (file: string, field: string, value: string, folder: string): ContentIssue => ({
  file,
  field,
  rule: 'reference/unresolved',
  message: `${field} "${value}" does not match any file in content/${folder}/`,
  hint: `use the file name (without extension) of an existing file in content/${folder}/, or add that file`,
  severity: 'error',
});

type PostData = z.output<typeof collections.articles.schema> | z.output<typeof collections.guides.schema>;

/**
 * A post with its author, reviewer and category attached; undefined (with an
 * issue for each) when one of them names no file, since such a post cannot be shown.
 */
function resolvePost(doc: Parsed<PostData>, type: PostType, authors: Map<string, Author>, categories: Map<string, Category>, issues: ContentIssue[], sized: (image: ImageData) => SizedImage): Post | undefined {
  const { data, raw, slug, file } = doc;
  const author = authors.get(data.author);
  const reviewer = data.reviewer === undefined ? undefined : authors.get(data.reviewer);
  const category = categories.get(data.category);
  if (!author) issues.push(unresolved(file, 'author', data.author, collections.authors.folder));
  if (data.reviewer !== undefined && !reviewer) issues.push(unresolved(file, 'reviewer', data.reviewer, collections.authors.folder));
  if (!category) issues.push(unresolved(file, 'category', data.category, collections.categories.folder));
  if (!author || !category || (data.reviewer !== undefined && !reviewer)) return undefined;
  const body = raw.body ?? { raw: '', code: '' };
  const derived = { slug, sourceFilePath: file, body, readingMinutes: readingMinutes(body.raw) };
  return { ...data, cover: sized(data.cover), ...derived, author, reviewer, category, type } as Post;
}

/** Related posts are looked up when a page renders (they may be hidden then), so they are checked by slug. */
function relatedIssues(posts: Parsed<PostData>[]): ContentIssue[] {
  const slugs = new Set(posts.map((post) => post.slug));
  return posts.flatMap(({ data, slug: own, file }) =>
    data.related.flatMap((slug, index): ContentIssue[] => {
      const field = `related.${index}`;
      if (!slugs.has(slug)) return [unresolved(file, field, slug, 'articles or content/guides')];
      if (slug === own) return [{ file, field, rule: 'reference/self', message: 'a post may not list itself as related', hint: `remove "${slug}" from related`, severity: 'error' }];
      return [];
    }),
  );
}

/** Validates every collection of the registry and the links between them; file names in issues start with contentDir. */
export function validateCollections(raw: RawCollections, contentDir = 'content', sizeOf: ImageSizer = publicImageSizer()): ValidationResult {
  const issues: ContentIssue[] = [];
  // A picture whose file cannot be read gets a zero size here; content:check's image rules name the problem.
  const sized = (image: ImageData): SizedImage => sizedImage(image, sizeOf) ?? { ...image, width: 0, height: 0 };
  // Each collection's documents passed that collection's own schema, so they have its output type.
  const parsed = mapCollections((name, declaration) => parseCollection(contentDir, declaration.schema, raw[name] ?? [], issues)) as ParsedCollections;
  const authors: Author[] = parsed.authors.map(({ data, slug }) => ({ ...data, avatar: sized(data.avatar), slug }));
  const categories: Category[] = parsed.categories.map(({ data, slug }) => ({ ...data, slug }));
  const authorBySlug = new Map(authors.map((author) => [author.slug, author]));
  const categoryBySlug = new Map(categories.map((category) => [category.slug, category]));
  const postsOf = <T extends PostType>(type: T) =>
    parsed[postCollections[type]].flatMap((doc) => resolvePost(doc, type, authorBySlug, categoryBySlug, issues, sized) ?? []) as Extract<Post, { type: T }>[];
  const articles = postsOf('article');
  const guides = postsOf('guide');
  const posts: Post[] = [...articles, ...guides];
  const parsedPosts: Parsed<PostData>[] = postTypes.flatMap((type) => parsed[postCollections[type]]);
  issues.push(
    ...duplicateSlugIssues([parsedPosts, parsed.authors, parsed.categories]),
    ...relatedIssues(parsedPosts),
    ...redirectIssues(posts),
    ...titleLengthIssues(posts),
    ...upNextReferenceIssues(posts),
  );
  return { content: { articles, guides, authors, categories }, issues: issues.map(withRuleHint) };
}
