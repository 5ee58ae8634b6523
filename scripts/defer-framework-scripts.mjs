#!/usr/bin/env node
/**
 * After `next build`, before the CSP hashes: every built page starts the
 * framework's scripts after its first paint (see tooling/build/after-first-paint.mjs).
 * Usage: node scripts/defer-framework-scripts.mjs <folder of built pages>
 */
import { deferFrameworkScriptsInFolder } from '../tooling/build/after-first-paint.mjs';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node scripts/defer-framework-scripts.mjs <folder of built pages>');
console.log(`after first paint: deferred the framework scripts of ${deferFrameworkScriptsInFolder(folder)} pages in ${folder}`);
