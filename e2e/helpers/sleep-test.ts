/** What the sleep-test specs share: the questions, locators and accessibility checks. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { sleepTestQuestions } from '../../lib/sleep-test/questions';

export const total = sleepTestQuestions.length;
/** Loud snoring most nights, pauses seen, sleepy most days; everything else the calmest answer. */
export const breathingPattern: Record<string, string> = {
  snoring: 'Yes, most nights',
  'breathing-pauses': 'Yes, more than a couple of times',
  'daytime-sleepiness': 'Three to five days a week',
};
export const labelFor = (index: number, answers: Record<string, string> = {}) =>
  answers[sleepTestQuestions[index].id] ?? sleepTestQuestions[index].options[0].label;
export const form = (page: Page) => page.getByRole('form', { name: 'Sleep test' });
export const question = (page: Page, index: number) => form(page).getByRole('group', { name: sleepTestQuestions[index].prompt });

export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** Axe cannot run in a page without JavaScript, so it checks a copy of that page's HTML, scripts removed, in a second page. */
export async function expectNoAxeViolationsWithoutJavaScript(browser: Browser, page: Page) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace('<head>', `<head><base href="${page.url()}">`);
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.setContent(html, { waitUntil: 'load' });
  await expectNoAxeViolations(copy);
  await context.close();
}


/** Records every request after the page has loaded, to prove the answers stay in the browser. */
export function recordRequests(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

