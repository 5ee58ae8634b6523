import { expect, test } from '@playwright/test';

// The filters are plain links to prerendered pages, so they must work with JavaScript off.
test.use({ javaScriptEnabled: false });

const footMassage = /soothing foot massage/i;

test('filtering guides by body area', { tag: '@static' }, async ({ page }) => {
  await page.goto('/guides');
  const filters = page.getByRole('navigation', { name: 'Filter guides' });
  await expect(filters.getByRole('link', { name: /All guides/ })).toHaveAttribute('aria-current', 'page');
  await filters.getByRole('link', { name: /^Feet/ }).click();
  await expect(page).toHaveURL(/\/guides\/area\/feet$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Massage guides: feet');
  await expect(page.getByRole('navigation', { name: 'Filter guides' }).getByRole('link', { name: /^Feet/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByRole('link', { name: footMassage })).toBeVisible();
});

test('filtering guides by who they are for', { tag: '@static' }, async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('navigation', { name: 'Filter guides' }).getByRole('link', { name: /Self-massage/ }).click();
  await expect(page).toHaveURL(/\/guides\/for\/self$/);
  // The foot massage works on yourself or a partner, so it suits both filters.
  await expect(page.getByRole('main').getByRole('link', { name: footMassage })).toBeVisible();
  await page.getByRole('navigation', { name: 'Filter guides' }).getByRole('link', { name: /For a partner/ }).click();
  await expect(page).toHaveURL(/\/guides\/for\/partner$/);
  await expect(page.getByRole('main').getByRole('link', { name: footMassage })).toBeVisible();
});

test('a filter that does not exist is a 404', { tag: '@static' }, async ({ page }) => {
  expect((await page.goto('/guides/area/elbows'))?.status()).toBe(404);
  expect((await page.goto('/guides/for/everyone'))?.status()).toBe(404);
});
