import { expect, test, type Page } from '@playwright/test';
import { pressNightMode } from './helpers/theme';

const nightPaper = 'rgb(27, 24, 21)';
const dayPaper = 'rgb(251, 247, 241)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('with a light system setting', () => {
  test.use({ colorScheme: 'light' });

  test('night mode persists across reloads, set before any of our JavaScript runs', { tag: '@static' }, async ({ page }) => {
    await page.goto('/articles/warm-bath-before-bed');
    expect(await background(page)).toBe(dayPaper);
    const toggle = page.getByRole('button', { name: 'Night mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await pressNightMode(page, 'true');
    expect(await background(page)).toBe(nightPaper);

    // Block the app's scripts: only the tiny inline head script can set the theme,
    // so if the page is dark now, it was dark from the first paint.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(nightPaper);
    await page.unroute('**/_next/static/**/*.js');

    await page.reload();
    await pressNightMode(page, 'false');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Night mode' })).toHaveAttribute('aria-pressed', 'false');
    expect(await background(page)).toBe(dayPaper);
  });
});

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' });

  test('the site follows the system until the reader chooses', { tag: '@static' }, async ({ page }) => {
    await page.goto('/');
    expect(await background(page)).toBe(nightPaper);
    await expect(page.getByRole('button', { name: 'Night mode' })).toHaveAttribute('aria-pressed', 'true');
  });
});
