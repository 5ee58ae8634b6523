/** The sleep test's form sent to the server (no JavaScript, or before it runs): `npm start` only, the static export has no server. */
import { expect, test } from '@playwright/test';
import { sleepTestQuestions } from '../lib/sleep-test/questions';
import { breathingPattern, expectNoAxeViolations, expectNoAxeViolationsWithoutJavaScript, form, labelFor, question, total } from './helpers/sleep-test';

test('a form sent to the server with questions open comes back listing them, with the given answers kept', async ({ page }) => {
  // The site's scripts never load, as on a reader's browser without JavaScript; the browser's own
  // "required" check is lifted so the server's check can be seen.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/sleep-test');
  await form(page).evaluate((element) => element.querySelectorAll('input').forEach((input) => (input.required = false)));
  await question(page, 0).getByText(labelFor(0), { exact: true }).click();
  await form(page).getByRole('button', { name: 'See my result' }).click();

  const open = form(page).getByRole('alert');
  await expect(open).toContainText('Please answer every question to see your result.');
  await expect(open.getByRole('link')).toHaveCount(total - 1);
  await expect(open.getByRole('link', { name: sleepTestQuestions[1].prompt })).toHaveAttribute('href', `#${sleepTestQuestions[1].id}`);
  await expect(question(page, 0).getByRole('radio', { name: labelFor(0) })).toBeChecked();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all questions are on one form, and the server works out the result', async ({ browser, page }) => {
    await page.goto('/sleep-test');
    await expect(form(page).getByRole('group')).toHaveCount(total);
    await expectNoAxeViolationsWithoutJavaScript(browser, page);
    for (let index = 0; index < total; index += 1) {
      await question(page, index).getByText(labelFor(index, breathingPattern), { exact: true }).click();
    }
    await page.getByRole('button', { name: 'See my result' }).click();

    const result = page.getByRole('region', { name: 'Signs worth raising with a doctor' });
    await expect(result).toContainText('This is not a diagnosis.');
    await expect(result.getByRole('region', { name: 'See your GP or doctor if' })).toContainText('breathing stop and start');
    await expect(result.getByRole('link', { name: 'Talk with a sleep-health professional' })).toHaveAttribute('href', '/contact');
    // Without our script the summary still goes by email; print and copy need the script and are not offered.
    const keep = result.getByRole('region', { name: 'Keep a copy of your result' });
    const mailto = new URL((await keep.getByRole('link', { name: 'Email it to myself' }).getAttribute('href')) ?? '');
    expect(mailto.searchParams.get('body')).toContain('Loud snoring: Yes, most nights');
    await expect(keep.getByRole('button')).toHaveCount(0);
    await expect(result.getByRole('link', { name: 'Take the test again' })).toHaveAttribute('href', '/sleep-test');
    await expectNoAxeViolationsWithoutJavaScript(browser, page);
  });
});
