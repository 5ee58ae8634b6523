#!/usr/bin/env tsx
/**
 * npm run content:redirects — writes the permanent redirects of published
 * posts' `redirectFrom` lists to .contentlayer/redirects.json, which
 * next.config.mjs reads (the config cannot import our TypeScript). Runs after
 * content:check in `npm run build` and `npm run dev`; stops on content errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssue, locateIssues } from '../lib/content/locate-issue';
import { isPublished } from '../lib/content/publishing';
import { readSources } from '../tooling/content-check/read-sources';
import { buildRedirects } from '../lib/content/redirects';
import { validateCollections } from '../lib/content/validate';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const output = path.join('.contentlayer', 'redirects.json');

const sources = readSources(contentDir);
const { content, issues } = validateCollections(sources.raw, contentDir);
const errors = locateIssues([...sources.issues, ...issues], (file) => sources.texts.get(file)).filter((issue) => issue.severity === 'error');
if (errors.length) {
  console.error(errors.map(formatIssue).join('\n'));
  process.exit(1);
}

// Only published posts: a redirect to a draft would reveal its address.
const posts = [...content.articles, ...content.guides].filter((post) => isPublished(post));
const redirects = buildRedirects(posts);
mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(redirects, null, 2)}\n`);
console.log(`content:redirects: ${redirects.length} redirect${redirects.length === 1 ? '' : 's'} written to ${output}`);
