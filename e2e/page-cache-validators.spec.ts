/**
 * `npm start`'s page cache answers validators as Next does and keeps the 404
 * page: weak and `*` If-None-Match get a 304, each encoding has its own ETag,
 * and distinct unknown addresses are answered from memory with Next's own 404.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';

const path = '/articles/warm-bath-before-bed';

/** Asks until the server answers from memory (it keeps a page after its first visit). */
async function fromMemory(request: APIRequestContext, address: string, headers: Record<string, string> = {}) {
  let response = await request.get(address, { headers });
  await expect.poll(async () => (response = await request.get(address, { headers })).headers()['x-page-cache'], { timeout: 10_000 }).toBe('hit');
  return response;
}

test('weak and * If-None-Match get a 304, as from Next', async ({ request }) => {
  const { etag } = (await fromMemory(request, path)).headers();
  for (const ifNoneMatch of [etag, `W/${etag}`, '*', `"other", W/${etag}`]) {
    const answer = await request.get(path, { headers: { 'if-none-match': ifNoneMatch } });
    expect(answer.status(), ifNoneMatch).toBe(304);
    expect(answer.headers()['x-content-type-options']).toBe('nosniff');
  }
  expect((await request.get(path, { headers: { 'if-none-match': '"other"' } })).status()).toBe(200);
});

test('each encoding has its own ETag, and only that encoding revalidates with it', async ({ request }) => {
  const etags = new Map<string, string>();
  for (const encoding of ['identity', 'gzip', 'br']) {
    const answer = await fromMemory(request, path, { 'accept-encoding': encoding });
    expect(answer.headers()['content-encoding'] ?? 'identity').toBe(encoding);
    etags.set(encoding, answer.headers().etag);
    expect((await request.get(path, { headers: { 'accept-encoding': encoding, 'if-none-match': answer.headers().etag } })).status()).toBe(304);
  }
  expect(new Set(etags.values()).size).toBe(3);
  expect((await request.get(path, { headers: { 'accept-encoding': 'br', 'if-none-match': etags.get('gzip')! } })).status()).toBe(200);
});

test('unknown addresses get the 404 page from memory, the same page Next renders', async ({ request }) => {
  await fromMemory(request, '/no-such-page-1');
  const fromNext = await request.get('/no-such-page?from=next');
  for (const address of ['/no-such-page-2', '/articles/no-such-article', '/_not-found', '/_global-error']) {
    const answer = await request.get(address);
    expect(answer.status(), address).toBe(404);
    expect(answer.headers()['x-page-cache'], address).toBe('hit');
    expect(await answer.body()).toEqual(await fromNext.body());
    for (const name of ['content-security-policy', 'cache-control', 'content-type']) expect(answer.headers()[name], name).toBe(fromNext.headers()[name]);
  }
});
