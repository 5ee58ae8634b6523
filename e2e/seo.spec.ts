/**
 * Crawls the production build as a search engine would: the sitemap, every
 * page in it plus the home page, the feeds, the Open Graph cards and the
 * redirects, and checks the HTML of every page with the W3C Nu HTML Checker.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { siteConfig } from '../lib/site-config';
import { type CrawledPage, crawlPage, pngSize, readSitemap, sameUrl, sitePath } from './helpers/crawl';
import { jsonLdProblems, urlsIn } from './helpers/json-ld-rules';
import { nuErrors } from './helpers/nu-checker';
import { publishedContent } from './helpers/published-content';

const expected = publishedContent();
/** Article and guide pages (index and filter pages share their prefixes). */
const isPost = (path: string, section: '/articles/' | '/guides/') => expected.published.includes(path) && path.startsWith(section);
let sitemap: { loc: string; lastmod?: string }[] = [];
const pages: CrawledPage[] = [];
let request: APIRequestContext;

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  // One visit per public page: allow about a second each on a slow machine.
  testInfo.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL;
  request = await playwright.request.newContext({ baseURL });
  sitemap = await readSitemap(request);
  const paths = [...new Set(['/', ...sitemap.map((entry) => sitePath(entry.loc))])];
  const page = await browser.newPage({ baseURL });
  for (const pagePath of paths) pages.push(await crawlPage(page, pagePath));
  await page.close();
});

test.afterAll(async () => request?.dispose());

test('the sitemap lists every published page once, with its last change, on the canonical origin', { tag: '@static' }, async () => {
  const paths = sitemap.map((entry) => sitePath(entry.loc));
  expect(new Set(paths).size, 'no page is listed twice').toBe(paths.length);
  expect(paths).toEqual(expect.arrayContaining(['/', ...expected.published]));
  // The test library (tooling/test-library) holds a draft and a scheduled post, so this always checks something.
  expect(expected.hidden.length, 'drafts and scheduled posts to look for').toBeGreaterThanOrEqual(2);
  for (const hidden of expected.hidden) expect(paths, `draft or scheduled ${hidden} is not listed`).not.toContain(hidden);
  for (const entry of sitemap) expect(Date.parse(entry.lastmod ?? ''), `${entry.loc} has a lastmod`).not.toBeNaN();
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteConfig.url}/sitemap.xml`);
});

test('every page answers 200 with one h1, a title and description within bounds and its own canonical URL', { tag: '@static' }, async () => {
  expect(pages.length).toBeGreaterThanOrEqual(1 + expected.published.length);
  for (const page of pages) {
    const own = `${siteConfig.url}${page.path}`;
    expect.soft(page.status, `${page.path} status`).toBe(200);
    expect.soft(page.html, `${page.path} declares the site's language`).toContain(`<html lang="${siteConfig.language}"`);
    expect.soft(page.h1, `${page.path} has exactly one h1`).toHaveLength(1);
    expect.soft(page.title.length, `${page.path} title "${page.title}" is 10 to 60 characters`).toBeGreaterThanOrEqual(10);
    expect.soft(page.title.length, `${page.path} title "${page.title}" is 10 to 60 characters`).toBeLessThanOrEqual(60);
    const description = page.meta.description ?? '';
    expect.soft(description.length, `${page.path} description is 70 to 160 characters`).toBeGreaterThanOrEqual(70);
    expect.soft(description.length, `${page.path} description is 70 to 160 characters`).toBeLessThanOrEqual(160);
    expect.soft(page.canonical && sameUrl(page.canonical, own), `${page.path} canonical ${page.canonical} is ${own}`).toBe(true);
    expect.soft(page.meta.robots ?? '', `${page.path} is indexable`).not.toContain('noindex');
    expect
      .soft(page.feeds, `${page.path} links both feeds`)
      .toEqual([`application/rss+xml ${siteConfig.url}/feed.xml`, `application/atom+xml ${siteConfig.url}/atom.xml`]);
  }
});

test('titles and descriptions are unique across the site', { tag: '@static' }, async () => {
  for (const field of ['title', 'description'] as const) {
    const values = pages.map((page) => (field === 'title' ? page.title : page.meta.description));
    const repeated = values.filter((value, index) => values.indexOf(value) !== index);
    expect(repeated, `repeated ${field}s`).toEqual([]);
  }
});

test('every page has Open Graph and Twitter fields and a reachable 1200×630 card', { tag: '@static' }, async () => {
  for (const page of pages) {
    const { meta } = page;
    for (const key of [
      'og:title',
      'og:description',
      'og:url',
      'og:type',
      'og:site_name',
      'og:locale',
      'og:image:alt',
      'twitter:card',
      'twitter:title',
      'twitter:description',
    ]) {
      expect.soft(meta[key], `${page.path} has ${key}`).toBeTruthy();
    }
    expect.soft(sameUrl(meta['og:url'] ?? 'x:', page.canonical ?? 'y:'), `${page.path} og:url is the canonical URL`).toBe(true);
    if (isPost(page.path, '/articles/') || isPost(page.path, '/guides/')) {
      expect.soft(meta['og:type'], `${page.path} is an Open Graph article`).toBe('article');
      for (const key of ['article:published_time', 'article:modified_time', 'article:section']) expect.soft(meta[key], `${page.path} has ${key}`).toBeTruthy();
    }
    expect.soft([meta['og:image:width'], meta['og:image:height']], `${page.path} declares a 1200×630 card`).toEqual(['1200', '630']);
    const image = await request.get(sitePath(meta['og:image'] ?? ''));
    expect.soft(image.status(), `${page.path} card ${meta['og:image']} is reachable`).toBe(200);
    expect.soft(image.headers()['content-type'], `${page.path} card is a PNG`).toBe('image/png');
    if (image.ok()) expect.soft(pngSize(await image.body()), `${page.path} card size`).toEqual({ width: 1200, height: 630 });
  }
});

