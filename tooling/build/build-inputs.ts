/**
 * What the build needs from the content, worked out once by the content
 * pre-step (`npm run content:prepare`) from the library it has just read and
 * validated, and written to one file the later steps read: next.config.mjs
 * (redirects), the card drawing (cards), the search index (post pages) and
 * the static host files (redirects). Only published posts: a redirect, card
 * or index entry for a draft would reveal it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allPosts, postPath } from '../../lib/content/collections';
import { isPublished } from '../../lib/content/publishing';
import { buildRedirects } from '../../lib/content/redirects';
import type { Content } from '../../lib/content/collections';

import { type BuildInputs, buildInputsFile } from './build-inputs-file.mjs';

export { buildInputsFile, readBuildInputs } from './build-inputs-file.mjs';
export type { BuildInputs };

/** The build's inputs from the validated library read from `contentDir`. */
export function buildInputs(content: Content, contentDir: string, now: Date = new Date()): BuildInputs {
  const published = allPosts(content).filter((post) => isPublished(post, now));
  return {
    contentDir,
    redirects: buildRedirects(published),
    cards: published.map(({ type, slug, title }) => ({ type, slug, title })),
    postPages: published.map(postPath).sort(),
  };
}

export function writeBuildInputs(inputs: BuildInputs, file = buildInputsFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(inputs, null, 1)}\n`);
}
