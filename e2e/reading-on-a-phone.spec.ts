/**
 * What a reader meets on a 390 × 844 phone at bedtime: the text starts on
 * the first screen, a guide's steps within two, pictures follow night mode,
 * and every link in the contents and footer is an easy target.
 */
import { expect, test, type Page } from '@playwright/test';
import { publishedContent } from './helpers/published-content';
import { pressNightMode } from './helpers/theme';

const screen = { width: 390, height: 844 };
const { published } = publishedContent();
const articles = published.filter((path) => path.startsWith('/articles/'));
const guides = published.filter((path) => path.startsWith('/guides/'));

test.use({ viewport: screen });

/** How far down the page an element's top sits, in CSS pixels. */
const pageTop = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

test('every article has a takeaway list, a contents list and a cover, and its text begins on the first screen', async ({ page }) => {
  expect(articles.length).toBeGreaterThan(0);
  for (const path of articles) {
    await page.goto(path);
    const cover = page.locator('article header img');
    await expect(cover, `${path} keeps its cover with its alt text`).toHaveAttribute('alt', /\S/);
    await expect(cover).toHaveAttribute('fetchpriority', 'high');
    await expect(page.getByText(/^Key takeaways/).first(), `${path} keeps its takeaways`).toBeVisible();
    // The first line of the first paragraph is on screen, not just its top edge.
    expect(await pageTop(page, 'article .prose > p'), path).toBeLessThan(screen.height - 32);
  }
});

test('every guide opens with what it takes and the key safety check, and its first step starts within two screens', async ({ page }) => {
  expect(guides.length).toBeGreaterThan(0);
  for (const path of guides) {
    await page.goto(path);
    const glance = page.getByText('Check first:').locator('..');
    await expect(glance, `${path} names its key safety check on the first screen`).toBeInViewport();
    await expect(page.getByRole('term').filter({ hasText: 'Time' }).first()).toBeInViewport();
    await expect(page.getByText('You need:')).toBeInViewport();
    const allPrecautions = page.getByRole('link', { name: /precautions?$|in full$/ });
    await expect(allPrecautions, `${path} links its full precautions from the first screen`).toBeInViewport();
    expect(await allPrecautions.getAttribute('href')).toBe('#precautions');

    const firstStep = await pageTop(page, '#steps ~ ol > li');
    expect(firstStep, path).toBeLessThan(2 * screen.height - 32);
    // Setting up comes before the steps, and the precautions are listed once, after them.
    const setUp = await pageTop(page, 'article .prose h2');
    expect(setUp, `${path}: set-up before the steps`).toBeLessThan(firstStep);
    await expect(page.locator('#precautions')).toHaveCount(1);
  }
});

test('the links in the contents list and the footer are at least 24 px tall', async ({ page }) => {
  await page.goto('/guides/foot-massage-for-sleep');
  await page.getByText('On this page', { exact: true }).first().click();
  const links = [
    ...(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').all()),
    ...(await page.getByRole('contentinfo').getByRole('link').all()),
  ];
  expect(links.length).toBeGreaterThan(4);
  for (const link of links) {
    const box = await link.boundingBox();
    expect(box?.height, (await link.textContent()) ?? '').toBeGreaterThanOrEqual(24);
    expect(box?.width).toBeGreaterThanOrEqual(24);
  }
});

test('the search box shows its whole placeholder', async ({ page }) => {
  await page.goto('/search');
  const box = page.locator('#search-query');
  const fits = await box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
  });
  expect(fits).toBe(true);
});

test.describe('night mode chosen with the toggle', () => {
  test.use({ colorScheme: 'light' });

  test('a guide illustration and a portrait turn dark with the page, not only with the system setting', async ({ page }) => {
    await page.goto('/guides/foot-massage-for-sleep');
    const panel = async () => {
      const shot = await page.locator('article header img').screenshot();
      // Decode the PNG in the page, and read a pixel of the panel's top-left corner.
      return page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        context?.drawImage(image, 0, 0);
        const [r, g, b] = context?.getImageData(8, 8, 1, 1).data ?? [];
        return (r + g + b) / 3;
      }, shot.toString('base64'));
    };
    expect(await panel()).toBeGreaterThan(200);
    await pressNightMode(page, 'true');
    await expect.poll(panel).toBeLessThan(60);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the reading line holds 60 to 75 characters', async ({ page }) => {
    for (const path of [articles[0], guides[0]]) {
      await page.goto(path);
      const perLine = await page
        .locator('article .prose > p')
        .first()
        .evaluate((paragraph) => {
          const style = getComputedStyle(paragraph);
          const context = document.createElement('canvas').getContext('2d');
          if (!context) return 0;
          context.font = `${style.fontSize} ${style.fontFamily}`;
          const text = paragraph.textContent ?? '';
          const average = context.measureText(text).width / text.length;
          return paragraph.clientWidth / average;
        });
      expect(perLine, path).toBeGreaterThanOrEqual(60);
      expect(perLine, path).toBeLessThanOrEqual(75);
    }
  });

  test('the home page leaves no empty slot in its grids, and the featured cover is not cropped', async ({ page }) => {
    await page.goto('/');
    for (const list of await page.locator('main ul.grid, main div.grid').all()) {
      const rows = await list.evaluate((grid) => {
        const items = [...grid.children].map((child) => child.getBoundingClientRect());
        const right = Math.max(...items.map((item) => Math.round(item.right)));
        const bottomRow = Math.max(...items.map((item) => Math.round(item.top)));
        return items.filter((item) => Math.round(item.top) === bottomRow).some((item) => Math.abs(Math.round(item.right) - right) <= 1);
      });
      expect(rows, 'the last row reaches the right edge').toBe(true);
    }
    const cover = page.getByRole('region', { name: 'Featured' }).locator('img');
    const { fit, shown, natural } = await cover.evaluate((image: HTMLImageElement) => ({
      fit: getComputedStyle(image).objectFit,
      shown: image.clientWidth / image.clientHeight,
      natural: image.naturalWidth / image.naturalHeight,
    }));
    expect(fit === 'contain' || Math.abs(shown - natural) < 0.02, 'the whole cover is shown').toBe(true);
  });
});
