/**
 * How the sleep test ends, on a phone, by day and by night: a worrying result says when to see a
 * doctor and when not to wait, a calm one stays light, and the reader can keep a summary themselves.
 */
import { expect, test } from '@playwright/test';
import { readSources } from '../tooling/content-check/read-sources';
import { validateCollections } from '../lib/content/validate';
import { postPath } from '../lib/routes';
import {
  openSleepTest,
  answerAll,
  apnoeaPattern,
  contrastRatio,
  expectNoAxeViolations,
  form,
  question,
  recordRequests,
  seenColours,
} from './helpers/sleep-test';

/** Posts that never suit signs of breathing pauses: routines for couples or for a partner, and breathing exercises. */
const { content } = validateCollections(readSources('content').raw, 'content');
const unsuitableForBreathingSigns = [...content.articles, ...content.guides]
  .filter((post) => post.tags.includes('couples') || post.tags.includes('breathing') || (post.type === 'guide' && post.audience === 'partner'))
  .map(postPath);

test.use({ viewport: { width: 390, height: 844 } });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test(
      'signs of sleep apnoea with near-daily sleepiness get GP and urgent advice, its sources, suitable reading, and the offer beside them',
      { tag: '@static' },
      async ({ page }) => {
        await openSleepTest(page);
        await answerAll(page, apnoeaPattern);
        const result = page.getByRole('region', { name: 'Signs worth raising with a doctor' });
        await expect(result).toContainText('This is not a diagnosis.');

        const gp = result.getByRole('region', { name: 'See your GP or doctor if' });
        await expect(gp).toContainText('Non-urgent advice');
        await expect(gp).toContainText('breathing stop and start');
        await expect(gp).toContainText('nod off during the day');
        const urgent = result.getByRole('region', { name: 'Get help now if' });
        await expect(urgent).toContainText('while driving');
        await expect(urgent).toContainText('call 999');
        const sources = result.getByText('Where this advice comes from').locator('xpath=following-sibling::ul[1]').getByRole('link');
        expect(await sources.count()).toBeGreaterThanOrEqual(3);
        for (const href of await sources.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
          expect(new URL(href).protocol).toBe('https:');
        }

        // The doctor first; the business's offer after it, marked as its own.
        const offer = result.getByRole('complementary', { name: 'Talk it through with our sleep team' });
        await expect(offer).toContainText('From Calm Nights');
        await expect(offer).toContainText('do not replace your doctor');
        await expect(offer.getByRole('link', { name: 'Talk with a sleep-health professional' })).toHaveAttribute('href', '/contact');
        expect((await offer.boundingBox())!.y).toBeGreaterThan((await urgent.boundingBox())!.y);

        const reading = result.getByRole('region', { name: 'Reading that may help' });
        await expect(reading).toContainText('not a treatment for the signs above');
        const hrefs = await reading.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(0);
        expect(unsuitableForBreathingSigns).toContain('/guides/couples-bedtime-massage-routine');
        for (const href of hrefs) expect(unsuitableForBreathingSigns).not.toContain(href);

        await expectNoAxeViolations(page);
      },
    );

    test('a calm result stays light: no doctor advice, no offer box, one quiet line', { tag: '@static' }, async ({ page }) => {
      await openSleepTest(page);
      await answerAll(page);
      const result = page.getByRole('region', { name: 'Your sleep seems mostly on track' });
      await expect(result).toBeVisible();
      await expect(result.getByRole('region', { name: /GP or doctor|Get help now/ })).toHaveCount(0);
      await expect(result.getByRole('complementary')).toHaveCount(0);
      await expect(result.getByRole('link', { name: 'Talk with a sleep-health professional' })).toHaveCount(0);
      await expect(result.getByRole('link', { name: 'talk with our sleep team' })).toHaveAttribute('href', '/contact');
      await expect(result.getByRole('region', { name: 'Reading that may help' })).not.toContainText('not a treatment');
      await expectNoAxeViolations(page);
    });

    test('"Choose an answer to go on." is readable in this theme, and the radios and buttons show their focus', { tag: '@static' }, async ({ page }) => {
      await openSleepTest(page);
      await page.getByRole('button', { name: 'Next question' }).click();
      const error = form(page).getByRole('alert');
      await expect(error).toHaveText('Choose an answer to go on.');
      const colours = await seenColours(error);
      expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
      await expectNoAxeViolations(page);

      // Keyboard focus on an answer rings its label; the ring stands out from the page by 3:1 or more.
      const firstRadio = question(page, 0).getByRole('radio').first();
      await firstRadio.focus();
      await page.keyboard.press('ArrowDown');
      const label = question(page, 0).locator('label').nth(1);
      const ring = await seenColours(label, { behindOutline: true });
      expect(ring.outlineStyle).toBe('solid');
      expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);
      expect(contrastRatio(ring.outline, ring.background)).toBeGreaterThanOrEqual(3);
      await expectNoAxeViolations(page);
    });

    test('every control under the result shows a clear focus ring when reached by keyboard', { tag: '@static' }, async ({ page }) => {
      await openSleepTest(page);
      await answerAll(page, apnoeaPattern);
      const result = page.getByRole('region', { name: 'Signs worth raising with a doctor' });
      const controls = result.locator('a, button, summary');
      const count = await controls.count();
      const seen = new Set<string>();
      for (let press = 0; press < count + 5 && seen.size < count; press += 1) {
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        if (!(await result.evaluate((section, element) => !!element && section.contains(element), await focused.elementHandle()))) continue;
        const name = (await focused.textContent()) ?? '';
        seen.add(name);
        const ring = await seenColours(focused, { behindOutline: true });
        expect(ring.outlineStyle, name).toBe('solid');
        expect(ring.outlineWidth, name).toBeGreaterThanOrEqual(2);
        expect(contrastRatio(ring.outline, ring.background), name).toBeGreaterThanOrEqual(3);
      }
      expect(seen.size).toBe(count);
      await expectNoAxeViolations(page);
    });
  });
}

