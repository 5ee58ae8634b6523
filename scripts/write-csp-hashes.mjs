#!/usr/bin/env node
/**
 * After `next build`: records the SHA-256 hashes of every prerendered page's
 * inline scripts in .next/csp-hashes.json, which proxy.ts turns into each
 * page's Content-Security-Policy. Usage: node scripts/write-csp-hashes.mjs [buildDir]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashesOfBuild } from '../lib/security/inline-script-hashes.mjs';

const buildDir = process.argv[2] ?? '.next';
const hashes = hashesOfBuild(path.join(buildDir, 'server/app'));
writeFileSync(path.join(buildDir, 'csp-hashes.json'), `${JSON.stringify(hashes)}\n`);
console.log(`csp: hashed the inline scripts of ${Object.keys(hashes).length} pages`);
