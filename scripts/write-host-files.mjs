#!/usr/bin/env node
/**
 * After the static export: writes out/_headers, out/_redirects and
 * out/nginx.conf.example from the built pages (their inline scripts' hashes)
 * and the content's redirects.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile, nginxConfig, redirectsFile } from '../lib/security/host-files.mjs';
import { hashesOfBuild } from '../lib/security/inline-script-hashes.mjs';
import { readBuildInputs } from '../tooling/build/build-inputs-file.mjs';

const outDir = 'out';
const hashes = hashesOfBuild(outDir);
const { redirects } = readBuildInputs();
const cards = readdirSync(outDir, { recursive: true })
  .map(String)
  .filter((file) => path.basename(file) === 'opengraph-image')
  .map((file) => `/${file.split(path.sep).join('/')}`);
writeFileSync(path.join(outDir, '_headers'), headersFile(hashes, cards));
writeFileSync(path.join(outDir, '_redirects'), redirectsFile(redirects));
writeFileSync(path.join(outDir, 'nginx.conf.example'), nginxConfig(hashes, redirects, '/var/www/calm-nights/out'));
console.log(`host files: headers for ${Object.keys(hashes).length} pages, ${redirects.length} redirects`);
