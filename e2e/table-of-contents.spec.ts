import { expect, test } from '@playwright/test';

const path = '/articles/warm-bath-before-bed';
const heading = 'Who should take care';

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the table of contents stays beside the text and its links scroll to the heading', { tag: '@static' }, async ({ page }) => {
    await page.goto(path);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const link = toc.getByRole('link', { name: heading });
    await expect(link).toBeVisible();
    await expect(page.getByRole('heading', { name: heading })).not.toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#who-should-take-care$`));
    await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
    // Sticky: still visible after scrolling down the article.
    await expect(toc.getByRole('link', { name: heading })).toBeInViewport();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table of contents is collapsed until opened, and its links scroll to the heading', { tag: '@static' }, async ({ page }) => {
    await page.goto(path);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const link = toc.getByRole('link', { name: heading });
    await expect(link).toBeHidden();
    await toc.locator('summary').click();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
  });
});
