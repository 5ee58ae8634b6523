import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { configuredSleepTestUrl } from './external-sleep-test-url';

// Runs only in the "external-sleep-test" project, against a site started with SLEEP_TEST_URL set.
test('every call to action leads to the configured external sleep test', async ({ page }) => {
  for (const path of ['/', '/articles/warm-bath-before-bed', '/guides/foot-massage-for-sleep']) {
    await page.goto(path);
    const links = page.getByRole('link', { name: /sleep test/i });
    expect(await links.count(), path).toBeGreaterThanOrEqual(2);
    for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))) {
      expect(href, path).toMatch(new RegExp(`^${configuredSleepTestUrl}\\?utm_source=`));
    }
  }
});

test('/sleep-test explains where the test lives and links to it, with no form of its own', async ({ page }) => {
  await page.goto('/sleep-test');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Free sleep test');
  await expect(main).toContainText(new URL(configuredSleepTestUrl).host);
  await expect(main).toContainText('not a diagnosis');
  const link = main.getByRole('link', { name: 'Take the free sleep test' });
  await expect(link).toHaveAttribute('href', `${configuredSleepTestUrl}?utm_source=calm-nights&utm_medium=page&utm_campaign=sleep-test&utm_content=end`);
  await expect(page.getByRole('form')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});
