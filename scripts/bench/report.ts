/** Prints the benchmark's figures as plain-text tables. */
import type { BenchFigures, BudgetCheck } from './budgets';
import { pageCacheLines, type LoadResult, type ServingResult } from './serving';

const kb = (bytes?: number) => (bytes === undefined ? '' : (bytes / 1024).toFixed(1));
const pad = (rows: string[][]) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => (cell ?? '').padEnd(widths[column])).join('  ')).join('\n');
};

type Extras = {
  growth?: string;
  articleHtml?: { bytes: number; textBytes: number };
  serving?: ServingResult;
  editLoop?: { medianMs: number; runsMs: number[] };
};

export function printTable({ pages, scaling }: BenchFigures, extras: Extras): void {
  if (pages.length) {
    const rows = [['page', 'perf', 'a11y', 'bp', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'LH KB', 'HTML gz KB', 'CSS gz KB', 'JS gz KB', 'ours KB']];
    for (const { name, lighthouse: lh, bytes } of pages) {
      rows.push([
        name,
        lh ? String(lh.performance) : '',
        lh ? String(lh.accessibility) : '',
        lh ? String(lh.bestPractices) : '',
        lh ? String(lh.seo) : '',
        lh ? String(Math.round(lh.fcpMs)) : '',
        lh ? String(Math.round(lh.lcpMs)) : '',
        lh ? String(Math.round(lh.tbtMs)) : '',
        lh ? lh.cls.toFixed(3) : '',
        lh ? kb(lh.totalBytes) : '',
        kb(bytes?.html),
        kb(bytes?.css),
        kb(bytes?.js),
        kb(bytes?.ourJs),
      ]);
    }
    console.log(`\n${pad(rows)}`);
    for (const { name, lighthouse } of pages) if (lighthouse?.failing?.length) console.log(`  ${name}: audits losing points: ${lighthouse.failing.join(', ')}`);
  }
  if (extras.articleHtml) {
    const { bytes, textBytes } = extras.articleHtml;
    console.log(`\narticle HTML: ${kb(bytes)} KB raw for ${kb(textBytes)} KB of text (${(bytes / textBytes).toFixed(1)}×)`);
  }
  if (extras.serving) {
    const { productionServer, nextStart, staticServer } = extras.serving;
    const row = (name: string, load: LoadResult) => [
      name,
      String(Math.round(load.requestsPerSecond)),
      String(load.p99Ms),
      (load.requestsPerSecond / staticServer.requestsPerSecond).toFixed(2),
      String(load.errors + load.non2xx),
    ];
    console.log('\nserving an article, 50 connections, 10 s each');
    console.log(
      pad([
        ['server', 'req/s', 'p99 ms', '× static', 'errors'],
        row('npm start (page cache)', productionServer),
        row('next start', nextStart),
        row('static (limit)', staticServer),
      ]),
    );
    console.log(pageCacheLines(extras.serving.pageCache).join('\n'));
  }
  if (scaling?.length) {
    const rows = [['articles', 'build s', 'peak MB', 'largest MB', 'output MB', 'cards MB', 'pages', 'ms/page', 'index gz KB', 'tag gz KB', 'home gz KB']];
    for (const s of scaling) {
      const gz = (value: number | null) => (value === null ? 'n/a' : kb(value));
      rows.push([
        String(s.articles),
        s.buildSeconds.toFixed(1),
        String(Math.round(s.peakMemoryMB)),
        String(Math.round(s.largestProcessMB)),
        s.outputMB.toFixed(1),
        s.cardsMB.toFixed(1),
        String(s.pages),
        s.msPerPage.toFixed(1),
        gz(s.listPageBytes.articlesIndex),
        gz(s.listPageBytes.tag),
        gz(s.listPageBytes.home),
      ]);
    }
    console.log(`\n${pad(rows)}`);
    for (const s of scaling) if (s.steps.length) console.log(`\nbuild steps at ${s.articles} articles:\n  ${s.steps.join('\n  ')}`);
    if (extras.growth) console.log(`growth: ${extras.growth}`);
  }
  if (extras.editLoop)
    console.log(`\ndev save-to-screen: median ${Math.round(extras.editLoop.medianMs)} ms (runs: ${extras.editLoop.runsMs.map(Math.round).join(', ')})`);
}

export function printChecks(checks: BudgetCheck[]): void {
  console.log('\nbudgets');
  console.log(pad([['', 'budget', 'actual'], ...checks.map((c) => [c.pass ? 'pass' : 'FAIL', c.budget, c.actual])]));
  const failed = checks.filter((c) => !c.pass).length;
  console.log(`\n${checks.length - failed} passed, ${failed} failed`);
}
