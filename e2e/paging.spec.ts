import { expect, test } from '@playwright/test';
import { publishedContent } from './helpers/published-content';

const perPage = 12;

test('the article index shows up to 12 articles a page, with real links between pages', { tag: '@static' }, async ({ page }) => {
  await page.goto('/articles');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  // The test library (tooling/test-library) always has more than one page of articles.
  expect(publishedContent().articlePages.length, 'the article index fills more than one page').toBeGreaterThan(1);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(perPage);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await pages.getByRole('link', { name: /Next page/ }).click();
  await expect(page).toHaveURL(/\/articles\/page\/2$/);
  await expect(page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]')).toHaveText('Page 2');
  await expect(page.getByRole('link', { name: /Previous page/ })).toHaveAttribute('href', '/articles');
});

test('page 1 has one address and pages that do not exist are 404s', { tag: '@static' }, async ({ page }) => {
  for (const path of ['/articles/page/1', '/articles/page/0', '/articles/page/999', '/articles/page/two']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

for (const kind of ['tag', 'category', 'author'] as const) {
  test(`a ${kind} with more than 12 posts is paged the same way`, { tag: '@static' }, async ({ page }) => {
    // The test library (tooling/test-library) has one of each kind.
    const [paths] = publishedContent().pagedListings[kind];
    expect(paths, `a ${kind} page with more than 12 published posts`).toBeDefined();
    const [first, second] = paths;
    await page.goto(first);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(perPage);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 1');
    await pages.getByRole('link', { name: /Next page/ }).click();

    await expect(page).toHaveURL(new RegExp(`${second}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${heading}, page 2 of ${paths.length}`);
    await expect(page.getByRole('main').getByRole('article')).not.toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: heading })).toHaveAttribute('href', first);
    await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Previous page/ })).toHaveAttribute('href', first);
    for (const missing of [`${first}/page/1`, `${first}/page/${paths.length + 1}`]) {
      expect((await page.goto(missing))?.status(), missing).toBe(404);
    }
  });
}
