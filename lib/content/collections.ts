/**
 * The collection registry: every kind of content under content/, declared
 * once. Everything that needs the list of collections iterates over this
 * object: the contentlayer config, the two readers (contentlayer's output and
 * the files on disk), validation, the types, the routes, the sitemap, the
 * content check and the CMS configuration. A new collection is one entry here
 * (plus its Zod schema in schema.ts).
 *
 * Part of the content model, the lowest layer: it imports only the schemas.
 */
import type { z } from 'zod';
import { articleSchema, authorSchema, categorySchema, guideSchema } from './schema';
import type { Content, Post } from './types';

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
