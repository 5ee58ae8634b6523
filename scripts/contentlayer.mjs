#!/usr/bin/env node
/**
 * Runs the contentlayer2 CLI (`build` or `dev`) with more documents in flight.
 * contentlayer2 works on as many documents at once as the machine has cores,
 * and each spends much of its time waiting for esbuild (mdx-bundler bundles
 * every post), so on two cores its thread sits idle. With 16 in flight it
 * always has work: 1,000 posts took 11.4 s instead of 14.9 s, with less CPU.
 * It has no setting for this (it reads os.cpus().length in fetchAllDocuments),
 * so this process alone reports at least that many cores.
 * Usage: node scripts/contentlayer.mjs build | dev
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const documentsInFlight = 16;

const cores = os.cpus();
os.cpus = () => Array.from({ length: Math.max(documentsInFlight, cores.length) }, (_, index) => cores[index % cores.length]);
syncBuiltinESMExports();

// The CLI contentlayer2's own bin runs, resolved from contentlayer2 so npm's layout does not matter.
const fromContentlayer = createRequire(createRequire(import.meta.url).resolve('contentlayer2/package.json'));

// Without Effect's execution tracing. contentlayer's CLI switches it on as it loads (a debugging aid
// for its own error traces), and then every one of its many small steps records where it ran:
// at 10,000 posts that was most of the run's Effect time, and it grew faster than the posts.
// Effect's runtime reads the switch once, when first loaded, so it is loaded first, with the switch
// off; the switch is then turned back off for the call sites that read it each time.
const cli = fromContentlayer.resolve('@contentlayer2/cli');
const effectSystem = path.resolve(path.dirname(createRequire(cli).resolve('@effect-ts/system/Effect')), '..');
const effectModule = (/** @type {string} */ file) => import(pathToFileURL(path.join(effectSystem, '_mjs', file)).href);
const { defaultPlatform } = await effectModule('Effect/runtime.mjs');
const { run } = await import(pathToFileURL(cli).href);
(await effectModule('Tracing/Global/index.mjs')).disableTracing();
if (defaultPlatform.value.traceExecution) console.warn('contentlayer: Effect tracing is still on (its package layout changed?); the build is slower');
await run();
