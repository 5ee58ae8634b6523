/**
 * contentlayer's output, read from disk when a production build renders its
 * pages. Importing it instead made Turbopack compile every document into the
 * server bundle: at 1,000 articles that took most of a minute.
 * next.config.mjs puts this module in place of generated-collections.ts.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedCollections, GeneratedDocument } from './generated-document';

const generatedDir = path.join(process.cwd(), '.contentlayer/generated');

function readCollection(type: string): GeneratedDocument[] {
  const file = path.join(generatedDir, type, '_index.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GeneratedDocument[];
  } catch (error) {
    throw new Error(`Could not read ${file} (${(error as Error).message}): run "npm run content:build" before "next build" (npm run build does).`);
  }
}

export function readGeneratedCollections(): GeneratedCollections {
  return { articles: readCollection('Article'), guides: readCollection('Guide'), authors: readCollection('Author'), categories: readCollection('Category') };
}
