/**
 * Which Chromium to drive: Debian's at /usr/bin/chromium when present (the
 * only one this project's CI machine can get), else Playwright's own.
 */
import { existsSync } from 'node:fs';

export const systemChromium = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for Playwright's chromium.launch(). */
export function chromiumLaunchOptions() {
  return existsSync(systemChromium) ? { executablePath: systemChromium, args: chromiumArgs } : { args: chromiumArgs };
}
