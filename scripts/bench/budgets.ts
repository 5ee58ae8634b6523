/** The performance budgets from the issue, checked against one run's figures. Pure, so it is unit-tested. */
import type { LighthouseScores } from './lighthouse';
import type { ScalingResult } from './build-scaling';

export type PageFigures = {
  name: string;
  kind: 'floor' | 'post' | 'other';
  /** Kept out of search results on purpose (the search page): Lighthouse's is-crawlable audit is expected to fail. */
  noindex?: boolean;
  /** The status the page answers on purpose (404), when not 200. */
  status?: number;
  lighthouse?: LighthouseScores;
  bytes?: { html: number; css: number; js: number; ourJs: number; stylesheets: number };
};

export type BenchFigures = {
  pages: PageFigures[];
  scaling?: ScalingResult[];
  editLoopMs?: number;
  servingRatio?: number;
};

export type BudgetCheck = { budget: string; actual: string; pass: boolean };

const KB = 1024;

export function checkBudgets({ pages, scaling, editLoopMs, servingRatio }: BenchFigures): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (budget: string, actual: string, pass: boolean) => checks.push({ budget, actual, pass });
  const floorTbt = pages.find((p) => p.kind === 'floor')?.lighthouse?.tbtMs;

  for (const page of pages.filter((p) => p.kind !== 'floor')) {
    const lh = page.lighthouse;
    if (lh) {
      add(`${page.name}: performance = 100`, String(lh.performance), lh.performance === 100);
      add(`${page.name}: accessibility = 100`, String(lh.accessibility), lh.accessibility === 100);
      // A 404 page answers its status on purpose: the browser logs that status as a console error, and Next marks every 404 noindex.
      const dueToStatus = page.status === 404 ? ['http-status-code', 'errors-in-console'] : [];
      const expected = ['total-blocking-time', 'largest-contentful-paint', ...(page.noindex ? ['is-crawlable'] : []), ...dueToStatus];
      const otherLosses = (lh.failing ?? []).filter((audit) => !expected.includes(audit));
      const lost = (score: number) => `${score} (${(lh.failing ?? []).join(', ') || 'nothing lost'})`;
      if (page.status === 404) add(`${page.name}: best practices lose points only for the 404 status`, lost(lh.bestPractices), otherLosses.length === 0);
      else add(`${page.name}: best practices = 100`, String(lh.bestPractices), lh.bestPractices === 100);
      if (page.noindex)
        add(`${page.name}: SEO loses points only for being noindex${page.status === 404 ? ' and a 404' : ''}`, lost(lh.seo), otherLosses.length === 0);
      else add(`${page.name}: SEO = 100`, String(lh.seo), lh.seo === 100);
      add(`${page.name}: LCP ≤ 1.2 s`, `${Math.round(lh.lcpMs)} ms`, lh.lcpMs <= 1200);
      add(`${page.name}: LCP ≤ FCP + 150 ms`, `${Math.round(lh.lcpMs - lh.fcpMs)} ms after FCP`, lh.lcpMs - lh.fcpMs <= 150);
      add(`${page.name}: CLS 0.00`, lh.cls.toFixed(3), lh.cls < 0.005);
      if (floorTbt !== undefined)
        add(`${page.name}: TBT ≤ floor + 30 ms`, `${Math.round(lh.tbtMs)} ms (floor ${Math.round(floorTbt)} ms)`, lh.tbtMs <= floorTbt + 30);
    }
    const bytes = page.bytes;
    if (bytes) {
      add(`${page.name}: CSS ≤ 15 KB gz`, `${(bytes.css / KB).toFixed(1)} KB`, bytes.css <= 15 * KB);
      add(`${page.name}: at most one stylesheet`, String(bytes.stylesheets), bytes.stylesheets <= 1);
      if (page.kind === 'post') add(`${page.name}: our JS ≤ 5 KB gz above the floor`, `${(bytes.ourJs / KB).toFixed(1)} KB`, bytes.ourJs <= 5 * KB);
    }
  }

  for (const result of scaling ?? []) {
    const limit = result.articles >= 5000 ? 300 : result.articles >= 1000 ? 60 : undefined;
    if (limit) add(`build of ${result.articles} articles ≤ ${limit} s`, `${result.buildSeconds.toFixed(1)} s`, result.buildSeconds <= limit);
    add(`build of ${result.articles} articles: peak memory ≤ 3 GB`, `${Math.round(result.peakMemoryMB)} MB`, result.peakMemoryMB <= 3 * 1024);
  }
  const sorted = [...(scaling ?? [])].sort((a, b) => a.articles - b.articles);
  if (sorted.length >= 2) {
    const [small, large] = [sorted[0], sorted[sorted.length - 1]];
    for (const key of ['articlesIndex', 'tag', 'home'] as const) {
      const [a, b] = [small.listPageBytes[key], large.listPageBytes[key]];
      if (a !== null && b !== null)
        add(`${key} page weighs the same at ${large.articles} as at ${small.articles} (≤ 1.1×)`, `${(b / a).toFixed(2)}×`, b <= a * 1.1);
    }
  }
  if (editLoopMs !== undefined) add('dev save-to-screen ≤ 1 s', `${Math.round(editLoopMs)} ms`, editLoopMs <= 1000);
  if (servingRatio !== undefined) add('production server (npm start) ≥ 0.5× static server throughput', `${servingRatio.toFixed(2)}×`, servingRatio >= 0.5);
  return checks;
}
