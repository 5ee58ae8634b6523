/**
 * Links within the site are plain anchors: following one loads the next page
 * as a document, as the browser does for any static site, with no client
 * navigation (which would fetch the route's payload and render it with React
 * on the phone's main thread).
 */
import { expect, test } from '@playwright/test';

test('a link in the header loads the next page as its own document, fetching no route data', { tag: '@static' }, async ({ page }) => {
  const routeData: string[] = [];
  page.on('request', (request) => {
    if (request.headers().rsc || new URL(request.url()).searchParams.has('_rsc')) routeData.push(request.url());
  });
  await page.goto('/articles/warm-bath-before-bed');
  // Hydrated first, so a client navigation would have had the chance to take over.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => Object.assign(window, { pageBeforeTheClick: true }));

  await page.getByRole('banner').getByRole('link', { name: 'Guides', exact: true }).click();
  await expect(page).toHaveURL(/\/guides$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A new document: the old window's state is gone, and the navigation entry names the new address.
  expect(await page.evaluate(() => 'pageBeforeTheClick' in window)).toBe(false);
  expect(await page.evaluate(() => new URL((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name).pathname)).toBe('/guides');
  expect(routeData).toEqual([]);
});

test('no page holds a client link component: every link within the site is an anchor in the HTML', { tag: '@static' }, async ({ request }) => {
  for (const path of ['/', '/articles/warm-bath-before-bed', '/guides', '/categories/massage-techniques']) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<a [^>]*href="\/(articles|guides)\//);
    // Next's Link is a client reference in the page's payload ("$L…" with an href prop); an anchor is a plain "a" element.
    expect(html, path).not.toMatch(/\\"\$L[0-9a-f]+\\",null,\{\\"href\\"/);
  }
});
