import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it is now, as "rule: elements", for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// One page of every type.
const pages = [
  '/',
  '/articles',
  '/articles/warm-bath-before-bed',
  '/guides',
  '/guides/area/feet',
  '/guides/for/self',
  '/guides/area/feet/for/self',
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
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

// The theme as the toggle sets it, against the system setting, and the states a reader can put the page in.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme chosen with the toggle`, () => {
    test.use({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((chosen) => window.localStorage.setItem('theme', chosen), theme);
    });

    for (const path of ['/articles/warm-bath-before-bed', '/guides/foot-massage-for-sleep', '/guides/area/feet', '/']) {
      test(`${path} has no WCAG 2.2 AA violations, nor with a disclosure open and a link focused`, async ({ page }) => {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await violations(page)).toEqual([]);
        const disclosure = page.locator('main details summary').first();
        if (await disclosure.isVisible()) await disclosure.click();
        await page.locator('main a').first().focus();
        expect(await violations(page)).toEqual([]);
      });
    }

    test('the search box, focused, searching and failing, has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.route('**/pagefind/**', (route) => route.abort());
      await page.goto('/search');
      const box = page.locator('#search-query');
      await box.focus();
      expect(await violations(page)).toEqual([]);
      await box.fill('feet');
      await box.press('Enter');
      await expect(page.getByRole('status')).toContainText('Search is not available right now', { timeout: 15_000 });
      await box.focus();
      expect(await violations(page)).toEqual([]);
    });

    test('a button and a link hovered have no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/guides/foot-massage-for-sleep');
      await page.locator('aside[data-cta="end"] a').hover();
      expect(await violations(page)).toEqual([]);
      await page.locator('a[data-cta="header"]').hover();
      expect(await violations(page)).toEqual([]);
    });
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
