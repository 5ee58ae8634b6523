import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cachedPage, createPageCache, isPlainPageRequest, matchesEtag, preferredEncoding, sendCachedPage, variantEtag } from './page-cache.mjs';

const html = Buffer.from(`<!doctype html><title>Calm</title>${'<p>Slow breathing before bed.</p>'.repeat(200)}`);
const nextHeaders = () =>
  new Headers({
    'content-type': 'text/html; charset=utf-8',
    etag: '"abc"',
    vary: 'rsc, Accept-Encoding',
    'cache-control': 's-maxage=31536000',
    'content-security-policy': "default-src 'self'",
    date: 'Tue, 24 Nov 2026 17:00:00 GMT',
    connection: 'keep-alive',
    'content-length': String(html.length),
  });

/** A response double that records what the server wrote. */
function recordingResponse() {
  const sent: { status?: number; headers?: Record<string, string>; body?: Buffer } = {};
  const response = Object.assign(new EventEmitter(), {
    writeHead(status: number, headers: Record<string, string>) {
      sent.status = status;
      sent.headers = headers;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  });
  return { response: response as unknown as ServerResponse, sent };
}
const request = (headers: Record<string, string>, method = 'GET') => ({ method, url: '/', headers }) as unknown as IncomingMessage;

describe('isPlainPageRequest', () => {
  it('accepts a browser loading a page', () => {
    expect(isPlainPageRequest({ method: 'GET', url: '/articles', headers: { accept: 'text/html' } })).toBe(true);
    expect(isPlainPageRequest({ method: 'HEAD', url: '/', headers: {} })).toBe(true);
  });

  it("leaves Next's client navigations, queries and forms to Next", () => {
    expect(isPlainPageRequest({ method: 'GET', url: '/articles', headers: { rsc: '1' } })).toBe(false);
    expect(isPlainPageRequest({ method: 'GET', url: '/articles', headers: { 'next-router-prefetch': '1' } })).toBe(false);
    expect(isPlainPageRequest({ method: 'GET', url: '/articles?_rsc=x1', headers: {} })).toBe(false);
    expect(isPlainPageRequest({ method: 'POST', url: '/sleep-test', headers: {} })).toBe(false);
  });
});

describe('preferredEncoding', () => {
  it('prefers Brotli, then gzip, then none', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('')).toBe('identity');
    expect(preferredEncoding(undefined)).toBe('identity');
  });

  it('respects q=0', () => {
    expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(preferredEncoding('br;q=0.0, gzip;q=0')).toBe('identity');
  });
});

describe('cachedPage', () => {
  it("keeps the page's headers, drops the connection's, and compresses text once", async () => {
    const page = await cachedPage(nextHeaders(), html);
    expect(page.status).toBe(200);
    expect(page.headers).toEqual({
      'content-type': 'text/html; charset=utf-8',
      etag: '"abc"',
      vary: 'rsc, Accept-Encoding',
      'cache-control': 's-maxage=31536000',
      'content-security-policy': "default-src 'self'",
    });
    expect(gunzipSync(page.bodies.gzip!)).toEqual(html);
    expect(brotliDecompressSync(page.bodies.br!)).toEqual(html);
    expect(page.size).toBe(html.length + page.bodies.gzip!.length + page.bodies.br!.length);
  });

  it('does not compress images, and makes an ETag when Next sent none', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const page = await cachedPage(new Headers({ 'content-type': 'image/png' }), png);
    expect(page.bodies).toEqual({ identity: png });
    expect(page.headers.etag).toMatch(/^"[\w-]+"$/);
  });

  it('compresses on the thread pool: the event loop keeps turning meanwhile', async () => {
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    await cachedPage(nextHeaders(), Buffer.concat(Array.from({ length: 40 }, () => html)));
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
  });
});

