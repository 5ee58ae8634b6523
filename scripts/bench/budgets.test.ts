import { describe, expect, it } from 'vitest';
import { checkBudgets, type PageFigures } from './budgets';
import type { ScalingResult } from './build-scaling';

const scores = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, fcpMs: 850, lcpMs: 900, tbtMs: 100, cls: 0, totalBytes: 150_000 };
const floor: PageFigures = { name: 'floor', kind: 'floor', lighthouse: { ...scores, tbtMs: 90 } };
const article: PageFigures = { name: 'article', kind: 'post', lighthouse: scores, bytes: { html: 9000, css: 8000, js: 140_000, ourJs: 2000, stylesheets: 1 } };
const scale = (articles: number, buildSeconds: number, articlesIndex: number): ScalingResult => ({
  articles,
  buildSeconds,
  peakMemoryMB: 1500,
  largestProcessMB: 900,
  outputMB: 10,
  cardsMB: 2,
  msPerPage: 5,
  pages: articles,
  steps: [],
  listPageBytes: { articlesIndex, tag: 5000, home: 6000 },
});

describe('checkBudgets', () => {
  it('passes a page within every budget', () => {
    const checks = checkBudgets({ pages: [floor, article], editLoopMs: 600, servingRatio: 0.8 });
    expect(checks.filter((c) => !c.pass)).toEqual([]);
    expect(checks.length).toBeGreaterThan(8);
  });

  it('fails a largest paint later than 1.2 s or more than 150 ms after the first, and a score under 100', () => {
    const late: PageFigures = { ...article, lighthouse: { ...scores, performance: 99, fcpMs: 900, lcpMs: 1250 } };
    const failed = checkBudgets({ pages: [floor, late] })
      .filter((c) => !c.pass)
      .map((c) => c.budget);
    expect(failed).toEqual(['article: performance = 100', 'article: LCP ≤ 1.2 s', 'article: LCP ≤ FCP + 150 ms']);
  });

  it('fails blocking time more than 30 ms above the floor, and our JS over 5 KB', () => {
    const heavy: PageFigures = { ...article, lighthouse: { ...scores, tbtMs: 121 }, bytes: { ...article.bytes!, ourJs: 6000 } };
    const failed = checkBudgets({ pages: [floor, heavy] })
      .filter((c) => !c.pass)
      .map((c) => c.budget);
    expect(failed).toEqual(['article: TBT ≤ floor + 30 ms', 'article: our JS ≤ 5 KB gz above the floor']);
  });

  it('fails slow builds and list pages that grow with the corpus', () => {
    const failed = checkBudgets({ pages: [], scaling: [scale(100, 20, 5000), scale(1000, 61, 5000), scale(5000, 200, 9000)] })
      .filter((c) => !c.pass)
      .map((c) => c.budget);
    expect(failed).toEqual(['build of 1000 articles ≤ 60 s', 'articlesIndex page weighs the same at 5000 as at 100 (≤ 1.1×)']);
  });

  it('accepts the SEO points a noindex page loses for being noindex, and no others', () => {
    const search = (failing: string[]): PageFigures => ({ name: 'search', kind: 'other', noindex: true, lighthouse: { ...scores, seo: 66, failing } });
    const budget = (page: PageFigures) => checkBudgets({ pages: [page] }).find((check) => check.budget.startsWith('search: SEO'))!;
    expect(budget(search(['is-crawlable'])).pass).toBe(true);
    expect(budget(search(['is-crawlable', 'document-title'])).pass).toBe(false);
  });

  it('accepts what a 404 page loses for its status (console error, status audit, noindex), and no others', () => {
    const notFound = (failing: string[], bestPractices = 96): PageFigures => ({
      name: '404',
      kind: 'other',
      noindex: true,
      status: 404,
      lighthouse: { ...scores, bestPractices, seo: 54, failing },
    });
    const failed = (page: PageFigures) =>
      checkBudgets({ pages: [page] })
        .filter((check) => !check.pass)
        .map((check) => check.budget);
    expect(failed(notFound(['errors-in-console', 'is-crawlable', 'http-status-code']))).toEqual([]);
    expect(failed(notFound(['errors-in-console', 'is-crawlable', 'http-status-code', 'image-aspect-ratio'], 92))).toEqual([
      '404: best practices lose points only for the 404 status',
      '404: SEO loses points only for being noindex and a 404',
    ]);
  });

  it('fails a slow editing loop and a slow server', () => {
    const failed = checkBudgets({ pages: [], editLoopMs: 1500, servingRatio: 0.3 }).filter((c) => !c.pass);
    expect(failed).toHaveLength(2);
  });
});
