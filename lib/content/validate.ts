/**
 * Turns contentlayer's raw documents into validated content: every document is
 * parsed by its Zod schema, then checked against the others (slugs unique,
 * references resolve). Reads nothing but the sizes of the pictures it points
 * at (an ImageSizer, by default the files under public/).
 */
import type { z } from 'zod';
import { extractHeadings, readingMinutes } from './derive';
import { type ImageSizer, publicImageSizer, sizedImage } from './image-sizes';
import { redirectIssues } from './redirects';
import { articleSchema, authorSchema, categorySchema, guideSchema, type ImageData } from './schema';
import { titleLengthIssues } from './title-length';
import type { Article, Author, Category, Content, ContentIssue, Guide, RawCollections, RawDocument } from './types';

export type ValidationResult = { content: Content; issues: ContentIssue[] };

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
      hint: missing
        ? `add "${field}:" to the frontmatter; CONTENT.md lists every field`
        : unknownKeys.length
          ? 'check the spelling against the fields listed in CONTENT.md, or remove it'
          : undefined,
      severity: 'error',
    };
  });
}

type Parsed<T> = { docs: T[]; issues: ContentIssue[] };

function parseCollection<S extends z.ZodType, T>(contentDir: string, schema: S, raws: RawDocument[], build: (data: z.output<S>, raw: RawDocument, slug: string) => T): Parsed<T> {
  const docs: T[] = [];
  const issues: ContentIssue[] = [];
  for (const raw of raws) {
    const file = `${contentDir}/${raw.sourceFilePath}`;
    const result = schema.safeParse(raw.fields);
    if (result.success) docs.push(build(result.data, raw, slugFromPath(raw.sourceFilePath)));
    else issues.push(...schemaIssues(file, raw.fields, result.error));
  }
  return { docs, issues };
}

function postExtras(contentDir: string, raw: RawDocument, slug: string) {
  const body = raw.body ?? { raw: '', code: '' };
  return {
    slug,
    sourceFilePath: `${contentDir}/${raw.sourceFilePath}`,
    body,
    headings: extractHeadings(body.raw),
    readingMinutes: readingMinutes(body.raw),
  };
}

/** Slugs must be unique across articles and guides (and within authors, within categories). */
function duplicateSlugIssues(groups: { slug: string; sourceFilePath: string }[][]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const group of groups) {
    const seen = new Map<string, string>();
    for (const doc of group) {
      const first = seen.get(doc.slug);
      if (first) {
        issues.push({
          file: doc.sourceFilePath,
          field: '',
          rule: 'slug/duplicate',
          message: `the slug "${doc.slug}" is already used by ${first}`,
          hint: 'rename one of the files: the file name is the address of the page',
          severity: 'error',
        });
      } else seen.set(doc.slug, doc.sourceFilePath);
    }
  }
  return issues;
}

function referenceIssues(posts: (Article | Guide)[], authors: Set<string>, categories: Set<string>, postSlugs: Set<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const missing = (post: Article | Guide, field: string, value: string, folder: string) =>
    issues.push({
      file: post.sourceFilePath,
      field,
      rule: 'reference/unresolved',
      message: `${field} "${value}" does not match any file in content/${folder}/`,
      hint: `use the file name (without extension) of an existing file in content/${folder}/, or add that file`,
      severity: 'error',
    });
  for (const post of posts) {
    if (!authors.has(post.author)) missing(post, 'author', post.author, 'authors');
    if (post.reviewer && !authors.has(post.reviewer)) missing(post, 'reviewer', post.reviewer, 'authors');
    if (!categories.has(post.category)) missing(post, 'category', post.category, 'categories');
    post.related.forEach((slug, index) => {
      if (!postSlugs.has(slug)) missing(post, `related.${index}`, slug, 'articles or content/guides');
      else if (slug === post.slug) {
        issues.push({ file: post.sourceFilePath, field: `related.${index}`, rule: 'reference/self', message: 'a post may not list itself as related', hint: `remove "${slug}" from related`, severity: 'error' });
      }
    });
  }
  return issues;
}

/** Validates every collection and the links between them; file names in issues start with contentDir. */
export function validateCollections(raw: RawCollections, contentDir = 'content', sizeOf: ImageSizer = publicImageSizer()): ValidationResult {
  // A picture whose file cannot be read gets a zero size here; content:check's image rules name the problem.
  const sized = (image: ImageData) => sizedImage(image, sizeOf) ?? { ...image, width: 0, height: 0 };
  const articles = parseCollection(contentDir, articleSchema, raw.articles, (data, doc, slug): Article => ({ ...data, cover: sized(data.cover), ...postExtras(contentDir, doc, slug), type: 'article' }));
  const guides = parseCollection(contentDir, guideSchema, raw.guides, (data, doc, slug): Guide => ({ ...data, cover: sized(data.cover), ...postExtras(contentDir, doc, slug), type: 'guide' }));
  const authors = parseCollection(contentDir, authorSchema, raw.authors, (data, _doc, slug): Author => ({ ...data, avatar: sized(data.avatar), slug }));
  const categories = parseCollection(contentDir, categorySchema, raw.categories, (data, _doc, slug): Category => ({ ...data, slug }));

  const posts = [...articles.docs, ...guides.docs];
  const withPath = (docs: { slug: string }[], folder: string) => docs.map((d) => ({ slug: d.slug, sourceFilePath: `${contentDir}/${folder}/${d.slug}` }));
  const issues = [
    ...articles.issues,
    ...guides.issues,
    ...authors.issues,
    ...categories.issues,
    ...duplicateSlugIssues([posts, withPath(authors.docs, 'authors'), withPath(categories.docs, 'categories')]),
    ...referenceIssues(
      posts,
      new Set(authors.docs.map((a) => a.slug)),
      new Set(categories.docs.map((c) => c.slug)),
      new Set(posts.map((p) => p.slug)),
    ),
    ...redirectIssues(posts),
    ...titleLengthIssues(posts),
  ];
  return { content: { articles: articles.docs, guides: guides.docs, authors: authors.docs, categories: categories.docs }, issues };
}
