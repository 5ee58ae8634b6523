/**
 * The production server (`npm start`, scripts/server.mjs) replays prerendered
 * pages from memory. A replay must be the very page Next sends, with the same
 * security headers, and must never stand in for Next's other answers.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';

const pages = ['/', '/articles/warm-bath-before-bed', '/guides/neck-and-shoulder-massage', '/articles', '/sleep-test', '/feed.xml'];
/** Next sends prerendered pages with an ETag, but a route handler's answer (the feed) without one. */
const withoutNextEtag = new Set(['/feed.xml']);
const pageHeaders = [
  'content-type',
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'vary',
  'cache-control',
];

/** Asks for a page until the server answers it from memory (it keeps a page after its first visit). */
async function replayed(request: APIRequestContext, path: string) {
  let response = await request.get(path);
  await expect.poll(async () => (response = await request.get(path)).headers()['x-page-cache'], { timeout: 10_000 }).toBe('hit');
  return response;
}

for (const path of pages) {
  test(`${path} from memory is the page Next renders, with the same headers`, async ({ request }) => {
    const fromMemory = await replayed(request, path);
    // A query string always goes to Next.
    const fromNext = await request.get(`${path}?from=next`);
    expect(fromNext.headers()['x-page-cache']).toBeUndefined();
    expect(fromMemory.status()).toBe(200);
    expect(await fromMemory.body()).toEqual(await fromNext.body());
    for (const name of pageHeaders) expect(fromMemory.headers()[name], name).toBe(fromNext.headers()[name]);
    // Next's own ETag, marked with the encoding of a compressed replay ("abc" → "abc-br"); a feed, which Next
    // sends without one, gets one of its own, so readers' caches can revalidate it.
    const encoding = fromMemory.headers()['content-encoding'];
    const nextEtag = fromNext.headers().etag;
    if (withoutNextEtag.has(path)) expect(nextEtag, 'Next sends no ETag').toBeUndefined();
    else expect(fromMemory.headers().etag).toBe(encoding ? nextEtag?.replace(/"$/, `-${encoding}"`) : nextEtag);
    expect(fromMemory.headers().etag).toMatch(/^"[^"]+"$/);
  });
}

test('a page from memory is compressed with Brotli for browsers that take it, and 304 when unchanged', async ({ request }) => {
  const path = '/articles/warm-bath-before-bed';
  const first = await replayed(request, path);
  const compressed = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(compressed.headers()['content-encoding']).toBe('br');
  expect(await compressed.body()).toEqual(await first.body());
  const unchanged = await request.get(path, { headers: { 'if-none-match': first.headers().etag } });
  expect(unchanged.status()).toBe(304);
});

test("Next's client navigation payloads and redirects never come from memory", async ({ request }) => {
  const path = '/guides';
  await replayed(request, path);
  const payload = await request.get(path, { headers: { rsc: '1' } });
  expect(payload.headers()['x-page-cache']).toBeUndefined();
  expect(payload.headers()['content-type']).toContain('text/x-component');
  const slashed = await request.get(`${path}/`, { maxRedirects: 0 });
  expect(slashed.status()).toBe(308);
});
