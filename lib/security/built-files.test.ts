import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles } from './inline-script-hashes.mjs';

describe('builtFiles', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'built-files-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  for (const file of ['index.html', 'articles/warm-bath.html', 'articles/warm-bath/opengraph-image', 'pagefind/fragment/x.html', 'guides/pagefind/a.html']) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), '');
  }

  it('lists the files whose names pass, relative to the folder', () => {
    expect(builtFiles(folder, (name) => name === 'opengraph-image')).toEqual([path.join('articles', 'warm-bath', 'opengraph-image')]);
  });

  it('leaves out the search index at the top, which Pagefind writes while the pages are walked, and only there', () => {
    expect(builtFiles(folder, (name) => name.endsWith('.html')).sort()).toEqual(
      ['articles/warm-bath.html', 'guides/pagefind/a.html', 'index.html'].map((file) => path.join(...file.split('/'))),
    );
  });
});
