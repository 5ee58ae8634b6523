#!/usr/bin/env node
/**
 * npm run build: the production build, keeping every core busy.
 *   1. side by side: the content pre-step (`content:prepare`: the content check,
 *      then the build's inputs: redirects, the cards list, the post pages) and
 *      contentlayer2 (MDX → .contentlayer); once the pre-step passes, the posts'
 *      Open Graph cards start at low priority, and may run on while Next builds
 *      (nothing reads them until the site is served)
 *   2. next build, which does not check types (`npm run typecheck` does), as two
 *      processes: Turbopack's compile, then the pages' rendering
 *   3. side by side: one pass over the built pages that makes each start the
 *      framework's scripts after its first paint and then hashes its inline
 *      scripts for the CSP (scripts/write-csp-hashes.mjs), and the search index
 *      (Pagefind reads only the pages' text, the same before and after; each
 *      page is replaced whole, by rename)
 * When SITE_URL is not a local address, the pre-step also lists (as a warning,
 * without stopping the build) every placeholder still to replace, as
 * `npm run launch:check` does.
 *
 * `--static` (npm run build:static) builds the whole site as files in out/ for
 * any CDN instead: the cards are drawn before Next copies public/ into out/, a
 * server build in .next is kept aside meanwhile, and step 3 writes the search
 * index beside the same pass over the pages and the host files (_headers,
 * _redirects, an nginx example: scripts/write-host-files.mjs).
 *
 * `--with-cms` compiles the browser CMS's routes although no GitHub storage is
 * configured (CMS_ROUTES=1; see cmsRoutesInBuild in lib/cms/storage.mjs): the
 * browser tests check the admin both off and on, on one build.
 *
 * `--test-library` builds the test library (tooling/test-library: the real
 * library plus a draft, a scheduled post, a renamed post and enough posts to
 * page every list) instead of content/, for the browser tests.
 *
 * Steps run as plain node processes, without an npm in front of each. A step's
 * output is printed when it ends, with its time; the first failure stops the rest.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { testLibraryDir } from '../tooling/test-library/location.mjs';

const require = createRequire(import.meta.url);
const nextCli = require.resolve('next/dist/bin/next');
/**
 * A larger young generation for the steps that allocate the most: V8 collects
 * the many short-lived objects of parsing and rendering less often. At 2,000
 * posts contentlayer took 16.8 s instead of 19.8 s (64 MB), and Next rendered
 * the pages in 29.0 s instead of 31.7 s (32 MB, for each of its workers too,
 * hence NODE_OPTIONS), for about 100 MB more memory per process.
 * @param {number} megabytes
 */
