import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const devEditingSpec = /dev-editing\.spec\.ts$/;

// @see https://playwright.dev/docs/test-configuration
export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL, trace: 'retain-on-failure', launchOptions: chromiumLaunchOptions() },
  projects: [
    { name: 'chromium', testIgnore: devEditingSpec, use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
    // Edits content and breaks it on purpose, which would disturb any other dev-server test: it runs last, alone.
    { name: 'dev-editing', testMatch: devEditingSpec, dependencies: ['chromium'], use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
  ],
  // Serves the production build made by `npm run build`, on loopback only.
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
