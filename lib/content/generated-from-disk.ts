/**
 * Production builds' stand-in for contentlayer's generated module
 * (`contentlayer/generated`): the same documents, read from its JSON files on
 * disk when a page renders. Importing the generated module instead made
 * Turbopack compile every document into the server bundle: at 1,000 articles
 * that took most of a minute.
 *
 * next.config.mjs (`contentSource`) puts this module in place of
 * `contentlayer/generated` in production builds; queries.ts reads only
 * `allDocuments`.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collections } from './collections';
import type { GeneratedDocument } from './queries';

const generatedDir = path.join(process.cwd(), '.contentlayer/generated');

function readCollection(typeName: string): GeneratedDocument[] {
  const file = path.join(generatedDir, typeName, '_index.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GeneratedDocument[];
  } catch (error) {
    throw new Error(`Could not read ${file} (${(error as Error).message}): run "npm run content:build" before "next build" (npm run build does).`);
  }
}

export const allDocuments: GeneratedDocument[] = Object.values(collections).flatMap((collection) => readCollection(collection.typeName));
