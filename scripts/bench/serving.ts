/**
 * Serving: requests per second and p99 latency for one article page from the
 * production server (`npm start`: Next behind the page cache) and from plain
 * `next start`, beside the same HTML from a minimal static server (the limit),
 * in the same run; and the page cache under a client cycling through more
 * pages than it holds, beside uncached requests and hits. Loopback only,
 * bounded in time.
 */
import { createServer } from 'node:http';
import autocannon from 'autocannon';
import { prerenderedPages } from './page-cache-pages';
import { freePort, repoRoot, startServer } from './processes';

export type LoadResult = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number };
export type ServingResult = {
  productionServer: LoadResult;
  nextStart: LoadResult;
  staticServer: LoadResult;
  ratio: number;
  nextStartRatio: number;
  pageCache: PageCacheResult;
};

export async function load(url: string, seconds = 10, connections = 50, paths?: string[]): Promise<LoadResult> {
  let next = 0;
  const requests = paths && [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length] }) }];
  const result = await autocannon({ url, connections, duration: seconds, requests });
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** Serves one buffer from memory: the fastest any Node server can answer. */
async function withStaticServer<T>(body: Buffer, contentType: string, measure: (url: string) => Promise<T>): Promise<T> {
  const server = createServer((_request, reply) => {
    reply.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    reply.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    return await measure(`http://127.0.0.1:${port}/`);
  } finally {
    server.close();
  }
}

/** Loads the same page from each server, one after the other; the first request warms each. */
export async function measureServing(productionUrl: string, nextStartUrl: string, seconds = 10): Promise<ServingResult> {
  const response = await fetch(productionUrl);
  const html = Buffer.from(await response.arrayBuffer());
  await fetch(nextStartUrl);
  const productionServer = await load(productionUrl, seconds);
  const nextStart = await load(nextStartUrl, seconds);
  const staticServer = await withStaticServer(html, response.headers.get('content-type') ?? 'text/html; charset=utf-8', (url) => load(url, seconds));
  const pageCache = await withSmallCache((url) => measurePageCache(url, prerenderedPages(repoRoot), smallCacheMb, seconds));
  return {
    pageCache,
    productionServer,
    nextStart,
    staticServer,
    ratio: productionServer.requestsPerSecond / staticServer.requestsPerSecond,
    nextStartRatio: nextStart.requestsPerSecond / staticServer.requestsPerSecond,
  };
}

/** A page cache far smaller than the site's pages (about 140 KB each with both compressed copies). */
const smallCacheMb = 1;

/** `npm start` with PAGE_CACHE_MB=smallCacheMb, on a free loopback port. */
async function withSmallCache<T>(measure: (url: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const server = await startServer('node', ['scripts/server.mjs'], repoRoot, `http://127.0.0.1:${port}/`, {
    PORT: String(port),
    PAGE_CACHE_MB: String(smallCacheMb),
  });
  try {
    return await measure(server.url);
  } finally {
    await server.stop();
  }
}

/** The page cache's three figures side by side, for the report. */
export function pageCacheLines({ cacheMb, pages, cycling, uncached, hits }: PageCacheResult): string[] {
  const row = (name: string, result: LoadResult) =>
    `  ${name.padEnd(44)} ${String(Math.round(result.requestsPerSecond)).padStart(6)} req/s  p99 ${String(result.p99Ms).padStart(5)} ms  errors ${result.errors + result.non2xx}`;
  return [
    `\npage cache of ${cacheMb} MB, ${pages} prerendered pages, 50 connections`,
    row('cycling through every page (too many to keep)', cycling),
    row('uncached (distinct query strings, all to Next)', uncached),
    row('one page, a hit every time', hits),
    `  cycling / uncached: ${(cycling.requestsPerSecond / uncached.requestsPerSecond).toFixed(2)}× (a miss must cost no more than an uncached request)`,
  ];
}

export type PageCacheResult = { cacheMb: number; pages: number; cycling: LoadResult; uncached: LoadResult; hits: LoadResult };

/**
 * A page cache too small for the site: a client cycling through every page,
 * the same pages made uncached by distinct query strings (each goes to Next),
 * and one page asked again and again (hits), all against one server.
 * @param url a production server started with a small PAGE_CACHE_MB
 * @param pages the prerendered pages, more than the cache holds
 */
export async function measurePageCache(url: string, pages: string[], cacheMb: number, seconds = 10): Promise<PageCacheResult> {
  for (const page of pages) await fetch(new URL(page, url));
  const cycling = await load(url, seconds, 50, pages);
  let query = 0;
  const uncached = await load(
    url,
    seconds,
    50,
    Array.from({ length: 10_000 }, (_, index) => `${pages[index % pages.length]}?uncached=${query++}`),
  );
  const hits = await load(new URL(pages[0], url).href, seconds);
  return { cacheMb, pages: pages.length, cycling, uncached, hits };
}
