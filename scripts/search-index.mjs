#!/usr/bin/env node
/**
 * Builds the site-search index with Pagefind from the prerendered HTML of the
 * last `next build`, and writes the bundle where the site serves it at
 * /pagefind/. Runs as the last step of `npm run build`.
 *
 * It indexes the published article and guide pages the content pre-step
 * listed (each marks its text with data-pagefind-body), under their addresses.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { readBuildInputs } from '../tooling/build/build-inputs-file.mjs';

const isStaticExport = process.env.BUILD_TARGET === 'static';
// `next start` serves public/ as read when it starts; a static export serves out/ as built.
const siteDir = isStaticExport ? 'out' : join('.next', 'server', 'app');
const outputPath = isStaticExport ? join('out', 'pagefind') : join('public', 'pagefind');

const { index: created, errors: createErrors } = await createIndex();
if (!created) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
const index = created;

/** @param {string} url */
async function addPage(url) {
  const file = join(siteDir, `${url.slice(1)}.html`);
  const content = readFileSync(file, 'utf8');
  if (!content.includes('data-pagefind-body')) throw new Error(`${file} has no data-pagefind-body: post pages mark the text the index reads`);
  const { errors } = await index.addHTMLFile({ url, content });
  if (errors.length) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
}

// Several pages in flight, so Pagefind parses one while this process reads the next
// (one at a time, each waited for its answer: 10,000 pages took 21 s).
const postPages = readBuildInputs().postPages;
const inFlight = 8;
let next = 0;
const lane = async () => {
  while (next < postPages.length) await addPage(postPages[next++]);
};
await Promise.all(Array.from({ length: inFlight }, lane));
const pages = postPages.length;
if (pages === 0) throw new Error('No post pages to index: did the content pre-step and the build run?');

rmSync(outputPath, { recursive: true, force: true });
const { errors } = await index.writeFiles({ outputPath });
if (errors.length) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
await close();
console.log(`search-index: indexed ${pages} pages into ${outputPath}`);
