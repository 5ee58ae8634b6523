import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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
