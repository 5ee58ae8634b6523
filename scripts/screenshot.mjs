#!/usr/bin/env node
/**
 * Takes screenshots of pages for a person to look at.
 * Usage: node scripts/screenshot.mjs http://127.0.0.1:3000/path out.png [width] [dark]
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.mjs';

const [url, out, width = '390', scheme = 'light'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [light|dark]');
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(url, { waitUntil: 'load' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
