#!/usr/bin/env node
/** Runs before `npm test`: makes sure Playwright has a Chromium to drive, or says how to get one. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

if (existsSync(systemChromium)) {
  console.log(`browser: using ${systemChromium}`);
  process.exit(0);
}
const bundled = chromium.executablePath();
if (existsSync(bundled)) {
  console.log(`browser: using Playwright's Chromium at ${bundled}`);
  process.exit(0);
}
console.error(`No browser for the browser tests.
  On Debian or Ubuntu:  sudo apt-get install -y chromium   (gives ${systemChromium})
  Elsewhere:            npx playwright install chromium`);
process.exit(1);
