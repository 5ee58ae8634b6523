/** The pages a build prerendered that the page cache may keep: every route in Next's prerender manifest but its internal ones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function prerenderedPages(root: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return Object.keys(manifest.routes)
    .filter((route) => !route.startsWith('/_'))
    .sort();
}
