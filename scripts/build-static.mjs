#!/usr/bin/env node
/**
 * `npm run build:static`: the whole site as static files in out/ for any CDN,
 * with its search index and host configuration (_headers, _redirects and an
 * nginx example). Same content checks as `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';

const env = { ...process.env, BUILD_TARGET: 'static', NEXT_TELEMETRY_DISABLED: '1' };
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });

run('npm', ['run', '--silent', 'content:check']);
run('node', ['scripts/contentlayer.mjs', 'build']);
run('npm', ['run', '--silent', 'content:redirects']);
run('npm', ['run', '--silent', 'content:cards']);
// The export builds in .next before copying to out/: keep a server build there out of its way.
const serverBuild = '.next';
const kept = '.next-server-build';
rmSync(kept, { recursive: true, force: true });
const hadServerBuild = existsSync(serverBuild);
if (hadServerBuild) renameSync(serverBuild, kept);
try {
  run('npx', ['next', 'build']);
} finally {
  rmSync(serverBuild, { recursive: true, force: true });
  if (hadServerBuild) renameSync(kept, serverBuild);
}
// A listing route with no page after the first exports a placeholder at <listing>/page/1 (see laterPageParams in
// lib/content/post-listings.ts). Page 1 of every listing lives at the listing's own address, so no real page is there.
const placeholder = /^(.+\/)?page\/1(\.html|\.txt)?$/;
for (const entry of readdirSync('out', { recursive: true })) {
  const path = `out/${entry.split('\\').join('/')}`;
  if (!placeholder.test(path.slice('out/'.length))) continue;
  rmSync(path, { recursive: true, force: true });
  const pagesFolder = path.replace(/\/1(\.html|\.txt)?$/, '');
  if (existsSync(pagesFolder) && readdirSync(pagesFolder).length === 0) rmSync(pagesFolder, { recursive: true });
}
run('node', ['scripts/search-index.mjs']);
run('node', ['scripts/write-host-files.mjs']);
