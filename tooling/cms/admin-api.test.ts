/**
 * Requests to the CMS's API: refused without Keystatic's headers, from another
 * host name, for a path outside content/ and public/images/, and (422) for a
 * save content:check would fail; none of them writes anything.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminApi } from './admin-api';

const article = 'content/articles/warm-bath-before-bed.mdx';
const before = readFileSync(article);
const encode = (text: string) => Buffer.from(text).toString('base64url');

function update(body: unknown, { host = '127.0.0.1:3000', headers = { 'no-cors': '1', 'content-type': 'application/json' } as Record<string, string> } = {}) {
  return adminApi(new Request(`http://${host}/api/keystatic/update`, { method: 'POST', headers: { host, ...headers }, body: JSON.stringify(body) }));
}

describe('the CMS API under npm run dev', () => {
  beforeEach(() => vi.stubEnv('NODE_ENV', 'development'));
  afterEach(() => {
    vi.unstubAllEnvs();
    expect(readFileSync(article).equals(before)).toBe(true);
  });

  it('refuses a save without Keystatic headers', async () => {
    expect((await update({ additions: [], deletions: [] }, { headers: { 'content-type': 'text/plain' } })).status).toBe(400);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const response = await update({ additions: [{ path: article, contents: encode('x') }], deletions: [] }, { host: 'attacker.example:3000' });
    expect(response.status).toBe(403);
  });

  it('refuses paths outside content/ and public/images/', async () => {
    for (const path of ['package.json', 'content/../package.json', 'public/og/x.png', '/etc/passwd', 'content\\articles\\x.mdx']) {
      const response = await update({ additions: [{ path, contents: encode('x') }], deletions: [] });
      expect(response.status, path).toBe(400);
    }
    expect((await update({ additions: [], deletions: [{ path: 'next.config.mjs' }] })).status).toBe(400);
  });

  it('refuses with 422 a save that would break the build, naming file, field and problem', async () => {
    const text = before
      .toString('utf8')
      .replace(/^description: [\s\S]*?\npublishedAt:/m, 'description: A description of forty characters, too short\npublishedAt:');
    const response = await update({ additions: [{ path: article, contents: encode(text) }], deletions: [] });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/content\/articles\/warm-bath-before-bed\.mdx:\d+:\d+ {2}schema\/invalid {2}description: description is too short/);
  });

  it('refuses deleting an author posts still name', async () => {
    const response = await update({ additions: [], deletions: [{ path: 'content/authors/maya-lindqvist.yaml' }] });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/author "maya-lindqvist" does not match any file/);
  });
});

describe('the CMS API in production without GitHub storage', () => {
  it('answers 404', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect((await adminApi(new Request('http://127.0.0.1:3000/api/keystatic/tree', { headers: { host: '127.0.0.1:3000', 'no-cors': '1' } }))).status).toBe(404);
    vi.unstubAllEnvs();
  });
});
