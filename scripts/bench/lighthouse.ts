/** Lighthouse 13, mobile preset (its default), on Debian's Chromium when present. Median of several runs. */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, systemChromium } from '../browser.mjs';
import { measureInRounds } from './rounds';

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

/** The median of each figure over several runs; the failing audits are the last run's. */
function medianScores(results: LighthouseScores[]): LighthouseScores {
  const keys = (Object.keys(results[0]) as (keyof LighthouseScores)[]).filter((key) => key !== 'failing');
  const medians = Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key] as number))]));
  return { ...(medians as Omit<LighthouseScores, 'failing'>), failing: results[results.length - 1].failing };
}

/** One run, or undefined (with a warning) when it measured nothing usable. */
async function tryOnce(url: string, options: LighthouseOptions): Promise<LighthouseScores | undefined> {
  try {
    const scores = await runOnce(url, options);
    if (measured(scores)) return scores;
    console.warn(`lighthouse: a run of ${url} measured no LCP, TBT or CLS; running it again`);
  } catch (error) {
    console.warn(`lighthouse: ${(error as Error).message.split('\n')[0]}; running it again`);
  }
  return undefined;
}

export type LighthouseTarget = { name: string; url: string; options?: LighthouseOptions };

/** A target's medians, or why it could not be measured; and every run's blocking time, to show the spread. */
export type LighthouseOutcome = { scores?: LighthouseScores; error?: Error; tbtRunsMs: number[] };

/**
 * Medians of `runs` runs of every target, measured in rounds (scripts/bench/rounds.ts): the blank floor page
 * and each of our pages sample the same stretch of a shared machine's load, so "blocking time within 30 ms
 * of the floor's" compares like with like. Measured one page after the other, the floor's three runs took
 * about a minute and the twelve pages' a quarter of an hour after it, so one busy minute moved the floor alone.
 */
export async function lighthouseRounds(targets: LighthouseTarget[], runs = 3): Promise<Map<string, LighthouseOutcome>> {
  const outcomes = await measureInRounds(targets, runs, (target, round) => {
    console.log(`lighthouse: round ${round}, ${target.name}…`);
    return tryOnce(target.url, target.options ?? {});
  });
  return new Map(
    targets.map((target): [string, LighthouseOutcome] => {
      const { results, tries } = outcomes.get(target.name)!;
      const tbtRunsMs = results.map((scores) => scores.tbtMs);
      if (results.length < runs)
        return [target.name, { error: new Error(`Lighthouse measured ${target.url} only ${results.length} times in ${tries} tries`), tbtRunsMs }];
      return [target.name, { scores: medianScores(results), tbtRunsMs }];
    }),
  );
}
