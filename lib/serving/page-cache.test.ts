import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cachedPage, createPageCache, isPlainPageRequest, preferredEncoding, sendCachedPage } from './page-cache.mjs';

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
  it("keeps the page's headers, drops the connection's, and compresses text once", () => {
    const page = cachedPage(nextHeaders(), html);
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

  it('does not compress images, and makes an ETag when Next sent none', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const page = cachedPage(new Headers({ 'content-type': 'image/png' }), png);
    expect(page.bodies).toEqual({ identity: png });
    expect(page.headers.etag).toMatch(/^"[\w-]+"$/);
  });
});

describe('createPageCache', () => {
  const page = (bytes: number) => ({ headers: {}, bodies: { identity: Buffer.alloc(bytes) }, size: bytes });

  it('forgets the least recently used page when full', () => {
    const cache = createPageCache(100);
    cache.set('/a', page(40));
    cache.set('/b', page(40));
    cache.get('/a');
    cache.set('/c', page(40));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.bytes).toBe(80);
  });

  it('never keeps a page bigger than the whole cache, and counts a replaced page once', () => {
    const cache = createPageCache(100);
    cache.set('/huge', page(101));
    expect(cache.size).toBe(0);
    cache.set('/a', page(30));
    cache.set('/a', page(50));
    expect(cache.bytes).toBe(50);
  });
});

describe('sendCachedPage', () => {
  const page = cachedPage(nextHeaders(), html);

  it('sends Brotli to a browser that takes it, with its length and encoding', () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({ 'accept-encoding': 'gzip, br' }), response, page);
    expect(sent.status).toBe(200);
    expect(sent.headers).toMatchObject({ 'x-page-cache': 'hit', 'content-encoding': 'br', 'content-length': String(page.bodies.br!.length), 'content-security-policy': "default-src 'self'" });
    expect(brotliDecompressSync(sent.body!)).toEqual(html);
  });

  it('sends the plain body to a client that takes no encoding', () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({}), response, page);
    expect(sent.headers?.['content-encoding']).toBeUndefined();
    expect(sent.body).toEqual(html);
  });

  it('answers a matching If-None-Match with 304 and no body', () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({ 'if-none-match': 'W/"x", "abc"' }), response, page);
    expect(sent.status).toBe(304);
    expect(sent.body).toBeUndefined();
  });

  it('sends headers but no body for HEAD', () => {
    const { response, sent } = recordingResponse();
    sendCachedPage(request({}, 'HEAD'), response, page);
    expect(sent.status).toBe(200);
    expect(sent.headers?.['content-length']).toBe(String(html.length));
    expect(sent.body).toBeUndefined();
  });
});
