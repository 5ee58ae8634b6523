/**
 * contentlayer's output, imported: what `next dev` uses, so saving an MDX file
 * (which rewrites these modules) refreshes the page. Production builds read the
 * same files from disk instead (generated-collections-from-disk.ts, swapped in
 * by next.config.mjs), so thousands of documents never pass through the bundler.
 */
import { allArticles, allAuthors, allCategories, allGuides } from 'contentlayer/generated';
import type { GeneratedCollections } from './generated-document';

export function readGeneratedCollections(): GeneratedCollections {
  return { articles: allArticles, guides: allGuides, authors: allAuthors, categories: allCategories };
}