test(
  'the reader prints, copies or emails a summary of answers and result to themselves, and nothing is sent to us',
  { tag: '@static' },
  async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSleepTest(page);
    const requests = recordRequests(page);
    await answerAll(page, apnoeaPattern);
    const keep = page.getByRole('region', { name: 'Keep a copy of your result' });
    await expect(keep).toContainText('nothing is sent to us');

    await keep.getByRole('button', { name: 'Copy' }).click();
    await expect(keep.getByRole('status')).toHaveText(/^Copied\./);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Signs worth raising with a doctor');
    expect(copied).toContain('See a GP or doctor if:');
    expect(copied).toContain('Get help now if:');
    expect(copied).toContain('Loud snoring: Yes, most nights');
    expect(copied).toContain('Hard to stay awake in the day: Almost every day');

    // The email goes to whoever the reader types in their own mail app: the link names no one.
    const mailto = new URL((await keep.getByRole('link', { name: 'Email it to myself' }).getAttribute('href')) ?? '');
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe('');
    expect(mailto.searchParams.get('subject')).toBe('My sleep test result: Signs worth raising with a doctor');
    expect(mailto.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(copied);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await keep.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On paper: the result, the advice and every answer, without buttons, offers or the site's header.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Signs worth raising with a doctor' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Get help now if' })).toBeVisible();
    await expect(keep.getByText('Loud snoring:', { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(keep.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Talk with a sleep-health professional' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // Only page loads from this site (Next also checks links ahead with HEAD); nothing posted, nothing elsewhere.
    expect(requests.filter((request) => !request.startsWith(`GET ${baseURL}/`) && !request.startsWith(`HEAD ${baseURL}/`))).toEqual([]);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  },
);

test('the privacy note speaks plainly, without naming JavaScript', { tag: '@static' }, async ({ page }) => {
  await openSleepTest(page);
  const note = page.locator('details', { hasText: 'What happens to your answers' });
  await note.getByText('What happens to your answers').click();
  await expect(note).toContainText('your answers stay with you');
  await expect(note).not.toContainText('JavaScript');
});
