#!/usr/bin/env node
/**
 * The production server (`npm start`): Next's own request handler behind two
 * small front doors.
 * - Methods and malformed addresses are checked before Next sees them
 *   (lib/serving/request-rules.mjs): Next answers TRACE with a 500 before any
 *   proxy code can run.
 * - Pages prerendered at build time are kept in memory exactly as Next first
 *   answered them, compressed once, and replayed to readers
 *   (lib/serving/page-cache.mjs); everything else (client navigation payloads,
 *   the sleep test's form, redirects, 404s) goes to Next.
 * Environment: PORT (3000), HOSTNAME (127.0.0.1), PAGE_CACHE_MB (64).
 * @see https://nextjs.org/docs/app/guides/custom-server
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { cachedPage, createPageCache, isPlainPageRequest, sendCachedPage } from '../lib/serving/page-cache.mjs';
import { rejection } from '../lib/serving/request-rules.mjs';

// Set before Next (and React through it) loads: both choose their production code from it at load time.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '127.0.0.1';
const cacheBytes = Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Every address Next prerendered at build time: the only ones worth keeping. */
const prerendered = new Set(Object.keys(JSON.parse(readFileSync(path.join(root, '.next/prerender-manifest.json'), 'utf8')).routes));
const cache = createPageCache(cacheBytes);
/** Marks the server's own requests for a page it is about to keep, so they go to Next. */
const fillToken = randomUUID();
/** @type {Map<string, Promise<void>>} */
const filling = new Map();

/** Asks Next for a page once, over loopback, and keeps it if Next answered it from its prerendered files. */
function fill(pathname) {
  if (filling.has(pathname)) return;
  const done = fetch(`http://${hostname}:${port}${pathname}`, { headers: { 'x-page-cache-fill': fillToken, 'accept-encoding': 'identity' } })
    .then(async (response) => {
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status === 200 && response.headers.get('x-nextjs-cache') === 'HIT') cache.set(pathname, cachedPage(response.headers, body));
    })
    .catch((error) => console.error(`page cache: could not keep ${pathname}: ${error.message}`))
    .finally(() => filling.delete(pathname));
  filling.set(pathname, done);
}

const server = createServer((request, response) => {
  const pathname = (request.url ?? '/').split('?')[0];
  const rejected = rejection(request.method ?? '', pathname);
  if (rejected) {
    response.writeHead(rejected.status, { 'content-type': 'text/plain; charset=utf-8', ...rejected.headers });
    response.end(`${rejected.text}\n`);
    return;
  }
  if (request.headers['x-page-cache-fill'] !== fillToken && isPlainPageRequest(request) && prerendered.has(pathname)) {
    const page = cache.get(pathname);
    if (page) return sendCachedPage(request, response, page);
    fill(pathname);
  }
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Internal server error.\n');
  });
});
server.listen(port, hostname, () => console.log(`> Ready on http://${hostname}:${port}`));
