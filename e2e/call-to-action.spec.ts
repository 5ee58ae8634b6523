import { expect, test } from '@playwright/test';

const pages = [
  { path: '/', medium: 'page', campaign: 'home', placements: ['header', 'end'] },
  { path: '/articles/warm-bath-before-bed', medium: 'article', campaign: 'warm-bath-before-bed', placements: ['header', 'inline', 'end'] },
  { path: '/guides/foot-massage-for-sleep', medium: 'guide', campaign: 'foot-massage-for-sleep', placements: ['header', 'end'] },
  { path: '/guides', medium: 'page', campaign: 'guides', placements: ['header'] },
];

for (const { path, medium, campaign, placements } of pages) {
  test(`every call-to-action link on ${path} carries UTM parameters naming the page and placement`, { tag: '@static' }, async ({ page }) => {
    await page.goto(path);
    const links = page.locator('a[href*="/sleep-test"]');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const seen = hrefs.map((href) => {
      const url = new URL(href, 'http://x');
      expect(url.pathname).toBe('/sleep-test');
      expect(url.searchParams.get('utm_source')).toBe('calm-nights');
      expect(url.searchParams.get('utm_medium')).toBe(medium);
      expect(url.searchParams.get('utm_campaign')).toBe(campaign);
      return url.searchParams.get('utm_content');
    });
    expect([...new Set(seen)].sort()).toEqual([...placements].sort());
  });
}

test('a keyboard user reaches the header call to action in a few presses of Tab', { tag: '@static' }, async ({ page }) => {
  await page.goto('/articles/warm-bath-before-bed');
  const cta = page.getByRole('banner').getByRole('link', { name: 'Sleep test' });
  let reached = false;
  for (let press = 0; press < 6 && !reached; press += 1) {
    await page.keyboard.press('Tab');
    reached = await cta.evaluate((element) => element === document.activeElement);
  }
  expect(reached).toBe(true);
  await expect(cta).toBeFocused();
  // A visible focus ring, not just focus.
  expect(await cta.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
});

test('the skip link moves keyboard focus past the header to the content', { tag: '@static' }, async ({ page }) => {
  await page.goto('/guides/foot-massage-for-sleep');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The end-of-guide call to action is reachable from there by keyboard alone.
  const endCta = page.getByRole('complementary', { name: 'Free sleep test' }).last().getByRole('link');
  for (let press = 0; press < 60; press += 1) {
    await page.keyboard.press('Tab');
    if (await endCta.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(endCta).toBeFocused();
});

test('every call to action says it is the business’s own invitation', { tag: '@static' }, async ({ page }) => {
  for (const path of ['/', '/articles/warm-bath-before-bed', '/guides/foot-massage-for-sleep']) {
    await page.goto(path);
    const boxes = page.locator('[data-cta="end"], [data-cta="inline"]');
    expect(await boxes.count(), path).toBeGreaterThan(0);
    for (const box of await boxes.all()) await expect(box, path).toContainText('From Calm Nights');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Our sleep test' })).toBeVisible();
  }
});
