#!/usr/bin/env node
/**
 * npm run build: the production build, keeping every core busy.
 *   1. side by side: the content check, contentlayer2 (MDX → .contentlayer) and
 *      the redirects; once the check passes, the posts' Open Graph cards start,
 *      at low priority, and may run on while Next builds (nothing reads them
 *      until the site is served)
 *   2. next build, which does not check types (`npm run typecheck` does)
 *   3. side by side: the CSP hashes of the pages' inline scripts, and the search index
 * Beside step 1, when SITE_URL is not a local address, the launch check lists
 * (as a warning, without stopping the build) every placeholder still to replace.
 * Steps run as plain node processes, without an npm in front of each. A step's
 * output is printed when it ends, with its time; the first failure stops the rest.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nextCli = require.resolve('next/dist/bin/next');
const tsx = (script) => ['--import', 'tsx', script];

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function stopAll() {
  for (const child of running) {
    try {
      // Each step leads its own process group, so Next's workers stop with it.
      process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

/**
 * Runs `node <args>` as a named step. With `live`, its output is shown as it
 * comes (for the one long step that runs alone); otherwise when it ends.
 */
function step(name, args, { live = false } = {}) {
  return new Promise((resolve, reject) => {
    const since = performance.now();
    const child = spawn(process.execPath, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(child);
      const ok = code === 0;
      process.stdout.write(`${ok ? '✓' : '✗'} ${name} (${seconds(since)})\n${output.trimEnd() ? `${output.trimEnd()}\n` : ''}`);
      if (ok) resolve();
      else reject(new Error(`${name} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function fail(error) {
  stopAll();
  console.error(`build stopped: ${error.message}`);
  process.exit(1);
}

// The steps lead their own process groups, so a Ctrl-C in the terminal reaches only this process.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

try {
  // On broken content every step fails; the content check's report, with files and lines, is the one to read,
  // so the others are let finish too before the build stops. The cards wait for the check to pass.
  let cards = Promise.resolve();
  const checkThenCards = step('content check', tsx('scripts/content-check.ts')).then(() => {
    cards = step('post cards', tsx('scripts/write-og-cards.ts'));
    cards.catch(fail);
  });
  const firstPhase = await Promise.allSettled([
    checkThenCards,
    step('contentlayer2', ['scripts/contentlayer.mjs', 'build']),
    step('redirects', tsx('scripts/write-redirects.ts')),
    step('launch check', [...tsx('scripts/launch-check.ts'), '--warn']),
  ]);
  const failure = firstPhase.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  await step('next build', [nextCli, 'build'], { live: true });
  await Promise.all([step('CSP hashes', ['scripts/write-csp-hashes.mjs']), step('search index', ['scripts/search-index.mjs']), cards]);
  console.log(`build finished in ${seconds(started)}`);
} catch (error) {
  fail(error);
}
