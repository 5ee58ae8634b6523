/**
 * The browser CMS on a deployment: off (404) without GitHub storage; with it
 * (dummy values here) the admin answers under its own policy and the GitHub
 * login leads to GitHub's authorisation page; reader pages ship none of it;
 * the static export has no admin at all.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const githubPort = Number(process.env.E2E_PORT ?? 3100) + 300;
const githubUrl = `http://127.0.0.1:${githubPort}`;
const githubStorage = {
  KEYSTATIC_GITHUB_REPO: 'example/calm-nights',
  KEYSTATIC_GITHUB_CLIENT_ID: 'Iv1.e2edummyclient',
  KEYSTATIC_GITHUB_CLIENT_SECRET: 'e2e-dummy-client-secret',
  KEYSTATIC_SECRET: 'e2e-dummy-signing-secret-of-forty-characters',
};

test.describe('without GitHub storage', () => {
  for (const address of ['/keystatic', '/keystatic/collection/articles', '/api/keystatic/tree', '/api/keystatic/github/login']) {
    test(`${address} answers 404`, async ({ request }) => {
      expect((await request.get(address, { maxRedirects: 0 })).status()).toBe(404);
    });
  }

  test('a save to the API answers 404', async ({ request }) => {
    const response = await request.post('/api/keystatic/update', {
      headers: { 'no-cors': '1', 'content-type': 'application/json' },
      data: { additions: [], deletions: [] },
    });
    expect(response.status()).toBe(404);
  });

  test("the article page's JavaScript holds no Keystatic code", async ({ page, request }) => {
    await page.goto('/articles/warm-bath-before-bed');
    const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(await (await request.get(src)).text(), src).not.toMatch(/keystatic/i);
  });
});

test.describe('with GitHub storage', () => {
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    server = spawn(process.execPath, ['scripts/server.mjs'], {
      env: { ...process.env, ...githubStorage, PORT: String(githubPort) },
      stdio: 'ignore',
      detached: true,
    });
    await expect.poll(async () => (await fetch(githubUrl).catch(() => undefined))?.status, { timeout: 60_000 }).toBe(200);
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  test('the admin answers 200 under its own policy: no eval, no host but GitHub', async ({ request }) => {
    const response = await request.get(`${githubUrl}/keystatic`);
    expect(response.status()).toBe(200);
    const policy = response.headers()['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    const hosts = policy.match(/https:\/\/[^\s;]+/g) ?? [];
    expect(
      hosts.every((host) => /^https:\/\/([a-z]+\.)?github(usercontent)?\.com$/.test(host)),
      hosts.join(' '),
    ).toBe(true);
  });

  test('the admin loads in the browser with no policy violation and no other host', async ({ page }) => {
    const offsite: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== githubUrl) offsite.push(r.url());
    });
    const violations: string[] = [];
    page.on('console', (message) => /Content.Security.Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
    await page.goto(`${githubUrl}/keystatic`);
    await expect(page.getByText('Log in with GitHub')).toBeVisible({ timeout: 30_000 });
    expect(violations).toEqual([]);
    expect(offsite).toEqual([]);
  });

  test("the GitHub login leads to GitHub's authorisation page with the configured client id", async ({ request }) => {
    const response = await request.get(`${githubUrl}/api/keystatic/github/login`, { maxRedirects: 0 });
    expect([302, 307]).toContain(response.status());
    const location = new URL(response.headers()['location']);
    expect(`${location.origin}${location.pathname}`).toBe('https://github.com/login/oauth/authorize');
    expect(location.searchParams.get('client_id')).toBe(githubStorage.KEYSTATIC_GITHUB_CLIENT_ID);
  });

  test('reader pages keep their own policy', async ({ request }) => {
    const policy = (await request.get(`${githubUrl}/articles/warm-bath-before-bed`)).headers()['content-security-policy'];
    const scripts = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    expect(scripts).toMatch(/^'self'( 'sha256-[^']+')+$/);
  });
});

test('the static export has no admin', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  expect(existsSync('out')).toBe(true);
  expect(files('out').filter((file) => /keystatic/i.test(file))).toEqual([]);
});
