#!/usr/bin/env node
/**
 * Builds the site-search index with Pagefind from the prerendered HTML of the
 * last `next build`, and writes the bundle where the site serves it at
 * /pagefind/. Runs as the last step of `npm run build`.
 *
 * Only pages that mark their text with data-pagefind-body (articles and
 * guides) are indexed; each gets its clean address, not its file name.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { pagePath } from '../lib/security/inline-script-hashes.mjs';

const isStaticExport = process.env.BUILD_TARGET === 'static';
// `next start` serves public/ as read when it starts; a static export serves out/ as built.
const siteDir = isStaticExport ? 'out' : join('.next', 'server', 'app');
const outputPath = isStaticExport ? join('out', 'pagefind') : join('public', 'pagefind');

const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const { index, errors: createErrors } = await createIndex();
if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);

let pages = 0;
for (const file of htmlFiles) {
  const content = readFileSync(join(siteDir, file), 'utf8');
  if (!content.includes('data-pagefind-body')) continue;
  const { errors } = await index.addHTMLFile({ url: pagePath(file), content });
  if (errors.length) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
  pages += 1;
}
if (pages === 0) throw new Error(`No pages to index in ${siteDir}: did the build run, and do post pages carry data-pagefind-body?`);

rmSync(outputPath, { recursive: true, force: true });
const { errors } = await index.writeFiles({ outputPath });
if (errors.length) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
await close();
console.log(`search-index: indexed ${pages} pages into ${outputPath}`);
