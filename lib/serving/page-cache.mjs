/**
 * The production server's memory of prerendered pages. Next answers every
 * request through its full router even when the page is a file written at
 * build time; keeping each such answer (exactly as Next sent it, headers
 * included) and replaying it lets one Node process serve several times more
 * readers. Bounded in bytes, least recently used out first.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function preferredEncoding(acceptEncoding = '') {
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

const compressible = (contentType = '') => /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript)|image\/svg\+xml)/.test(contentType);

/**
 * One page to keep: its status, headers and body, compressed once now instead of on every request.
 * @param {Headers} headers the headers Next sent
 * @param {Buffer} body the uncompressed body
 */
export function cachedPage(headers, body) {
  /** @type {Record<string, string>} */
  const kept = {};
  headers.forEach((value, name) => {
    if (!perResponseHeaders.has(name)) kept[name] = value;
  });
  kept.etag ??= `"${createHash('sha1').update(body).digest('base64url')}"`;
  const bodies = { identity: body };
  if (compressible(kept['content-type'])) {
    bodies.gzip = gzipSync(body, { level: 9 });
    bodies.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  const size = Object.values(bodies).reduce((total, variant) => total + variant.length, 0);
  return { headers: kept, bodies, size };
}

/**
 * A least-recently-used store of pages by path, holding at most `maxBytes` of bodies.
 * @param {number} maxBytes
 */
export function createPageCache(maxBytes) {
  /** @type {Map<string, ReturnType<typeof cachedPage>>} */
  const pages = new Map();
  let bytes = 0;
  return {
    get(path) {
      const page = pages.get(path);
      if (page) {
        // Map keeps insertion order: re-inserting marks the page as the most recently used.
        pages.delete(path);
        pages.set(path, page);
      }
      return page;
    },
    set(path, page) {
      if (page.size > maxBytes) return;
      const previous = pages.get(path);
      if (previous) bytes -= previous.size;
      pages.delete(path);
      pages.set(path, page);
      bytes += page.size;
      for (const [oldest, old] of pages) {
        if (bytes <= maxBytes) break;
        pages.delete(oldest);
        bytes -= old.size;
      }
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
 * Sends a kept page: 304 when the reader already has it, else the body in the
 * best encoding the reader takes (none for HEAD).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {ReturnType<typeof cachedPage>} page
 */
export function sendCachedPage(request, response, page) {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === page.headers.etag)) {
    response.writeHead(304, { etag: page.headers.etag, vary: page.headers.vary ?? '', 'cache-control': page.headers['cache-control'] ?? '' });
    response.end();
    return;
  }
  const encoding = preferredEncoding(request.headers['accept-encoding']);
  const body = page.bodies[encoding] ?? page.bodies.identity;
  // x-page-cache tells an operator (and the tests) the answer came from memory, not from Next.
  const headers = { ...page.headers, 'x-page-cache': 'hit', 'content-length': String(body.length) };
  if (body !== page.bodies.identity) headers['content-encoding'] = encoding;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}
