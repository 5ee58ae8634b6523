#!/usr/bin/env tsx
/**
 * npm run content:cards — draws the Open Graph card of every published article
 * and guide into public/og (see tooling/cards/post-cards.ts), from the cards
 * list the content pre-step wrote (`npm run content:prepare`). `npm run build`
 * runs it beside Next's build; `npm run dev` before the dev server.
 */
import { setPriority } from 'node:os';
import { openGraphCard } from '../lib/seo/open-graph-card';
import { readBuildInputs } from '../tooling/build/build-inputs';
import { writePostCards } from '../tooling/cards/post-cards';

// The build runs this beside Next, which the pages wait for; nothing waits for the cards
// until the site is served, so they take the cores' spare time.
setPriority(10);

const publicDir = process.env.PUBLIC_DIR ?? 'public';
const ledgerFile = '.contentlayer/og-cards.json';

const started = performance.now();
const { drawn, kept, removed } = await writePostCards(
  readBuildInputs().cards,
  publicDir,
  ledgerFile,
  async (input) => new Uint8Array(await openGraphCard(input).arrayBuffer()),
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`content:cards: ${drawn} drawn, ${kept} unchanged, ${removed} removed in ${seconds} s (${publicDir}/og)`);