const youngGeneration = (megabytes) => `--max-semi-space-size=${megabytes}`;
/** @param {string} script */
const tsx = (script) => [youngGeneration(32), '--import', 'tsx', script];
const staticExport = process.argv.includes('--static');
const testLibrary = process.argv.includes('--test-library');
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  ...(process.argv.includes('--with-cms') ? { CMS_ROUTES: '1' } : {}),
  ...(staticExport ? { BUILD_TARGET: 'static' } : {}),
  ...(testLibrary ? { CONTENT_DIR: testLibraryDir } : {}),
};

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
const started = performance.now();
/** @param {number} since */
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function stopAll() {
  for (const child of running) {
    try {
      // Each step leads its own process group, so Next's workers stop with it.
      process.kill(process.platform === 'win32' ? Number(child.pid) : -Number(child.pid), 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

/**
 * Runs `node <args>` as a named step. With `live`, its output is shown as it
 * comes (for the one long step that runs alone); otherwise when it ends.
 * @param {string} name
 * @param {string[]} args
 * @returns {Promise<void>}
 */
function step(name, args, { live = false, extraEnv = {} } = {}) {
  return new Promise((resolve, reject) => {
    const since = performance.now();
    const child = spawn(process.execPath, args, {
      env: { ...env, ...extraEnv },
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
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

/**
 * `next build` in two processes: Turbopack compiles (its process held 1.2 GB
 * at 2,000 posts, until it exits), then a fresh process renders the pages, so
 * the compiler's memory is not held beside the render workers'. At 10,000
 * posts the whole build peaked at 3.6 GB with one process, 2.3 GB with two.
 * @see https://nextjs.org/docs/app/api-reference/cli/next#next-build-options (--experimental-build-mode)
 */
async function nextBuild() {
  const workers = { NODE_OPTIONS: [process.env.NODE_OPTIONS, youngGeneration(32)].filter(Boolean).join(' ') };
  await step('next build: compile', [nextCli, 'build', '--experimental-build-mode=compile'], { live: true });
  await step('next build: pages', [nextCli, 'build', '--experimental-build-mode=generate'], { live: true, extraEnv: workers });
}

/** @param {Error} error */
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

/**
 * The static export builds in .next before copying to out/: a server build
 * there is kept out of its way, and put back afterwards.
 * @param {() => Promise<void>} build
 */
async function besideServerBuild(build) {
  const serverBuild = '.next';
  const kept = '.next-server-build';
  rmSync(kept, { recursive: true, force: true });
  const hadServerBuild = existsSync(serverBuild);
  if (hadServerBuild) renameSync(serverBuild, kept);
  try {
    await build();
  } finally {
    rmSync(serverBuild, { recursive: true, force: true });
    if (hadServerBuild) renameSync(kept, serverBuild);
  }
}

/**
 * A listing route with no page after the first exports a placeholder at <listing>/page/1 (see laterPageParams in
 * lib/content/post-listings.ts). Page 1 of every listing lives at the listing's own address, so no real page is there.
 */
function removeListingPlaceholders(outDir = 'out') {
  const placeholder = /^(.+\/)?page\/1(\.html|\.txt)?$/;
  for (const entry of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = `${outDir}/${entry.split('\\').join('/')}`;
    if (!placeholder.test(file.slice(outDir.length + 1))) continue;
    rmSync(file, { recursive: true, force: true });
    const pagesFolder = file.replace(/\/1(\.html|\.txt)?$/, '');
    if (existsSync(pagesFolder) && readdirSync(pagesFolder).length === 0) rmSync(pagesFolder, { recursive: true });
  }
}

try {
  if (testLibrary) await step('test library', tsx('scripts/test-library.ts'));
  // On broken content both first steps fail; the pre-step's report, with files and lines, is the one to read,
  // so contentlayer is let finish too before the build stops. The cards wait for the pre-step to pass.
  /** @type {Promise<void>} */
  let cards = Promise.resolve();
  const prepareThenCards = step('content pre-step', [...tsx('scripts/content-check.ts'), '--prepare']).then(() => {
    cards = step('post cards', tsx('scripts/write-og-cards.ts'));
    cards.catch(fail);
  });
  const firstPhase = await Promise.allSettled([prepareThenCards, step('contentlayer2', [youngGeneration(64), 'scripts/contentlayer.mjs', 'build'])]);
  const failure = firstPhase.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  if (staticExport) {
    // Next copies public/ (the cards included) into out/ as it builds.
    await cards;
    // One process: the two-process split (nextBuild) is not tried with output: 'export'.
    await besideServerBuild(() => step('next build', [nextCli, 'build'], { live: true }));
    removeListingPlaceholders();
    await Promise.all([step('search index', ['scripts/search-index.mjs']), step('after first paint + host files', ['scripts/write-host-files.mjs'])]);
  } else {
    await nextBuild();
    await Promise.all([step('after first paint + CSP hashes', ['scripts/write-csp-hashes.mjs']), step('search index', ['scripts/search-index.mjs']), cards]);
  }
  console.log(`${staticExport ? 'static export' : 'build'} finished in ${seconds(started)}`);
} catch (error) {
  fail(/** @type {Error} */ (error));
}
