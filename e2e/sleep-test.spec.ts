/** The sleep test with JavaScript, as most readers meet it: the same on `npm start` and on the static export. */
import { expect, test } from '@playwright/test';
import { sleepTestQuestions } from '../lib/sleep-test/questions';
import { openSleepTest, breathingPattern, expectNoAxeViolations, form, labelFor, question, recordRequests, total } from './helpers/sleep-test';

test('a reader completes the test with the mouse, step by step, and nothing leaves the browser', { tag: '@static' }, async ({ page, baseURL }) => {
  await openSleepTest(page, '/sleep-test?utm_source=calm-nights&utm_medium=article&utm_campaign=x&utm_content=end');
  await expect(page.getByRole('heading', { level: 1, name: 'Free sleep test' })).toBeVisible();
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
  const requests = recordRequests(page);

  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(form(page).getByRole('alert')).toHaveText('Choose an answer to go on.');
  await expect(question(page, 0)).toHaveAccessibleDescription('Choose an answer to go on.');

  for (let index = 0; index < total; index += 1) {
    await expect(page.getByText(`Question ${index + 1} of ${total}`)).toBeVisible();
    await expect(form(page).getByRole('group')).toHaveCount(1);
    await expectNoAxeViolations(page);
    await question(page, index).getByText(labelFor(index, breathingPattern), { exact: true }).click();
    await page.getByRole('button', { name: index === total - 1 ? 'See my result' : 'Next question' }).click();
  }

  const result = page.getByRole('region', { name: 'Signs worth raising with a doctor' });
  await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(result).toContainText('This is not a diagnosis.');
  await expect(result).toContainText('Pauses in breathing, gasping or choking');
  await expect(result.getByRole('link', { name: 'Talk with a sleep-health professional' })).toHaveAttribute('href', '/contact');
  const reading = result.getByRole('region', { name: 'Reading that may help' }).getByRole('link');
  expect(await reading.count()).toBeGreaterThan(0);
  for (const href of await reading.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/(guides|articles)\/[a-z0-9-]+$/);
  }
  await expectNoAxeViolations(page);

  expect(requests.filter((request) => !request.startsWith(`GET ${baseURL}/`))).toEqual([]);
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});

test('a reader completes the test with the keyboard alone, focus moving to each new question', { tag: '@static' }, async ({ page }) => {
  await openSleepTest(page);
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
  const firstRadio = question(page, 0).getByRole('radio').first();
  for (let presses = 0; presses < 30 && !(await firstRadio.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstRadio).toBeFocused();

  for (let index = 0; index < total; index += 1) {
    if (index > 0) {
      await expect(page.getByRole('heading', { name: sleepTestQuestions[index].prompt })).toBeFocused();
      await page.keyboard.press('Tab');
    }
    // Space chooses the focused first answer; the arrow moves to the second on the last question.
    await page.keyboard.press('Space');
    if (index === total - 1) await page.keyboard.press('ArrowDown');
    await expect(question(page, index).getByRole('radio', { checked: true })).toHaveCount(1);
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { level: 2, name: 'Your sleep seems mostly on track' })).toBeFocused();
});

test('a reader goes back, finds the answer kept, changes it, and the result follows', { tag: '@static' }, async ({ page }) => {
  await openSleepTest(page);
  const sleepy = sleepTestQuestions.findIndex((each) => each.id === 'daytime-sleepiness');
  for (let index = 0; index <= sleepy; index += 1) {
    await question(page, index)
      .getByText(index === sleepy ? 'Almost every day' : labelFor(index), { exact: true })
      .click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: sleepTestQuestions[sleepy].prompt })).toBeFocused();
  await expect(question(page, sleepy).getByRole('radio', { name: 'Almost every day' })).toBeChecked();
  await question(page, sleepy).getByText('Rarely or never', { exact: true }).click();
  for (let index = sleepy; index < total; index += 1) {
    if (index > sleepy) await question(page, index).getByText(labelFor(index), { exact: true }).click();
    await page.getByRole('button', { name: index === total - 1 ? 'See my result' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Your sleep seems mostly on track');

  await page.getByRole('button', { name: 'Change my answers' }).click();
  await expect(question(page, 0).getByRole('radio', { name: labelFor(0) })).toBeChecked();
});

test('the result is kept on the device only when the reader saves it, and forgetting removes it', { tag: '@static' }, async ({ page }) => {
  await openSleepTest(page);
  for (let index = 0; index < total; index += 1) {
    await question(page, index).getByText(labelFor(index), { exact: true }).click();
    await page.getByRole('button', { name: index === total - 1 ? 'See my result' : 'Next question' }).click();
  }
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  await page.getByRole('button', { name: 'Save my result on this device' }).click();
  await expect(page.getByRole('status')).toHaveText('Your result is saved on this device.');

  await page.reload();
  await expect(page.getByText(/You saved a result on this device on/)).toBeVisible();
  await page.getByRole('button', { name: 'Show my saved result' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your sleep seems mostly on track' })).toBeFocused();
  await page.getByRole('button', { name: 'Forget my saved result' }).click();
  await expect(page.getByRole('status')).toHaveText('Your saved result has been removed from this device.');
  await expect(page.getByRole('heading', { level: 2, name: 'Your sleep seems mostly on track' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Save my result on this device' })).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});