describe('createPageCache', () => {
  const page = (bytes: number) => ({ status: 200, headers: {}, bodies: { identity: Buffer.alloc(bytes) }, size: bytes });

  it('keeps pages while there is room, and forgets the least recently used for a page asked for more often', () => {
    const cache = createPageCache(100);
    cache.get('/a');
    cache.set('/a', page(40));
    cache.get('/b');
    cache.set('/b', page(40));
    cache.get('/a');
    for (let visit = 0; visit < 3; visit += 1) cache.get('/c');
    expect(cache.wants('/c')).toBe(true);
    expect(cache.set('/c', page(40))).toBe(true);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.bytes).toBe(80);
  });

  it('does not thrash: a client cycling through more pages than fit leaves the kept pages in place', () => {
    const cache = createPageCache(100);
    const paths = Array.from({ length: 10 }, (_, index) => `/page-${index}`);
    let fills = 0;
    // After the first round the loop starts just past the kept pages, so each miss comes right before them.
    const loop = [...paths.slice(3), ...paths.slice(0, 3)];
    for (let round = 0; round < 20; round += 1) {
      for (const path of round === 0 ? paths : loop) {
        if (!cache.get(path) && cache.wants(path) && cache.set(path, page(30))) fills += 1;
      }
    }
    expect(cache.size).toBe(3);
    // Only the first round fills; every later miss is left to Next, costing what an uncached request costs.
    expect(fills).toBe(3);
  });

  it('lets a page that grows popular in', () => {
    const cache = createPageCache(100);
    for (const path of ['/a', '/b', '/c']) {
      cache.get(path);
      cache.set(path, page(30));
    }
    expect(cache.wants('/new')).toBe(false);
    for (let visit = 0; visit < 5; visit += 1) cache.get('/new');
    expect(cache.wants('/new')).toBe(true);
  });

  it('never keeps a page bigger than the whole cache, and counts a replaced page once', () => {
    const cache = createPageCache(100);
    expect(cache.set('/huge', page(101))).toBe(false);
    expect(cache.size).toBe(0);
    cache.set('/a', page(30));
    cache.set('/a', page(50));
    expect(cache.bytes).toBe(50);
  });
});

describe('validators', () => {
  it('gives each encoding its own ETag', () => {
    expect(variantEtag('"abc"', 'identity')).toBe('"abc"');
    expect(variantEtag('"abc"', 'gzip')).toBe('"abc-gzip"');
    expect(variantEtag('W/"abc"', 'br')).toBe('W/"abc-br"');
  });

  it('compares If-None-Match weakly, and takes *', () => {
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abc-gzip"', '"abc"')).toBe(false);
    expect(matchesEtag('"ab"', '"abc"')).toBe(false);
  });
});

describe('sendCachedPage', async () => {
  const page = await cachedPage(nextHeaders(), html);

  it('sends Brotli to a browser that takes it, with its length, encoding and ETag', () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({ 'accept-encoding': 'gzip, br' }), response, page);
    expect(sent.status).toBe(200);
    expect(sent.headers).toMatchObject({
      'x-page-cache': 'hit',
      'content-encoding': 'br',
      etag: '"abc-br"',
      'content-length': String(page.bodies.br!.length),
      'content-security-policy': "default-src 'self'",
    });
    expect(brotliDecompressSync(sent.body!)).toEqual(html);
  });

  it('sends the plain body to a client that takes no encoding', () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({}), response, page);
    expect(sent.headers?.['content-encoding']).toBeUndefined();
    expect(sent.headers?.etag).toBe('"abc"');
    expect(sent.body).toEqual(html);
  });

  it('answers a matching If-None-Match with 304 and no body, weak, strong or *, as Next does', () => {
    for (const ifNoneMatch of ['W/"x", "abc"', 'W/"abc"', '*']) {
      const { response, sent } = recordingResponse();
      sendCachedPage(request({ 'if-none-match': ifNoneMatch }), response, page);
      expect(sent.status, ifNoneMatch).toBe(304);
      expect(sent.headers?.['content-security-policy'], "the page's own CSP").toBe("default-src 'self'");
      expect(sent.body).toBeUndefined();
    }
  });

  it("does not take one encoding's ETag for another's", () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({ 'if-none-match': '"abc"', 'accept-encoding': 'gzip' }), response, page);
    expect(sent.status).toBe(200);
    expect(sent.headers?.etag).toBe('"abc-gzip"');
  });

  it('sends headers but no body for HEAD', () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({}, 'HEAD'), response, page);
    expect(sent.status).toBe(200);
    expect(sent.headers?.['content-length']).toBe(String(html.length));
    expect(sent.body).toBeUndefined();
  });

  it('replays the 404 page with its status, never as a 304', async () => {
    const notFound = await cachedPage(nextHeaders(), html, 404);
    const { response, sent } = recordingResponse();
    sendCachedPage(request({ 'if-none-match': '*' }), response, notFound);
    expect(sent.status).toBe(404);
    expect(sent.body).toEqual(html);
  });
});
