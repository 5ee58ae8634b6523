#!/usr/bin/env node
/**
 * After the static export: makes each exported page start the framework's
 * scripts after its first paint (tooling/build/after-first-paint.mjs), and in
 * the same pass hashes its inline scripts; then writes out/_headers,
 * out/_redirects and out/nginx.conf.example from those hashes and the
 * content's redirects.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile, nginxConfig, redirectsFile } from '../lib/security/host-files.mjs';
import { builtFiles, hashesOfBuild } from '../lib/security/inline-script-hashes.mjs';
import { deferFrameworkScripts } from '../tooling/build/after-first-paint.mjs';
import { readBuildInputs } from '../tooling/build/build-inputs-file.mjs';

const outDir = 'out';
let deferred = 0;
const hashes = hashesOfBuild(outDir, (html) => {
  const page = deferFrameworkScripts(html);
  if (page !== html) deferred += 1;
  return page;
});
const { redirects } = readBuildInputs();
const cards = builtFiles(outDir, (name) => name === 'opengraph-image').map((file) => `/${file.split(path.sep).join('/')}`);
writeFileSync(path.join(outDir, '_headers'), headersFile(hashes, cards));
writeFileSync(path.join(outDir, '_redirects'), redirectsFile(redirects));
writeFileSync(path.join(outDir, 'nginx.conf.example'), nginxConfig(hashes, redirects, '/var/www/calm-nights/out'));
console.log(`after first paint: deferred the framework scripts of ${deferred} pages`);
console.log(`host files: headers for ${Object.keys(hashes).length} pages, ${redirects.length} redirects`);
