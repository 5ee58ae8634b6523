import { expect, test, type Page } from '@playwright/test';

// The filters are plain links to prerendered pages, so they must work with JavaScript off.
test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

const footMassage = /soothing foot massage/i;
const filters = (page: Page) => page.getByRole('navigation', { name: 'Filter guides' });
const results = (page: Page) => page.getByRole('region', { name: /guides?/ }).getByRole('listitem');

test('body area and audience filters combine, each keeping the other, and land on the results', { tag: '@static' }, async ({ page }) => {
  await page.goto('/guides');
  await expect(filters(page).getByRole('link', { name: /All areas/ })).toHaveAttribute('aria-current', 'page');
  await filters(page).getByRole('link', { name: /^Feet/ }).click();
  await expect(page).toHaveURL(/\/guides\/area\/feet#results$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Massage guides: feet');
  // The tap lands on the results: their heading and first card are on screen, not the page top.
  await expect(page.locator('#results')).toBeInViewport();
  await expect(results(page).first()).toBeInViewport();

  await filters(page)
    .getByRole('link', { name: /^On yourself/ })
    .click();
  await expect(page).toHaveURL(/\/guides\/area\/feet\/for\/self#results$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Massage guides: feet, on yourself');
  await expect(filters(page).getByRole('link', { name: /^Feet/ })).toHaveAttribute('aria-current', 'page');
  await expect(filters(page).getByRole('link', { name: /^On yourself/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByRole('link', { name: footMassage })).toBeInViewport();

  // Changing the area keeps the audience.
  await filters(page)
    .getByRole('link', { name: /^Head and face/ })
    .click();
  await expect(page).toHaveURL(/\/guides\/area\/head\/for\/self#results$/);
  // Dropping the area keeps the audience too.
  await filters(page)
    .getByRole('link', { name: /All areas/ })
    .click();
  await expect(page).toHaveURL(/\/guides\/for\/self#results$/);
});

test('the counts add up: a guide that works both ways is counted under each audience, and the page says so', { tag: '@static' }, async ({ page }) => {
  await page.goto('/guides');
  const count = async (name: RegExp) => Number(/\((\d+)\)/.exec((await filters(page).getByRole('link', { name }).textContent()) ?? '')?.[1]);
  const all = await count(/^Anyone/);
  const self = await count(/^On yourself/);
  const partner = await count(/^On a partner/);
  const note = await filters(page)
    .getByText(/work either way|works either way/)
    .textContent();
  const both = Number(/(\d+) guides? works?/.exec(note ?? '')?.[1]);
  expect(both).toBeGreaterThan(0);
  expect(self + partner - both).toBe(all);
  expect(await results(page).count()).toBe(all);
  await filters(page)
    .getByRole('link', { name: /see (it|them)/ })
    .click();
  await expect(page).toHaveURL(/\/guides\/for\/both#results$/);
  expect(await results(page).count()).toBe(both);
});

test('guide cards show the technique’s minutes, body area and picture', { tag: '@static' }, async ({ page }) => {
  await page.goto('/guides/area/feet');
  const card = results(page).filter({ hasText: footMassage }).first();
  await expect(card).toContainText(/Feet · \d+ minutes/);
  await expect(card.locator('img')).toHaveAttribute('src', /\/images\/guides\/foot-massage-for-sleep\/cover\.svg$/);
});

test('a filter that does not exist is a 404', { tag: '@static' }, async ({ page }) => {
  expect((await page.goto('/guides/area/elbows'))?.status()).toBe(404);
  expect((await page.goto('/guides/for/everyone'))?.status()).toBe(404);
  expect((await page.goto('/guides/area/feet/for/everyone'))?.status()).toBe(404);
});
