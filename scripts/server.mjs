#!/usr/bin/env node
/**
 * The production server (`npm start`): Next's own request handler behind a
 * few small front doors, each linear in the request's size.
 * - Every answer starts with the shared security headers
 *   (lib/serving/answer-headers.mjs); a page's own CSP replaces the strict one.
 * - Addresses, methods and sizes are checked before Next sees them
 *   (lib/serving/request-rules.mjs): Next answers TRACE with a 500 before any
 *   proxy code can run, and would buffer 10 MB of any body.
 * - POST bodies (only the sleep test's form takes one) are read here, up to a
 *   small limit, and handed to Next whole (lib/serving/request-body.mjs).
 * - Pages prerendered at build time, and the 404 page, are kept in memory
 *   exactly as Next first answered them, compressed once, and replayed
 *   (lib/serving/page-cache.mjs, lib/serving/not-found-addresses.mjs);
 *   everything else (client navigation payloads, the sleep test's form,
 *   redirects) goes to Next.
 * - Slow clients are cut off and connections capped (lib/serving/connection-limits.mjs).
 * Environment: PORT (3000), HOSTNAME (127.0.0.1), PAGE_CACHE_MB (64).
 * @see https://nextjs.org/docs/app/guides/custom-server
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { presetAnswerHeaders, sendPlain } from '../lib/serving/answer-headers.mjs';
import { applyConnectionLimits, serverOptions } from '../lib/serving/connection-limits.mjs';
import { internalPages, notFoundTestForBuild } from '../lib/serving/not-found-addresses.mjs';
import { cachedPage, createPageCache, isPlainPageRequest, sendCachedPage } from '../lib/serving/page-cache.mjs';
import { callsKnownAction, hasBody, maxBodyBytes, readBody, replayRequest } from '../lib/serving/request-body.mjs';
import { cmsApiPattern, maxTargetLength, originForm, rejection } from '../lib/serving/request-rules.mjs';

// Set before Next (and React through it) loads: both choose their production code from it at load time.
// (Next's types declare NODE_ENV read-only, as it is inside a bundle; this script is no bundle.)
Object.assign(process.env, { NODE_ENV: 'production' });
const { default: next } = await import('next');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '127.0.0.1';
const cacheBytes = Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const isNotFound = notFoundTestForBuild(root);
/** Every address Next prerendered at build time (its internal pages aside): the only ones worth keeping. */
const prerenderedRoutes = Object.keys(JSON.parse(readFileSync(path.join(root, '.next/prerender-manifest.json'), 'utf8')).routes);
const prerendered = new Set(prerenderedRoutes.filter((route) => !internalPages.includes(route)));
/** The build's server actions (the sleep test's): the only thing a POST may call. */
const actionIds = Object.keys(JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')).node);
const cache = createPageCache(cacheBytes, { sampleSize: Math.max(10_000, 10 * prerendered.size) });
/** Marks the server's own requests for a page it is about to keep, so they go to Next. */
const fillToken = randomUUID();
/** @type {Map<string, Promise<void>>} */
const filling = new Map();
/** @type {CachedPage | undefined} */
let notFoundPage;
const notFoundKey = `/_page-cache-not-found-${fillToken}`;

/** @typedef {import('../lib/serving/page-cache.mjs').CachedPage} CachedPage */
/** @typedef {(status: number, page: CachedPage) => void} KeepPage */

/**
 * Asks Next for a page once, over loopback, and keeps it if Next answered it from its prerendered files.
 * @param {string} pathname
 * @param {KeepPage} keep
 */
function fill(pathname, keep) {
  if (filling.has(pathname)) return;
  const done = fetch(`${origin()}${pathname}`, { headers: { 'x-page-cache-fill': fillToken, 'accept-encoding': 'identity' } })
    .then(async (response) => {
      const body = Buffer.from(await response.arrayBuffer());
      if (response.headers.get('x-nextjs-cache') === 'HIT') keep(response.status, await cachedPage(response.headers, body, response.status));
    })
    .catch((error) => console.error(`page cache: could not keep ${pathname}: ${error.message}`))
    .finally(() => filling.delete(pathname));
  filling.set(pathname, done);
}
/** This server's own address (PORT=0 picks a free port). */
function origin() {
  const address = server.address();
  return `http://${hostname}:${typeof address === 'object' && address ? address.port : port}`;
}
/** @type {(pathname: string) => KeepPage} */
const keepPage = (pathname) => (status, page) => {
  if (status === 200) cache.set(pathname, page);
};
/** @type {KeepPage} */
const keepNotFound = (status, page) => {
  notFoundPage = status === 404 ? page : undefined;
};

/**
 * A form POST: its body read here (refused past the limit or malformed, one log line each), then handed to Next.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} pathname
 */
async function handlePost(request, response, pathname) {
  if (request.headers.expect?.toLowerCase() === '100-continue' && Number(request.headers['content-length'] ?? 0) <= maxBodyBytes) response.writeContinue();
  const read = await readBody(request);
  if ('aborted' in read) return;
  const result =
    'body' in read && !callsKnownAction(request.headers, read.body, actionIds)
      ? { status: 400, text: 'Bad request: the form is not one of this site’s.' }
      : read;
  if ('status' in result) {
    console.warn(`refused ${result.status} POST ${pathname}: ${result.text}`);
    return sendPlain(response, result.status, result.text, {}, true);
  }
  return handleWithNext(replayRequest(request, result.body), response);
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function handleWithNext(request, response) {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) sendPlain(response, 500, 'Internal server error.');
    else response.end();
  });
}

/** @type {import('node:http').RequestListener} */
function answer(request, response) {
  presetAnswerHeaders(response);
  const target = originForm(request.url ?? '/');
  const close = hasBody(request.headers);
  if (target === undefined) return sendPlain(response, 400, 'Bad request: the request target is not an address.', {}, close);
  if (target.length > maxTargetLength) return sendPlain(response, 414, 'URI too long.', {}, close);
  request.url = target;
  const query = target.indexOf('?');
  const pathname = query === -1 ? target : target.slice(0, query);
  const rejected = rejection(request.method ?? '', pathname);
  if (rejected) return sendPlain(response, rejected.status, rejected.text, rejected.headers, close);
  // The CMS's API takes JSON, not forms; its own handler (tooling/cms/admin-api.ts) answers 404 where the CMS is off.
  if (request.method === 'POST' && cmsApiPattern.test(pathname)) return handleWithNext(request, response);
  if (request.method === 'POST') return void handlePost(request, response, pathname);
  // Next's internal pages are the 404 page to a reader; Next itself would send /_global-error as a 500 cached for a year.
  if (internalPages.includes(pathname) && request.headers['x-page-cache-fill'] !== fillToken) request.url = `${notFoundKey}${target.slice(pathname.length)}`;
  if (request.headers['x-page-cache-fill'] !== fillToken && isPlainPageRequest(request)) {
    if (prerendered.has(pathname)) {
      const page = cache.get(pathname);
      if (page) return sendCachedPage(request, response, page);
      if (cache.wants(pathname)) fill(pathname, keepPage(pathname));
    } else if (isNotFound(pathname)) {
      // One page answers every unknown address: Next renders it the same for each.
      if (notFoundPage) return sendCachedPage(request, response, notFoundPage);
      fill(notFoundKey, keepNotFound);
    }
  }
  handleWithNext(request, response);
}

const server = applyConnectionLimits(createServer(serverOptions, answer));
// Requests with "Expect: 100-continue" come here instead; handlePost decides whether to say continue.
server.on('checkContinue', answer);
server.listen(port, hostname, () => console.log(`> Ready on ${origin()}`));
