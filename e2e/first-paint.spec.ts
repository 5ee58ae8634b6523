import { expect, test } from '@playwright/test';
import { pressNightMode } from './helpers/theme';

// Every kind of page: the build makes each start the framework's scripts only after its first paint.
const pages = ['/', '/articles/warm-bath-before-bed', '/guides/foot-massage-for-sleep', '/articles', '/sleep-test', '/search', '/about', '/no-such-page'];

for (const path of pages) {
  test(
    `${path}: the first paint needs only the document, stylesheet and pictures; the framework follows and hydrates`,
    { tag: '@static' },
    async ({ page }) => {
      const framework: string[] = [];
      const routeData: string[] = [];
      page.on('request', (request) => {
        if (/\/_next\/static\/.+\.js$/.test(request.url())) framework.push(request.url());
        if (new URL(request.url()).searchParams.has('_rsc')) routeData.push(request.url());
      });
      await page.goto(path);
      // The page's data block lists the chunks, and the loader adds each one once.
      const listed = await page.evaluate(() => JSON.parse(document.getElementById('framework-scripts')?.textContent ?? '[]') as string[]);
      expect(listed.length).toBeGreaterThan(0);
      // Each listed chunk is added once (the framework may fetch more chunks of its own later).
      await expect
        .poll(() => page.evaluate((sources) => sources.map((src) => document.querySelectorAll(`script[src="${src}"]`).length), listed))
        .toEqual(listed.map(() => 1));
      await expect.poll(() => listed.every((src) => framework.some((url) => url.endsWith(src)))).toBe(true);

      // No script of the framework was even requested before the first paint.
      const frameworkTimings = () =>
        page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/_next\/static\/.+\.js$/.test(entry.name)).length);
      await expect.poll(frameworkTimings).toBeGreaterThanOrEqual(listed.length);
      const { firstPaint, fetchStarts } = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        fetchStarts: performance
          .getEntriesByType('resource')
          .filter((entry) => /\/_next\/static\/.+\.js$/.test(entry.name))
          .map((entry) => entry.startTime),
      }));
      expect(firstPaint).toBeGreaterThan(0);
      expect(fetchStarts.length).toBeGreaterThanOrEqual(listed.length);
      for (const start of fetchStarts) expect(start).toBeGreaterThanOrEqual(firstPaint!);

      // Hydrated: the night-mode toggle, a client component, answers a press.
      const before = await page.getByRole('button', { name: 'Night mode' }).getAttribute('aria-pressed');
      await pressNightMode(page, before === 'true' ? 'false' : 'true');

      // Once hydrated, the page fetches no other page's data: a prefetching link would, on the main thread of a phone.
      await page.waitForLoadState('networkidle');
      expect(routeData).toEqual([]);
    },
  );
}

// A cover on the first screen is in the first frame only if it loads with the document; a lazy one waits for layout.
// (On the home page the featured post's cover is the largest element; the list below it may peek into a wide screen.)
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`${viewport.width} px wide: on a list page, every cover on the first screen loads with the page`, { tag: '@static' }, async ({ page }) => {
    await page.setViewportSize(viewport);
    let shownFirst = 0;
    for (const path of ['/articles', '/guides', '/categories/massage-techniques']) {
      await page.goto(path);
      const covers = await page.locator('main img').evaluateAll(
        (images, screenHeight) =>
          images.map((image) => ({
            src: image.getAttribute('src'),
            onFirstScreen: image.getBoundingClientRect().top < screenHeight,
            lazy: image.getAttribute('loading') === 'lazy',
          })),
        viewport.height,
      );
      const firstScreen = covers.filter((cover) => cover.onFirstScreen);
      shownFirst += firstScreen.length;
      expect(
        firstScreen.filter((cover) => cover.lazy).map((cover) => cover.src),
        `${path}: lazy covers on the first screen`,
      ).toEqual([]);
      // Further down the list, covers still wait until the reader nears them.
      expect(
        covers.some((cover) => cover.lazy),
        `${path} keeps its later covers lazy`,
      ).toBe(true);
    }
    expect(shownFirst, 'covers were on the first screens checked').toBeGreaterThan(0);
  });
}
