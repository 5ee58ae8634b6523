import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// One page of every type.
const pages = [
  '/',
  '/articles',
  '/articles/warm-bath-before-bed',
  '/guides',
  '/guides/area/feet',
  '/guides/for/self',
  '/guides/foot-massage-for-sleep',
  '/categories/tips-for-better-sleep',
  '/tags/feet',
  '/authors/maya-lindqvist',
  '/search?q=sleep',
  '/about',
  '/editorial-policy',
  '/medical-disclaimer',
  '/contact',
  '/no-such-page',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of pages) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/search')) await expect(page.getByRole('status')).toContainText('for “sleep”');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const reflowPages = ['/', '/articles', '/articles/warm-bath-before-bed', '/guides', '/guides/foot-massage-for-sleep', '/search?q=sleep', '/contact'];

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of reflowPages) {
    test(`${path} reflows without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

for (const width of [390, 1280]) {
  test.describe(`${width} px wide with text at 200%`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of reflowPages) {
      test(`${path} keeps everything on screen`, async ({ page }) => {
        await page.goto(path);
        await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
        expect(await overflow(page)).toBeLessThanOrEqual(0);
      });
    }
  });
}
