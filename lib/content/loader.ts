/**
 * The only module that reads contentlayer's output. Every document is
 * validated by its Zod schema; any error stops the build (or shows in the dev
 * overlay) with the file, line and field.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
// In production builds this import is swapped for generated-collections-from-disk.ts (next.config.mjs, `contentSource`).
import { readGeneratedCollections } from '@/lib/content/generated-collections';
import { mapCollections } from './collections';
import { ContentError } from './content-error';
import { locateIssues } from './locate-issue';
import type { Content, GeneratedDocument, RawDocument } from './types';
import { validateCollections } from './validate';

function toRaw({ _id, _raw, type, body, ...fields }: GeneratedDocument): RawDocument {
  return { sourceFilePath: _raw.sourceFilePath, fields, body };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

let cached: Content | undefined;

/** All content, validated once per process. */
export function loadContent(): Content {
  if (cached) return cached;
  const generated = readGeneratedCollections();
  const { content, issues } = validateCollections(mapCollections((name) => generated[name].map(toRaw)), process.env.CONTENT_DIR ?? 'content');
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length) throw new ContentError(locateIssues(errors, readText));
  cached = content;
  return content;
}