test('every JSON-LD block parses, carries the properties of its type and agrees with the page', { tag: '@static' }, async () => {
  for (const page of pages) {
    const blocks = page.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
    const types = blocks.map((block) => block['@type']);
    for (const block of blocks) expect.soft(jsonLdProblems(block), `${page.path} ${block['@type']}`).toEqual([]);
    if (page.path === '/')
      expect.soft(types, 'the home page describes the organization and the site').toEqual(expect.arrayContaining(['Organization', 'WebSite']));
    else expect.soft(types, `${page.path} has a breadcrumb trail`).toContain('BreadcrumbList');

    const main = blocks.find((block) => block['@type'] === 'BlogPosting' || block['@type'] === 'HowTo');
    if (isPost(page.path, '/articles/')) expect.soft(main?.['@type'], `${page.path} is a BlogPosting`).toBe('BlogPosting');
    if (isPost(page.path, '/guides/')) expect.soft(main?.['@type'], `${page.path} is a HowTo`).toBe('HowTo');
    if (main) {
      expect.soft(main.headline ?? main.name, `${page.path} JSON-LD names the page's h1`).toBe(page.h1[0]);
      const names = main['@type'] === 'HowTo' ? (main.step as { name: string }[]).map((step) => step.name) : [(main.author as { name: string }).name];
      for (const name of names) expect.soft(page.text, `${page.path} shows ${name}`).toContain(name);
      // The review in the JSON-LD is the one the page shows readers.
      const review = main.mainEntityOfPage as { lastReviewed?: string; reviewedBy?: { name: string } } | undefined;
      if (review?.lastReviewed && review.reviewedBy) {
        const shown = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(review.lastReviewed),
        );
        expect.soft(page.text, `${page.path} shows its review`).toContain(`Medically reviewed by ${review.reviewedBy.name}`);
        expect.soft(page.text, `${page.path} shows its review date`).toContain(shown);
      }
    }
    const trail = blocks.find((block) => block['@type'] === 'BreadcrumbList')?.itemListElement as { item: string }[] | undefined;
    if (trail) expect.soft(sameUrl(trail.at(-1)?.item ?? 'x:', page.canonical ?? 'y:'), `${page.path} trail ends at the page`).toBe(true);
    for (const url of new Set(blocks.flatMap(urlsIn).filter((url) => /\.(png|svg|jpe?g|webp)(\?|$)|opengraph-image/.test(url)))) {
      expect.soft((await request.get(sitePath(url))).status(), `${page.path} JSON-LD image ${url} is reachable`).toBe(200);
    }
  }
  expect(pages.flatMap((page) => page.jsonLd).length).toBeGreaterThan(0);
});

test('the RSS and Atom feeds parse as XML and list every published post and nothing else', { tag: '@static' }, async ({ page }) => {
  for (const [feed, selector, attribute] of [
    ['/feed.xml', 'item > link', null],
    ['/atom.xml', 'entry > link', 'href'],
  ] as const) {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    const links = await page.evaluate(
      ({ xml, selector, attribute }) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll(selector)].map((node) => (attribute ? node.getAttribute(attribute) : node.textContent) ?? '');
      },
      { xml: await response.text(), selector, attribute },
    );
    expect(links, `${feed} is well-formed XML`).not.toBeNull();
    expect([...(links ?? [])].map(sitePath).sort(), `${feed} lists the published posts`).toEqual([...expected.published].sort());
  }
});

test('drafts and scheduled posts are not served or linked anywhere', { tag: '@static' }, async () => {
  expect(expected.hidden.length, 'drafts and scheduled posts to look for').toBeGreaterThanOrEqual(2);
  for (const hidden of expected.hidden) {
    expect.soft((await request.get(hidden)).status(), `${hidden} is not served`).toBe(404);
    for (const page of pages) expect.soft(page.html, `${page.path} does not link ${hidden}`).not.toContain(`${hidden}"`);
  }
});

test('the 404 page is kept out of search results', { tag: '@static' }, async () => {
  const response = await request.get('/no/such/page');
  expect(response.status()).toBe(404);
  expect(await response.text()).toMatch(/<meta name="robots" content="[^"]*noindex/);
});

test('former addresses of posts redirect permanently to the current one', { tag: '@static' }, async () => {
  expect(expected.redirects.length, 'redirects to follow (the test library renames a post)').toBeGreaterThan(0);
  for (const redirect of expected.redirects) {
    const response = await request.get(redirect.source, { maxRedirects: 0 });
    expect.soft(response.status(), `${redirect.source} redirects permanently`).toBe(308);
    expect.soft(response.headers().location, `${redirect.source} leads to ${redirect.destination}`).toBe(redirect.destination);
  }
});

test('every page passes the W3C Nu HTML Checker', { tag: '@static' }, async ({}, testInfo) => {
  test.setTimeout(120_000);
  const notFound = await request.get('/no/such/page');
  const documents = [...pages.map((page) => ({ name: page.path, html: page.html })), { name: '/404', html: await notFound.text() }];
  const dir = testInfo.outputPath('html');
  mkdirSync(dir, { recursive: true });
  const files = documents.map(({ name, html }) => {
    const file = path.join(dir, `${name.replace(/^\/$/, 'home').replace(/^\//, '').replaceAll('/', '__')}.html`);
    writeFileSync(file, html);
    return file;
  });
  const errors = nuErrors(files).map((error) => `${path.basename(new URL(error.url).pathname)}:${error.lastLine ?? '?'} ${error.message}`);
  expect(errors).toEqual([]);
});
