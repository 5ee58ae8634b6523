/**
 * What a reader's browser is promised: strict security headers on every page,
 * no request to any other host, no Content-Security-Policy violation, and
 * external links that send nothing about the reader.
 */
import { expect, test } from '@playwright/test';
import { readSitemap, sitePath } from './helpers/crawl';

const requiredHeaders = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
};
const requiredDirectives = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"];

/** One page of each kind a reader meets, plus the 404 page. */
const pageTypes = ['/', '/articles', '/guides', '/search?q=bath', '/sleep-test', '/about', '/no/such/page'];

test('every page and the 404 answer with the security headers and a strict script policy', { tag: '@static' }, async ({ request }) => {
  test.setTimeout(120_000);
  const paths = [...new Set([...(await readSitemap(request)).map((entry) => sitePath(entry.loc)), ...pageTypes])];
  for (const path of paths) {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(requiredHeaders)) expect.soft(headers[name], `${path} ${name}`).toMatch(pattern);
    const policy = headers['content-security-policy'] ?? '';
    for (const directive of requiredDirectives) expect.soft(policy, `${path} CSP has ${directive}`).toContain(directive);
    const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
    expect.soft(scriptSrc, `${path} script-src`).toMatch(/'self'/);
    expect.soft(scriptSrc, `${path} script-src allows no inline scripts by default`).not.toContain("'unsafe-inline'");
    expect.soft(scriptSrc, `${path} script-src allows no eval`).not.toContain("'unsafe-eval'");
  }
});

test('pages load nothing from another host and break no part of the policy', { tag: '@static' }, async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  const article = sitePath((await readSitemap(page.request)).map((entry) => entry.loc).find((loc) => /\/articles\/[^/]+$/.test(loc) && !/\/page\//.test(loc))!);
  for (const path of [...pageTypes, article]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Search runs Pagefind's WebAssembly; the theme toggle and client navigation run our scripts.
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search articles and guides' }).last().fill('massage');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('link', { name: 'Guides', exact: true }).first().click();
  await expect(page).toHaveURL(/\/guides$/);
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(problems, 'policy violations and script errors').toEqual([]);
});

test('external links in articles and guides open without sending the reader’s address', { tag: '@static' }, async ({ page, request }) => {
  const posts = (await readSitemap(request))
    .map((entry) => sitePath(entry.loc))
    .filter((path) => /^\/(articles|guides)\/[^/]+$/.test(path) && !path.startsWith('/guides/area') && !path.startsWith('/guides/for'));
  let external = 0;
  for (const path of posts) {
    await page.goto(path);
    // One read per page: the page may be hydrating meanwhile, since the framework loads after the first paint.
    const links = await page
      .locator('main a[href^="http"]')
      .evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', rel: anchor.getAttribute('rel') ?? '' })));
    for (const { href, rel } of links) {
      if (new URL(href).origin === new URL(page.url()).origin) continue;
      external += 1;
      expect.soft(rel, `${path} ${href}`).toContain('noopener');
      expect.soft(rel, `${path} ${href}`).toContain('noreferrer');
    }
  }
  expect(external, 'the posts cite external sources').toBeGreaterThan(0);
});
