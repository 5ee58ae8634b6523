import { defineConfig, devices } from '@playwright/test';
import { configuredSleepTestUrl } from './e2e/external-sleep-test-url';
import { chromiumLaunchOptions } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const devEditingSpec = /dev-editing\.spec\.ts$/;
// The browser CMS under `npm run dev`: it edits content too, so it runs after dev-editing, alone.
const cmsAdminSpec = /cms-admin\.spec\.ts$/;
// A second site configured with an external sleep-test URL. It runs `next dev`
// (its own .next/dev folder) rather than a second production build, to keep
// `npm test` quick; on the port 100 above the main one.
const externalPort = port + 100;
const externalBaseURL = `http://127.0.0.1:${externalPort}`;
const externalSpec = /sleep-test-external\.spec\.ts$/;
// The static export (out/, from `npm run build:static`) served by a plain file server, on the port 200 above.
const staticPort = port + 200;
const staticBaseURL = `http://127.0.0.1:${staticPort}`;
// Tests tagged @static cover what a reader, a search engine or an attacker meets that needs no server of ours:
// they run against both deployments. @static-only: what only the static export does differently
// (no server for the sleep test's form). An untagged test runs against `npm start` only.
const staticTag = /@static/;
const staticOnlyTag = /@static-only/;

// @see https://playwright.dev/docs/test-configuration
export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL, trace: 'retain-on-failure', launchOptions: chromiumLaunchOptions() },
  projects: [
    {
      name: 'chromium',
      testIgnore: [externalSpec, devEditingSpec, cmsAdminSpec],
      grepInvert: staticOnlyTag,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    {
      name: 'external-sleep-test',
      testMatch: externalSpec,
      // The dev server compiles each page on its first visit.
      timeout: 120_000,
      use: { ...devices['Desktop Chrome'], baseURL: externalBaseURL, launchOptions: chromiumLaunchOptions() },
    },
    {
      name: 'static-export',
      testIgnore: [externalSpec, devEditingSpec],
      grep: staticTag,
      use: { ...devices['Desktop Chrome'], baseURL: staticBaseURL, launchOptions: chromiumLaunchOptions() },
    },
    // Edits content and breaks it on purpose, which would disturb the other tests: it runs last, alone,
    // sharing the dev server on the port 100 above the main one.
    {
      name: 'dev-editing',
      testMatch: devEditingSpec,
      dependencies: ['chromium', 'external-sleep-test', 'static-export'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    {
      name: 'cms-admin',
      testMatch: cmsAdminSpec,
      dependencies: ['dev-editing'],
      timeout: 180_000,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: [
    // The production server (`npm start`: Next behind the page cache) on the build made by `npm run build`, on loopback only.
    {
      command: 'node scripts/server.mjs',
      env: { PORT: String(port) },
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs out ${staticPort}`,
      url: staticBaseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx next dev -H 127.0.0.1 -p ${externalPort}`,
      url: `${externalBaseURL}/sleep-test`,
      env: { SLEEP_TEST_URL: configuredSleepTestUrl },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
