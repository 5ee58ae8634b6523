import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** A date field as the post's own file gives it, so the test follows the content. */
function frontmatterDate(file: string, field: string): string {
  const match = readFileSync(file, 'utf8').match(new RegExp(`^${field}: ['"]?(\\d{4}-\\d{2}-\\d{2})`, 'm'));
  if (!match) throw new Error(`${file} has no ${field}`);
  return match[1];
}

const footerPages = [
  { link: 'About us', path: '/about', heading: 'About us' },
  { link: 'Editorial policy', path: '/editorial-policy', heading: 'Editorial policy' },
  { link: 'Medical disclaimer', path: '/medical-disclaimer', heading: 'Medical disclaimer' },
  { link: 'Contact', path: '/contact', heading: 'Talk with our sleep team' },
];

for (const { link, path, heading } of footerPages) {
  test(`the footer links to ${path}`, async ({ page }) => {
    await page.goto('/articles/warm-bath-before-bed');
    await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}

test('the about page says the team shown is illustrative', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('main')).toContainText('made-up examples');
  await expect(page.getByRole('main').getByRole('link', { name: 'Maya Lindqvist' })).toHaveAttribute('href', '/authors/maya-lindqvist');
});

test('the sleep-team page says who they are, what the conversation is, its cost, hours and how to get in touch, and which details are examples', async ({
  page,
}) => {
  await page.goto('/contact');
  const main = page.getByRole('main');
  for (const heading of ['Who they are', 'What the conversation is', 'What it costs', 'When they answer', 'How to get in touch']) {
    await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(main).toContainText('registered nurses');
  await expect(main).toContainText('Monday to Friday');
  await expect(page.getByRole('note')).toContainText('Some details on this page are examples: email address, phone number, opening hours');
  await expect(page.getByRole('link', { name: 'sleep-team@example.com' })).toHaveAttribute('href', 'mailto:sleep-team@example.com');
  await expect(page.getByRole('link', { name: '+44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
});

test('an article links its author, whose page shows credentials and their posts', async ({ page }) => {
  await page.goto('/articles/warm-bath-before-bed');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Articles' })).toHaveAttribute('href', '/articles');
  const byline = page
    .getByRole('main')
    .locator('p', { hasText: /^Published/ })
    .first();
  await expect(byline.locator('time').first()).toHaveAttribute('datetime', frontmatterDate('content/articles/warm-bath-before-bed.mdx', 'publishedAt'));
  await page.getByRole('main').getByRole('link', { name: 'Daniel Okafor' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daniel Okafor');
  await expect(page.getByRole('main')).toContainText('Registered nurse');
  // Newest first, up to 12 a page (e2e/paging.spec.ts follows the later pages).
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});

test('category and tag pages list their posts', async ({ page }) => {
  await page.goto('/articles/warm-bath-before-bed');
  const topics = page.getByRole('navigation', { name: 'Topics' });
  await topics.getByRole('link', { name: 'Tips for better sleep' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tips for better sleep');
  await expect(page.getByRole('main').getByRole('link', { name: /warm bath/i })).toBeVisible();
  await page.goto('/tags/feet');
  await expect(page.getByRole('main').getByRole('link', { name: /foot massage/i })).toBeVisible();
  expect((await page.goto('/tags/no-such-tag'))?.status()).toBe(404);
});
