/**
 * The production server's memory of prerendered pages. Next answers every
 * request through its full router even when the page is a file written at
 * build time; keeping each such answer (exactly as Next sent it, headers
 * included) and replaying it lets one Node process serve several times more
 * readers. Bounded in bytes.
 *
 * What it keeps is chosen so that a page just forgotten costs no more than an
 * uncached one: keeping a page costs a second request to Next and compressing
 * it, so a page is only kept in place of others when it has been asked for
 * more often than they have (lib/serving/page-frequency.mjs). A client cycling
 * through more pages than fit then meets a steady cache, not one that turns
 * every request into a miss. Compression runs on libuv's thread pool, never
 * on the event loop.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { createPageFrequency } from './page-frequency.mjs';

/** @typedef {'br' | 'gzip' | 'identity'} Encoding */
/**
 * One kept page, exactly as Next answered it.
 * @typedef {{ status: number, headers: Record<string, string>, bodies: { identity: Buffer, gzip?: Buffer, br?: Buffer }, size: number }} CachedPage
 */
/**
 * @typedef {object} PageCache
 * @property {(path: string) => CachedPage | undefined} get the kept page, counting the request
 * @property {(path: string) => boolean} wants whether a page not kept now is worth fetching and compressing to keep
 * @property {(path: string, page: CachedPage) => boolean} set keeps the page if it is admitted; whether it was
 * @property {number} bytes the bodies' total size
 * @property {number} size how many pages are kept
 */

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Headers that describe one connection or one encoding, not the page. */
const perResponseHeaders = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/** Router headers Next's client sends for its own payloads, which are answered differently from the page. */
const routerRequestHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];

/**
 * Whether a request asks for a page exactly as a reader's browser first loads
 * it: GET or HEAD, no query string, none of Next's router headers.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 */
export function isPlainPageRequest(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!request.url || request.url.includes('?')) return false;
  return routerRequestHeaders.every((name) => request.headers[name] === undefined);
}

/**
 * The encoding to send for an Accept-Encoding header: Brotli, then gzip, then none.
 * Honours q=0 ("not this one"); other weights are treated alike.
 * @param {string | undefined} acceptEncoding
 * @returns {Encoding}
 */
export function preferredEncoding(acceptEncoding = '') {
  /** @type {Set<string>} */
  const accepted = new Set();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...parameters] = part.trim().split(';');
    const refused = parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter));
    if (name && !refused) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

/** @param {string} [contentType] */
const compressible = (contentType = '') => /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript)|image\/svg\+xml)/.test(contentType);

/**
 * Each encoding of a page is a different representation, so each gets its own ETag: "abc" → "abc-br".
 * @param {string} etag
 * @param {Encoding} encoding
 * @returns {string}
 */
