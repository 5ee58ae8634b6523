/**
 * The editing loop: with `npm run dev` running on a scratch copy of the site,
 * (started as a reader of README would: `npm run dev`, port from PORT) the time from saving an MDX file to its new text showing in the browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.mjs';
import { prepareCorpus } from './build-scaling';
import { median } from './lighthouse';
import { freePort, startServer } from './processes';

export type EditLoopResult = { medianMs: number; runsMs: number[] };

/** Saves `runs` edits to one article and times each until the page shows it. */
export async function measureEditLoop(runs = 5): Promise<EditLoopResult> {
  const dir = prepareCorpus(20);
  const file = path.join(dir, 'content/articles/bench-article-00001.mdx');
  const original = readFileSync(file, 'utf8');
  const port = await freePort();
  const server = await startServer('npm', ['run', 'dev', '--silent'], dir, `http://127.0.0.1:${port}/`, { PORT: String(port) });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    // The first visit compiles the route; that is start-up, not the editing loop.
    await page.goto(`${server.url}articles/bench-article-00001`, { timeout: 120_000 });
    const runsMs: number[] = [];
    // Run 0 warms the watchers and the route's hot-reload path and is not counted.
    for (let run = 0; run <= runs; run += 1) {
      const marker = `Edited paragraph ${run} ${Date.now()}`;
      const started = performance.now();
      writeFileSync(file, `${original}\n${marker}\n`);
      await page.getByText(marker).waitFor({ timeout: 30_000 });
      if (run > 0) runsMs.push(performance.now() - started);
    }
    return { medianMs: median(runsMs), runsMs };
  } finally {
    writeFileSync(file, original);
    await browser.close();
    await server.stop();
  }
}
