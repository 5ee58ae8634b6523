/**
 * `npm run bench`: measures a production build and prints a table, writes
 * bench/results/latest.json, and exits non-zero when a budget is missed.
 * Not part of `npm test`: timings on a shared machine are figures, not checks.
 *
 * Options: --only=bytes,lighthouse,serving,scaling,edit (default: all)
 *          --runs=3 (Lighthouse runs per page)  --sizes=100,1000,5000 (10000 when asked)  --no-build
 *          --pages=article,sleep-test (page types to measure, by name with hyphens; default: all)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets, type PageFigures } from './budgets';
import { growthVerdict, measureScaling, type ScalingResult } from './build-scaling';
import { measureEditLoop } from './edit-loop';
import { buildFloor } from './floor';
import { lighthouseRounds } from './lighthouse';
import { mainTextBytes, measurePage, pageAssets } from './page-weight';
import { repoRoot, runMeasured, startNext, startProductionServer } from './processes';
import { measureServing, type ServingResult } from './serving';
import { printChecks, printTable } from './report';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'bytes,lighthouse,serving,scaling,edit' },
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '100,1000,5000' },
    'no-build': { type: 'boolean', default: false },
    pages: { type: 'string' },
  },
});
const steps = new Set(values.only.split(','));
const firstSlug = (folder: string) =>
  readdirSync(path.join(repoRoot, 'content', folder))
    .sort()[0]
    .replace(/\.[^.]+$/, '');
/** The first tag of the first article, for a tag page that exists. */
const firstTag = () => {
  const text = readFileSync(path.join(repoRoot, 'content/articles', `${firstSlug('articles')}.mdx`), 'utf8');
  return /^tags:\s*\[\s*([^,\]\s]+)/m.exec(text)?.[1] ?? /^tags:\s*\n\s*-\s*(\S+)/m.exec(text)?.[1] ?? 'missing-tag';
};

const pageTypes: { name: string; path: string; kind: PageFigures['kind']; noindex?: boolean; status?: number }[] = [
  { name: 'home', path: '/', kind: 'other' },
  { name: 'article', path: `/articles/${firstSlug('articles')}`, kind: 'post' },
  { name: 'guide', path: `/guides/${firstSlug('guides')}`, kind: 'post' },
  { name: 'article index', path: '/articles', kind: 'other' },
  { name: 'guide index', path: '/guides', kind: 'other' },
  { name: 'category', path: `/categories/${firstSlug('categories')}`, kind: 'other' },
  { name: 'tag', path: `/tags/${firstTag()}`, kind: 'other' },
  { name: 'author', path: `/authors/${firstSlug('authors')}`, kind: 'other' },
  { name: 'search', path: '/search', kind: 'other', noindex: true },
  { name: 'sleep test', path: '/sleep-test', kind: 'other' },
  { name: 'about', path: '/about', kind: 'other' },
  // Next marks every 404 noindex; its SEO score may lose only what a 404 must.
  { name: '404', path: '/bench-no-such-page', kind: 'other', noindex: true, status: 404 },
];

