/**
 * The floor: a blank App Router page built with this repo's Next version.
 * Whatever JavaScript it loads is the framework's; anything above it is ours.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runMeasured } from './processes';

export const floorDir = path.join(repoRoot, 'bench/scratch/floor');

const files: Record<string, string> = {
  'package.json': '{ "name": "bench-floor", "private": true, "type": "module" }\n',
  // Modules resolve from the repo's node_modules, one folder up the tree.
  'next.config.mjs': `import path from 'node:path';\nexport default { turbopack: { root: path.resolve(import.meta.dirname, '../../..') } };\n`,
  'app/layout.jsx':
    'export default function RootLayout({ children }) {\n  return <html lang="en"><head><title>Blank</title><meta name="description" content="A blank page that measures the framework floor." /></head><body><main>{children}</main></body></html>;\n}\n',
  // An icon, so the browser's favicon request is not a 404 that Lighthouse counts as a console error.
  'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><circle cx="16" cy="16" r="12" fill="#3d5a80"/></svg>\n',
  'app/page.jsx': 'export default function Page() {\n  return <h1>Blank page</h1>;\n}\n',
};

/** Writes and builds the blank app; returns its folder. */
export async function buildFloor(): Promise<string> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(floorDir, name)), { recursive: true });
    writeFileSync(path.join(floorDir, name), text);
  }
  await runMeasured('next', ['build', '.'], floorDir);
  return floorDir;
}
