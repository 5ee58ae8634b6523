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
