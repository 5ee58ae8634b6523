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
  fcpMs: number;
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

/** `ignoreStatusCode` lets Lighthouse measure a page that answers an error status on purpose (the 404 page). */
export type LighthouseOptions = { ignoreStatusCode?: boolean };

async function runOnce(url: string, { ignoreStatusCode = false }: LighthouseOptions): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync(systemChromium) ? systemChromium : undefined,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      ignoreStatusCode,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    // A run that could not measure the page (Lighthouse reports NO_LCP and the like on a busy machine) is not a figure.
    if (runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      totalBytes: value('total-byte-weight'),
      failing: Object.values(categories).flatMap((category) =>
        category.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
      ),
    };
  } finally {
    await chrome.kill();
  }
}

const measured = (scores: LighthouseScores) => [scores.fcpMs, scores.lcpMs, scores.tbtMs, scores.cls].every(Number.isFinite);

/** Runs Lighthouse until it has `runs` complete measurements of one URL (two spare tries), and takes the median of each figure. */
export async function lighthouseMedian(url: string, runs = 3, options: LighthouseOptions = {}): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let attempt = 0; results.length < runs; attempt += 1) {
    try {
      const scores = await runOnce(url, options);
      if (measured(scores)) results.push(scores);
      else console.warn(`lighthouse: a run of ${url} measured no LCP, TBT or CLS; running it again`);
    } catch (error) {
      console.warn(`lighthouse: ${(error as Error).message.split('\n')[0]}; running it again`);
    }
    if (attempt + 1 >= runs + 2 && results.length < runs) throw new Error(`Lighthouse measured ${url} only ${results.length} times in ${attempt + 1} tries`);
  }
  const keys = (Object.keys(results[0]) as (keyof LighthouseScores)[]).filter((key) => key !== 'failing');
  const medians = Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key] as number))]));
  return { ...(medians as Omit<LighthouseScores, 'failing'>), failing: results[results.length - 1].failing };
}
