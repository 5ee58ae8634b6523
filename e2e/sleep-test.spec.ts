import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sleepTestQuestions } from '../lib/sleep-test/questions';

const total = sleepTestQuestions.length;
/** Loud snoring most nights, pauses seen, sleepy most days; everything else the calmest answer. */
const breathingPattern: Record<string, string> = {
  snoring: 'Yes, most nights',
  'breathing-pauses': 'Yes, more than a couple of times',
  'daytime-sleepiness': 'Three to five days a week',
};
const labelFor = (index: number, answers: Record<string, string> = {}) =>
  answers[sleepTestQuestions[index].id] ?? sleepTestQuestions[index].options[0].label;
const form = (page: Page) => page.getByRole('form', { name: 'Sleep test' });
const question = (page: Page, index: number) => form(page).getByRole('group', { name: sleepTestQuestions[index].prompt });

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** Axe cannot run in a page without JavaScript, so it checks a copy of that page's HTML, scripts removed, in a second page. */
async function expectNoAxeViolationsWithoutJavaScript(browser: Browser, page: Page) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace('<head>', `<head><base href="${page.url()}">`);
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.setContent(html, { waitUntil: 'load' });
  await expectNoAxeViolations(copy);
  await context.close();
}

/** The static export (out/) has no server: its form cannot be sent, so the server-side cases do not apply there. */
const onStaticExport = (projectName: string) => projectName === 'static-export';

/** Records every request after the page has loaded, to prove the answers stay in the browser. */
function recordRequests(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

test('a reader completes the test with the mouse, step by step, and nothing leaves the browser', async ({ page, baseURL }) => {
  await page.goto('/sleep-test?utm_source=calm-nights&utm_medium=article&utm_campaign=x&utm_content=end');
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

  const result = page.getByRole('region', { name: 'Signs worth raising with a professional' });
  await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(result).toContainText('This is not a diagnosis.');
  await expect(result).toContainText('Loud snoring, pauses in breathing');
  await expect(result.getByRole('link', { name: 'Talk with a sleep-health professional' })).toHaveAttribute('href', '/contact');
  const reading = result.getByRole('heading', { name: 'Reading that may help' }).locator('xpath=following-sibling::ul[1]').getByRole('link');
  expect(await reading.count()).toBeGreaterThan(0);
  for (const href of await reading.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/(guides|articles)\/[a-z0-9-]+$/);
  }
  await expectNoAxeViolations(page);

  expect(requests.filter((request) => !request.startsWith(`GET ${baseURL}/`))).toEqual([]);
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});

test('a reader completes the test with the keyboard alone, focus moving to each new question', async ({ page }) => {
  await page.goto('/sleep-test');
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

test('a reader goes back, finds the answer kept, changes it, and the result follows', async ({ page }) => {
  await page.goto('/sleep-test');
  const sleepy = sleepTestQuestions.findIndex((each) => each.id === 'daytime-sleepiness');
  for (let index = 0; index <= sleepy; index += 1) {
    await question(page, index).getByText(index === sleepy ? 'Almost every day' : labelFor(index), { exact: true }).click();
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

test('the result is kept on the device only when the reader saves it, and forgetting removes it', async ({ page }) => {
  await page.goto('/sleep-test');
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

test('a form sent to the server with questions open comes back listing them, with the given answers kept', async ({ page }, testInfo) => {
  test.skip(onStaticExport(testInfo.project.name), 'the static export has no server to send the form to');
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

  test('all questions are on one form, and the server works out the result', async ({ browser, page }, testInfo) => {
    test.skip(onStaticExport(testInfo.project.name), 'the static export has no server to send the form to');
    await page.goto('/sleep-test');
    await expect(form(page).getByRole('group')).toHaveCount(total);
    await expectNoAxeViolationsWithoutJavaScript(browser, page);
    for (let index = 0; index < total; index += 1) {
      await question(page, index).getByText(labelFor(index, breathingPattern), { exact: true }).click();
    }
    await page.getByRole('button', { name: 'See my result' }).click();

    const result = page.getByRole('region', { name: 'Signs worth raising with a professional' });
    await expect(result).toContainText('This is not a diagnosis.');
    await expect(result.getByRole('link', { name: 'Talk with a sleep-health professional' })).toHaveAttribute('href', '/contact');
    await expect(result.getByRole('link', { name: 'Take the test again' })).toHaveAttribute('href', '/sleep-test');
    await expectNoAxeViolationsWithoutJavaScript(browser, page);
  });

  test('in the static export, all questions are on one form, which says the result needs JavaScript', async ({ browser, page }, testInfo) => {
    test.skip(!onStaticExport(testInfo.project.name), 'only the static export lacks the server');
    await page.goto('/sleep-test');
    await expect(form(page).getByRole('group')).toHaveCount(total);
    await expect(form(page)).toContainText('needs JavaScript');
    await expect(form(page).getByRole('button', { name: 'See my result' })).toHaveCount(0);
    await expectNoAxeViolationsWithoutJavaScript(browser, page);
  });
});