export const variantEtag = (etag, encoding) => (encoding === 'identity' ? etag : etag.replace(/"$/, `-${encoding}"`));

/**
 * One page to keep: its status, headers and body, compressed once now (off
 * the event loop) instead of on every request.
 * @param {Headers} headers the headers Next sent
 * @param {Buffer} body the uncompressed body
 * @param {number} [status] 200, or 404 for the not-found page
 * @returns {Promise<CachedPage>}
 */
export async function cachedPage(headers, body, status = 200) {
  /** @type {Record<string, string>} */
  const kept = {};
  headers.forEach((value, name) => {
    if (!perResponseHeaders.has(name)) kept[name] = value;
  });
  kept.etag ??= `"${createHash('sha1').update(body).digest('base64url')}"`;
  /** @type {{ identity: Buffer, gzip?: Buffer, br?: Buffer }} */
  const bodies = { identity: body };
  if (compressible(kept['content-type'])) {
    [bodies.gzip, bodies.br] = await Promise.all([
      gzipAsync(body, { level: 9 }),
      brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    ]);
  }
  const size = Object.values(bodies).reduce((total, variant) => total + variant.length, 0);
  return { status, headers: kept, bodies, size };
}

/**
 * A store of pages by path, holding at most `maxBytes` of bodies. Every `get`
 * counts as a request for the page; when full, a page is admitted only if it
 * has been asked for more often than each page it would push out (those least
 * recently used first), by more than one request.
 * @param {number} maxBytes
 * @param {{ sampleSize?: number }} [options] requests between halvings of the counts
 * @returns {PageCache}
 */
export function createPageCache(maxBytes, { sampleSize = 10_000 } = {}) {
  /** @type {Map<string, CachedPage>} */
  const pages = new Map();
  const frequency = createPageFrequency(sampleSize);
  /**
   * Sizes of pages kept before, to judge their admission before asking Next for them again.
   * @type {Map<string, number>}
   */
  const sizes = new Map();
  let bytes = 0;

  /**
   * The pages that would go to make room for `size` more bytes, least recently used first (none when it fits).
   * @param {number} size
   */
  function victimsFor(size) {
    /** @type {string[]} */
    const victims = [];
    let freed = maxBytes - bytes;
    for (const [path, page] of pages) {
      if (freed >= size) break;
      victims.push(path);
      freed += page.size;
    }
    return victims;
  }
  // More often by more than one request: a client going round in a loop has just asked for the page it
  // wants in, once more than for the next page it would push out, which it will ask for next.
  /** @type {(path: string, size: number) => boolean} */
  const admits = (path, size) => size <= maxBytes && victimsFor(size).every((victim) => victim === path || frequency.of(path) > frequency.of(victim) + 1);

  return {
    get(path) {
      frequency.record(path);
      const page = pages.get(path);
      if (page) {
        // Map keeps insertion order: re-inserting marks the page as the most recently used.
        pages.delete(path);
        pages.set(path, page);
      }
      return page;
    },
    /** Whether a page not kept now is worth fetching and compressing to keep. */
    wants(path) {
      // A page never fetched is judged as the size of an average kept page.
      return admits(path, sizes.get(path) ?? (pages.size ? bytes / pages.size : 1));
    },
    set(path, page) {
      sizes.set(path, page.size);
      if (!admits(path, page.size)) return false;
      const previous = pages.get(path);
      if (previous) bytes -= previous.size;
      pages.delete(path);
      for (const victim of victimsFor(page.size)) {
        bytes -= pages.get(victim)?.size ?? 0;
        pages.delete(victim);
      }
      pages.set(path, page);
      bytes += page.size;
      return true;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return pages.size;
    },
  };
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison, as for GET) or is `*`.
 * @param {string} ifNoneMatch
 * @param {string} etag
 */
export function matchesEtag(ifNoneMatch, etag) {
  /** @param {string} tag */
  const opaque = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Sends a kept page: 304 when the reader already has it, else the body in the
 * best encoding the reader takes (none for HEAD).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {CachedPage} page
 */
export function sendCachedPage(request, response, page) {
  const wanted = preferredEncoding(request.headers['accept-encoding']);
  const encoding = page.bodies[wanted] ? wanted : 'identity';
  const body = page.bodies[encoding] ?? page.bodies.identity;
  const etag = variantEtag(page.headers.etag, encoding);
  const ifNoneMatch = request.headers['if-none-match'];
  if (page.status === 200 && ifNoneMatch && matchesEtag(ifNoneMatch, etag)) {
    // The page's own headers, its CSP above all: a browser replaces the stored page's headers with a 304's.
    const { 'content-type': _type, ...headers } = page.headers;
    response.writeHead(304, { ...headers, etag });
    response.end();
    return;
  }
  // x-page-cache tells an operator (and the tests) the answer came from memory, not from Next.
  /** @type {Record<string, string>} */
  const headers = { ...page.headers, etag, 'x-page-cache': 'hit', 'content-length': String(body.length) };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  response.writeHead(page.status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}
