import { expect, test } from '@playwright/test';

test('searching finds the right article, with its type and the match highlighted', { tag: '@static' }, async ({ page }) => {
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search articles and guides' }).last();
  await box.fill('bath');
  await box.press('Enter');
  // The first search loads Pagefind's index and WebAssembly: allow for a busy machine.
  await expect(page.getByRole('status')).toContainText(/results? for “bath”/, { timeout: 15_000 });
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  const first = results.first();
  await expect(first.getByRole('link', { name: /warm bath an hour or two before bed/i })).toHaveAttribute('href', '/articles/warm-bath-before-bed');
  await expect(first).toContainText('Article');
  await expect(first.locator('mark').first()).toHaveText(/bath/i);
});

test('words typed before the page’s script runs (a slow phone) are searched once it does', { tag: '@static' }, async ({ page }) => {
  let release: () => void = () => undefined;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto('/search', { waitUntil: 'domcontentloaded' });
  await page.getByRole('searchbox', { name: 'Search articles and guides' }).last().fill('bath');
  release();
  await expect(page.getByRole('status')).toContainText(/results? for “bath”/, { timeout: 15_000 });
  await expect(page).toHaveURL(/\/search\?q=bath$/);
});

test('nonsense finds nothing, and says so', { tag: '@static' }, async ({ page }) => {
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search articles and guides' }).last().fill('zqxvbnmwk');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Nothing found for “zqxvbnmwk”', { timeout: 15_000 });
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
});

test('the header search box opens the search page with results', { tag: '@static' }, async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
  await box.fill('tennis ball');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=tennis(\+|%20)ball$/);
  const result = page.getByRole('main').getByRole('link', { name: /soothing foot massage/i });
  await expect(result).toHaveAttribute('href', '/guides/foot-massage-for-sleep');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toContainText('Technique guide');
});

test('a title or body-area match outranks a passing mention, and snippets open at a sentence', async ({ page }) => {
  await page.goto('/search?q=feet');
  await expect(page.getByRole('status')).toContainText(/results? for “feet”/, { timeout: 15_000 });
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first().getByRole('link')).toHaveAttribute('href', '/guides/foot-massage-for-sleep');
  expect(await results.count()).toBeGreaterThan(1);
  for (const snippet of await results
    .locator('p')
    .filter({ has: page.locator('mark') })
    .all()) {
    const text = (await snippet.textContent()) ?? '';
    // A sentence starts with a capital letter or a digit, never a lower-case word cut from the middle.
    expect(text, 'snippet opens at a sentence').toMatch(/^[\p{Lu}\d“"‘(]/u);
  }
});
