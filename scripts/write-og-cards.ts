#!/usr/bin/env tsx
/**
 * npm run content:cards — draws the Open Graph card of every published article
 * and guide into public/og (see tooling/cards/post-cards.ts). `npm run build` runs it
 * beside the rest of the build (it reads content/ itself); `npm run dev` before
 * the dev server.
 * Stops on content errors, which content:check reports in full.
 */
import { setPriority } from 'node:os';
import { isPublished } from '../lib/content/publishing';
import { readSources } from '../tooling/content-check/read-sources';
import { publicImageSizer } from '../lib/content/image-sizes';
import { validateCollections } from '../lib/content/validate';
import { openGraphCard } from '../lib/seo/open-graph-card';
import { writePostCards } from '../tooling/cards/post-cards';

// The build runs this beside contentlayer and Next, which the pages wait for; nothing waits for the cards
// until the site is served, so they take the cores' spare time.
setPriority(10);

const contentDir = process.env.CONTENT_DIR ?? 'content';
const publicDir = process.env.PUBLIC_DIR ?? 'public';
const ledgerFile = '.contentlayer/og-cards.json';

const sources = readSources(contentDir);
const { content, issues } = validateCollections(sources.raw, contentDir, publicImageSizer(publicDir));
if ([...sources.issues, ...issues].some((issue) => issue.severity === 'error')) {
  console.error('content:cards: the content has errors; run "npm run content:check" to see them');
  process.exit(1);
}

// Only published posts: a card for a draft would reveal its title at a guessable address.
const posts = [...content.articles, ...content.guides].filter((post) => isPublished(post));
const started = performance.now();
const { drawn, kept, removed } = await writePostCards(posts, publicDir, ledgerFile, async (input) => new Uint8Array(await openGraphCard(input).arrayBuffer()));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`content:cards: ${drawn} drawn, ${kept} unchanged, ${removed} removed in ${seconds} s (${publicDir}/og)`);
