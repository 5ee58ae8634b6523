/** Lighthouse 13, mobile preset (its default), on Debian's Chromium when present. Median of several runs. */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, systemChromium } from '../browser.mjs';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /** Audits that lost points in the last run, to show what to fix. */
  failing?: string[];
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function runOnce(url: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync(systemChromium) ? systemChromium : undefined,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      totalBytes: value('total-byte-weight'),
      failing: Object.values(categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id)),
    };
  } finally {
    await chrome.kill();
  }
}

/** Runs Lighthouse `runs` times on one URL and takes the median of each figure. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await runOnce(url));
  const keys = (Object.keys(results[0]) as (keyof LighthouseScores)[]).filter((key) => key !== 'failing');
  const medians = Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key] as number))]));
  return { ...(medians as Omit<LighthouseScores, 'failing'>), failing: results[results.length - 1].failing };
}
