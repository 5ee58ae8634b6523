#!/usr/bin/env node
/**
 * After `next build`, in one pass over the prerendered pages: makes each page
 * start the framework's scripts after its first paint
 * (tooling/build/after-first-paint.mjs), then records the SHA-256 hashes of its
 * inline scripts in .next/csp-hashes.json, which proxy.ts turns into each
 * page's Content-Security-Policy. Usage: node scripts/write-csp-hashes.mjs [buildDir]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashesOfBuild } from '../lib/security/inline-script-hashes.mjs';
import { deferFrameworkScripts } from '../tooling/build/after-first-paint.mjs';

const buildDir = process.argv[2] ?? '.next';
let deferred = 0;
const hashes = hashesOfBuild(path.join(buildDir, 'server/app'), (html) => {
  const page = deferFrameworkScripts(html);
  if (page !== html) deferred += 1;
  return page;
});
writeFileSync(path.join(buildDir, 'csp-hashes.json'), `${JSON.stringify(hashes)}\n`);
console.log(`after first paint: deferred the framework scripts of ${deferred} pages; csp: hashed the inline scripts of ${Object.keys(hashes).length} pages`);
