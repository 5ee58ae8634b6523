/**
 * Build scaling: copies the site into bench/scratch with N synthetic articles
 * (beside the real articles, guides, authors and categories), runs a clean `npm run build`
 * (a reader deployment's: no GitHub storage, so no CMS routes; lib/cms/storage.mjs),
 * and measures time, peak memory, output size and list-page weights.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipBytes } from './page-weight';
import { freePort, repoRoot, runMeasured, startServer } from './processes';
import { syntheticArticle, syntheticSvg, type CorpusContext } from './synthetic-corpus';

const copied = [
  'app',
  'components',
  'lib',
  'tooling',
  'scripts',
  'public',
  'content',
  'package.json',
  'tsconfig.json',
  'next.config.mjs',
  'proxy.ts',
  'keystatic.config.ts',
  'contentlayer.config.ts',
  'postcss.config.mjs',
  'CONTENT.md',
];

export type ScalingResult = {
  articles: number;
  buildSeconds: number;
  /** The whole process tree at its peak (the steps run side by side). */
  peakMemoryMB: number;
  largestProcessMB: number;
  /** .next without its cache, and the Open Graph cards (public/og). */
  outputMB: number;
  cardsMB: number;
  msPerPage: number;
  pages: number;
  /** The build's timing lines: each step as it ended ("✓ contentlayer2 (18.9 s)"), Next's own, and the total. */
  steps: string[];
  /** Gzipped HTML bytes of list pages; null where the route does not exist. */
  listPageBytes: { articlesIndex: number | null; tag: number | null; home: number | null };
};

function folderBytes(folder: string, skip: (name: string) => boolean = () => false): number {
  if (!existsSync(folder)) return 0;
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const full = path.join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

const firstSlug = (folder: string) =>
  readdirSync(path.join(repoRoot, 'content', folder))
    .sort()[0]
    .replace(/\.[^.]+$/, '');

/** Makes the scratch copy with `count` synthetic articles; returns its folder. */
export function prepareCorpus(count: number): string {
  const dir = path.join(repoRoot, 'bench/scratch', `site-${count}`);
  rmSync(dir, { recursive: true, force: true });
  // Generated folders stay behind (the search index, the post cards), so every build starts clean.
  const generated = new Set(['public/pagefind', 'public/og'].map((folder) => path.join(repoRoot, folder)));
  for (const item of copied) {
    if (existsSync(path.join(repoRoot, item)))
      cpSync(path.join(repoRoot, item), path.join(dir, item), { recursive: true, filter: (source) => !generated.has(source) });
  }
  // The real articles stay (guides name them as related); the synthetic ones are added beside them.
  mkdirSync(path.join(dir, 'public/images/bench'), { recursive: true });
  writeFileSync(path.join(dir, 'public/images/bench/cover.svg'), syntheticSvg(1200, 675));
  const context: CorpusContext = {
    author: firstSlug('authors'),
    category: firstSlug('categories'),
    guide: firstSlug('guides'),
    image: { src: '/images/bench/cover.svg', width: 1200, height: 675 },
  };
  for (let index = 0; index < count; index += 1) {
    const { slug, text } = syntheticArticle(index, context);
    writeFileSync(path.join(dir, 'content/articles', `${slug}.mdx`), text);
  }
  return dir;
}

/** scripts/build.mjs prints "✓ <step> (<time>)" as each step ends, and "build finished in <time>"; Next prints its own "✓ …" lines. */
const isStepTiming = (line: string) => /^[✓✗] /.test(line.trim()) || line.startsWith('build finished in');

async function htmlBytes(origin: string, pathname: string): Promise<number | null> {
  const response = await fetch(new URL(pathname, origin));
  return response.ok ? gzipBytes(await response.text()) : null;
}

/** Builds a corpus of `count` articles from clean and measures it. */
export async function measureScaling(count: number): Promise<ScalingResult> {
  const dir = prepareCorpus(count);
  const run = await runMeasured('npm', ['run', 'build', '--silent'], dir, {}, isStepTiming);
  const appDir = path.join(dir, '.next/server/app');
  const pages = existsSync(appDir) ? countHtml(appDir) : 0;
  const port = await freePort();
  const server = await startServer('next', ['start', '-H', '127.0.0.1', '-p', String(port)], dir, `http://127.0.0.1:${port}/`);
  try {
    const origin = server.url;
    return {
      articles: count,
      buildSeconds: run.seconds,
      peakMemoryMB: run.peakBytes / 2 ** 20,
      largestProcessMB: run.peakProcessBytes / 2 ** 20,
      outputMB: folderBytes(path.join(dir, '.next'), (name) => name === 'cache') / 2 ** 20,
      cardsMB: folderBytes(path.join(dir, 'public/og')) / 2 ** 20,
      pages,
      steps: run.keptLines,
      msPerPage: (run.seconds * 1000) / Math.max(pages, 1),
      listPageBytes: {
        articlesIndex: await htmlBytes(origin, '/articles'),
        tag: await htmlBytes(origin, '/tags/topic-1'),
        home: await htmlBytes(origin, '/'),
      },
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function countHtml(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) total += countHtml(path.join(folder, entry.name));
    else if (entry.name.endsWith('.html')) total += 1;
  }
  return total;
}

/**
 * Whether cost grows linearly: the time per article of the largest corpus is
 * within 1.5× of the smallest's, once the fixed cost (the 100-article build)
 * is taken out.
 */
export function growthVerdict(results: ScalingResult[]): string {
  if (results.length < 2) return 'not enough sizes to judge';
  const [small, ...rest] = [...results].sort((a, b) => a.articles - b.articles);
  const large = rest[rest.length - 1];
  const marginal = (large.buildSeconds - small.buildSeconds) / (large.articles - small.articles);
  const average = small.buildSeconds / small.articles;
  const perArticleMs = (marginal * 1000).toFixed(1);
  return marginal <= average * 1.5
    ? `linear or better: each extra article costs ${perArticleMs} ms`
    : `super-linear: each extra article costs ${perArticleMs} ms against ${(average * 1000).toFixed(1)} ms on average at ${small.articles}`;
}
