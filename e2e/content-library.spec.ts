/**
 * Every published article and guide, as a reader opens it: its title as the
 * only h1, its cover picture loaded, (guides) every numbered step and every
 * precaution, and the call to action at the end.
 */
import { expect, test } from '@playwright/test';
import { isPublished } from '../lib/content/publishing';
import { readSources } from '../tooling/content-check/read-sources';
import { validateCollections } from '../lib/content/validate';
import { postPath } from '../lib/routes';

const { content } = validateCollections(readSources('content').raw, 'content');
const posts = [...content.articles, ...content.guides].filter((post) => isPublished(post));

test('the library has the launch articles and every technique guide', { tag: '@static' }, () => {
  expect(content.articles.filter((post) => isPublished(post)).length).toBeGreaterThanOrEqual(3);
  expect(content.guides.filter((post) => isPublished(post)).length).toBeGreaterThanOrEqual(11);
});

for (const post of posts) {
  test(`${postPath(post)} reads as a complete ${post.type}`, { tag: '@static' }, async ({ page }) => {
    await page.goto(postPath(post));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText([post.title]);
    const cover = page.getByRole('img', { name: post.cover.alt });
    await expect(cover).toBeVisible();
    expect(await cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), 'the cover picture loads').toBe(true);
    if (post.type === 'guide') {
      const steps = page.getByRole('region', { name: 'Step by step' }).getByRole('listitem');
      await expect(steps).toHaveCount(post.steps.length);
      for (const [index, step] of post.steps.entries()) await expect(steps.nth(index)).toContainText(step.name);
      const precautions = page.getByRole('region', { name: /precautions/i });
      for (const precaution of post.precautions) await expect(precautions).toContainText(precaution);
    }
    const endCard = page.getByRole('complementary', { name: 'Free sleep test' }).last();
    await expect(endCard.getByRole('link', { name: 'Take the free sleep test' })).toHaveAttribute(
      'href',
      new RegExp(`utm_campaign=${post.slug}&utm_content=end`),
    );
  });
}
