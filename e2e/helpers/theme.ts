import { expect, type Page } from '@playwright/test';

/**
 * Presses the night-mode toggle until it reports `pressed`. The toggle answers once the framework, which loads after
 * the first paint, has hydrated it; a press before that does nothing, as it would for a reader.
 */
export async function pressNightMode(page: Page, pressed: 'true' | 'false') {
  const toggle = page.getByRole('button', { name: 'Night mode' });
  await expect(async () => {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', pressed, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
}
