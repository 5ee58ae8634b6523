import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collections } from './collections';

vi.mock('server-only', () => ({}));

let folder: string | undefined;

/** A project folder whose .contentlayer/generated holds `documents` for each named document type. */
function projectWith(documents: Record<string, unknown[]>): string {
  folder = mkdtempSync(path.join(tmpdir(), 'generated-from-disk-'));
  for (const [typeName, list] of Object.entries(documents)) {
    mkdirSync(path.join(folder, '.contentlayer/generated', typeName), { recursive: true });
    writeFileSync(path.join(folder, '.contentlayer/generated', typeName, '_index.json'), JSON.stringify(list));
  }
  return folder;
}

/** The module as a production build loads it, in `cwd`. */
async function importIn(cwd: string) {
  vi.resetModules();
  vi.spyOn(process, 'cwd').mockReturnValue(cwd);
  return import('./generated-from-disk');
}

afterEach(() => {
  vi.restoreAllMocks();
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('generated-from-disk (the production stand-in for contentlayer/generated)', () => {
  it('exports every collection’s documents from contentlayer’s JSON files, as allDocuments', async () => {
    const doc = (typeName: string) => ({ _id: `${typeName}.x`, _raw: { sourceFilePath: `${typeName}/x` }, type: typeName });
    const typeNames = Object.values(collections).map((collection) => collection.typeName);
    const { allDocuments } = await importIn(projectWith(Object.fromEntries(typeNames.map((name) => [name, [doc(name)]]))));
    expect(allDocuments.map((document) => document.type)).toEqual(typeNames);
  });

  it('says to run the content build when contentlayer’s output is missing', async () => {
    await expect(importIn(projectWith({ Article: [] }))).rejects.toThrow(/Could not read .*Guide\/_index\.json.*npm run content:build/);
  });
});
