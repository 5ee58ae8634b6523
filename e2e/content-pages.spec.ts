import { expect, test } from '@playwright/test';

const article = { path: '/articles/warm-bath-before-bed', title: /warm bath an hour or two before bed/i };
const guide = { path: '/guides/foot-massage-for-sleep', title: /soothing foot massage/i };

test('the home page leads to the article and the guide', { tag: '@static' }, async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: guide.title })).toHaveAttribute('href', guide.path);
  // The home page shows only the newest articles; the whole list is one click away.
  await page.getByRole('link', { name: 'All articles' }).click();
  await expect(page).toHaveURL(/\/articles\/?$/);
  await expect(page.getByRole('link', { name: article.title })).toHaveAttribute('href', article.path);
});

for (const post of [article, guide]) {
  test(`${post.path} shows its title as the only h1, its body and the call to action`, { tag: '@static' }, async ({ page }) => {
    await page.goto(post.path);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(post.title);
    await expect(page.locator('.prose p').first()).toBeVisible();
    const cta = page.getByRole('complementary', { name: 'Free sleep test' }).last();
    const button = cta.getByRole('link', { name: 'Take the free sleep test' });
    await expect(button).toBeVisible();
    const href = new URL((await button.getAttribute('href')) ?? '', 'http://x');
    expect(href.pathname).toBe('/sleep-test');
    await expect(cta).toContainText('sleep-health professionals');
  });
}

test('a guide shows its numbered steps and precautions', { tag: '@static' }, async ({ page }) => {
  await page.goto(guide.path);
  const steps = page.getByRole('region', { name: 'Step by step' }).getByRole('listitem');
  expect(await steps.count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('region', { name: /precautions/i })).toContainText('Stop if anything hurts');
});

test('an unknown slug gives the helpful 404 page with status 404', { tag: '@static' }, async ({ page }) => {
  for (const path of ['/articles/no-such-article', '/guides/no-such-guide', '/no/such/page']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
    await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
  }
});

for (const post of [article, guide]) {
  test(`${post.path} shows its dated medical review, marks sample people, and gives the review in JSON-LD`, { tag: '@static' }, async ({ page }) => {
    await page.goto(post.path);
    const review = page.getByText(/^Medically reviewed by /);
    await expect(review).toHaveText(
      /^Medically reviewed by Daniel Okafor\s*\(sample person\), Registered nurse, sleep-health reviewer, on \d{1,2} [A-Z][a-z]+ \d{4}$/,
    );
    const reviewDate = await review.locator('time').getAttribute('datetime');
    expect(reviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByText(/^By /).first()).toContainText('(sample person)');

    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
    const main = blocks.find((block) => block['@type'] === 'BlogPosting' || block['@type'] === 'HowTo');
    expect(main?.mainEntityOfPage).toMatchObject({
      '@type': 'WebPage',
      lastReviewed: reviewDate,
      reviewedBy: { '@type': 'Person', name: 'Daniel Okafor', url: expect.stringMatching(/\/authors\/daniel-okafor$/) },
    });
  });
}

test('the relaxation article offers the bath article as Up next, the same one its closing text names', { tag: '@static' }, async ({ page }) => {
  await page.goto('/articles/relaxation-massage-for-better-sleep');
  const upNext = page.getByRole('navigation', { name: 'Up next' }).getByRole('link');
  await expect(upNext).toHaveAttribute('href', '/articles/warm-bath-before-bed');
  await expect(page.locator('.prose').getByRole('link', { name: /warm bath before bed/i })).toHaveAttribute('href', '/articles/warm-bath-before-bed');
});

test('the talk-to-a-professional lines lead to where readers reach the professionals', { tag: '@static' }, async ({ page }) => {
  await page.goto(article.path);
  await expect(page.locator('.prose').getByRole('link', { name: 'talk to one of our sleep-health professionals' })).toHaveAttribute('href', '/contact');
});
