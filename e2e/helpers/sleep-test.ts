/** What the sleep-test specs share: the questions, locators and accessibility checks. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
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
/** Signs of sleep apnoea with near-daily sleepiness: the pattern that most needs a doctor. */
export const apnoeaPattern: Record<string, string> = { ...breathingPattern, 'daytime-sleepiness': 'Almost every day' };

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

/**
 * Opens the sleep test and waits for the step-by-step flow: the framework's scripts load after the first paint, and
 * until they run the page is the no-JavaScript form (every question at once, posted to the server).
 */
export async function openSleepTest(page: Page, path = '/sleep-test') {
  await page.goto(path);
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
}

/** Answers every question step by step with the mouse (the calmest answer unless `answers` names one) and waits for the result. */
export async function answerAll(page: Page, answers: Record<string, string> = {}) {
  for (let index = 0; index < total; index += 1) {
    await question(page, index).getByText(labelFor(index, answers), { exact: true }).click();
    await page.getByRole('button', { name: index === total - 1 ? 'See my result' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
}

/** Contrast ratio of two CSS colours (rgb/rgba strings), by WCAG's relative luminance. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Records every request after the page has loaded, to prove the answers stay in the browser. */
export function recordRequests(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

/**
 * The colours a reader sees on an element: its text and outline, and the first opaque background
 * behind its text, or, with `behindOutline`, behind its focus ring (drawn outside the element, so
 * on its parent's background).
 */
export async function seenColours(locator: Locator, { behindOutline = false } = {}) {
  return locator.evaluate((element, outside) => {
    const style = getComputedStyle(element);
    let background = 'rgba(0, 0, 0, 0)';
    for (let node: Element | null = outside ? element.parentElement : element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent') {
        background = colour;
        break;
      }
    }
    return { text: style.color, outline: style.outlineColor, outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth), background };
  }, behindOutline);
}
