/** The static export has no server for the sleep test's form: without JavaScript it says the result needs JavaScript. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsWithoutJavaScript, form, total } from './helpers/sleep-test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('in the static export, all questions are on one form, which says the result needs JavaScript', { tag: '@static-only' }, async ({ browser, page }) => {
    await page.goto('/sleep-test');
    await expect(form(page).getByRole('group')).toHaveCount(total);
    await expect(form(page)).toContainText('needs JavaScript');
    await expect(form(page).getByRole('button', { name: 'See my result' })).toHaveCount(0);
    await expectNoAxeViolationsWithoutJavaScript(browser, page);
  });
});