async function measurePages(): Promise<{
  pages: PageFigures[];
  servingRatio?: number;
  serving?: ServingResult;
  articleHtml?: { bytes: number; textBytes: number };
}> {
  if (!values['no-build']) {
    // With the CMS's routes, as a deployment with GitHub storage builds: nothing of the CMS may reach readers' pages.
    console.log('building the site, with the CMS…');
    await runMeasured('npm', ['run', 'build', '--silent', '--', '--with-cms'], repoRoot);
  }
  console.log('building the blank floor page…');
  const floorDir = await buildFloor();
  const floorServer = await startNext(floorDir);
  const site = await startProductionServer();
  try {
    const floorWeight = await measurePage(floorServer.url, '/');
    const pages: PageFigures[] = [{ name: 'floor (blank page)', kind: 'floor', bytes: { ...floorWeight, ourJs: 0, stylesheets: 0 } }];
    const urls = new Map<string, string>([['floor (blank page)', floorServer.url]]);
    const chosen = values.pages?.split(',');
    for (const type of pageTypes.filter((t) => !chosen || chosen.includes(t.name.replaceAll(' ', '-')))) {
      const status = (await fetch(new URL(type.path, site.url))).status;
      if (status !== (type.status ?? 200)) {
        console.log(`skipping ${type.name} (${type.path} answered ${status})`);
        continue;
      }
      urls.set(type.name, new URL(type.path, site.url).href);
      const weight = steps.has('bytes') ? await measurePage(site.url, type.path, type.status) : undefined;
      const html = await (await fetch(new URL(type.path, site.url))).text();
      pages.push({
        name: type.name,
        kind: type.kind,
        noindex: type.noindex,
        status: type.status,
        bytes: weight && { ...weight, ourJs: Math.max(0, weight.js - floorWeight.js), stylesheets: pageAssets(html).stylesheets.length },
      });
    }
    if (steps.has('lighthouse')) {
      const targets = pages.map((page) => ({
        name: page.name,
        url: urls.get(page.name)!,
        options: { ignoreStatusCode: pageTypes.find((type) => type.name === page.name)?.status !== undefined },
      }));
      const results = await lighthouseRounds(targets, Number(values.runs));
      for (const page of pages) {
        const { scores, error, tbtRunsMs } = results.get(page.name)!;
        console.log(`lighthouse: ${page.name}: TBT per run ${tbtRunsMs.map((ms) => Math.round(ms)).join(', ')} ms`);
        // One page Lighthouse cannot measure fails its budgets, not the whole run.
        page.lighthouse = await attempt(`lighthouse (${page.name})`, async () => {
          if (error) throw error;
          return scores;
        });
      }
    }
    const articleUrl = urls.get('article')!;
    const articleHtml = await (await fetch(articleUrl)).text();
    let serving;
    if (steps.has('serving')) {
      console.log('serving: npm start and next start against a static server…');
      const plainNext = await startNext();
      try {
        serving = await measureServing(articleUrl, new URL(new URL(articleUrl).pathname, plainNext.url).href);
      } finally {
        await plainNext.stop();
      }
    }
    return { pages, serving, servingRatio: serving?.ratio, articleHtml: { bytes: Buffer.byteLength(articleHtml), textBytes: mainTextBytes(articleHtml) } };
  } finally {
    await site.stop();
    await floorServer.stop();
  }
}

/** Runs one step; a failure is reported and fails the run, but the other steps still report. */
const failures: string[] = [];
async function attempt<T>(name: string, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
    console.error(`${name} failed:`, error);
    return undefined;
  }
}

const measured = (steps.has('bytes') || steps.has('lighthouse') || steps.has('serving') ? await attempt('page measurements', measurePages) : undefined) ?? {
  pages: [] as PageFigures[],
};
const scaling: ScalingResult[] = [];
if (steps.has('scaling')) {
  for (const size of values.sizes.split(',').map(Number)) {
    console.log(`build scaling: ${size} articles…`);
    const result = await attempt(`build scaling (${size})`, () => measureScaling(size));
    if (result) scaling.push(result);
  }
}
const editLoop = steps.has('edit') ? (console.log('editing loop…'), await attempt('editing loop', () => measureEditLoop())) : undefined;

const figures = { pages: measured.pages, scaling, editLoopMs: editLoop?.medianMs, servingRatio: measured.servingRatio };
const checks = [...checkBudgets(figures), ...failures.map((failure) => ({ budget: 'step ran', actual: failure, pass: false }))];
printTable(figures, {
  growth: scaling.length ? growthVerdict(scaling) : undefined,
  articleHtml: 'articleHtml' in measured ? measured.articleHtml : undefined,
  serving: 'serving' in measured ? measured.serving : undefined,
  editLoop,
});
printChecks(checks);

const resultsDir = path.join(repoRoot, 'bench/results');
if (!existsSync(resultsDir)) mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  path.join(resultsDir, 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), ...figures, serving: 'serving' in measured ? measured.serving : undefined, editLoop, checks }, null, 2)}\n`,
);
console.log('wrote bench/results/latest.json');
process.exit(checks.every((check) => check.pass) ? 0 : 1);
