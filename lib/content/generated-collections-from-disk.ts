/**
 * contentlayer's output, read from disk when a production build renders its
 * pages. Importing it instead made Turbopack compile every document into the
 * server bundle: at 1,000 articles that took most of a minute.
 *
 * next.config.mjs (`contentSource`) puts this module in place of
 * generated-collections.ts in production builds; both export the same function.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mapCollections } from './collections';
import type { GeneratedCollections, GeneratedDocument } from './types';

const generatedDir = path.join(process.cwd(), '.contentlayer/generated');

function readCollection(typeName: string): GeneratedDocument[] {
  const file = path.join(generatedDir, typeName, '_index.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GeneratedDocument[];
  } catch (error) {
    throw new Error(`Could not read ${file} (${(error as Error).message}): run "npm run content:build" before "next build" (npm run build does).`);
  }
}

export function readGeneratedCollections(): GeneratedCollections {
  return mapCollections((_name, collection) => readCollection(collection.typeName));
}
