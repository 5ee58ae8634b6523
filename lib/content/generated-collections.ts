/**
 * contentlayer's output, imported: what `next dev` uses, so saving an MDX file
 * (which rewrites these modules) refreshes the page.
 *
 * Production builds never load this module: next.config.mjs aliases it to
 * generated-collections-from-disk.ts, which reads the same files from disk, so
 * thousands of documents never pass through the bundler.
 */
import { allDocuments } from 'contentlayer/generated';
import { mapCollections } from './collections';
import type { GeneratedCollections, GeneratedDocument } from './types';

export function readGeneratedCollections(): GeneratedCollections {
  const documents: GeneratedDocument[] = allDocuments;
  return mapCollections((_name, collection) => documents.filter((document) => document.type === collection.typeName));
}
