import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collections, fileExtension, postLabel, postPath, postTypes } from './collections';

describe('the collection registry', () => {
  it('declares a folder of content/ for each collection, holding only files of its format', () => {
    for (const name of collectionNames) {
      const folder = path.join('content', collections[name].folder);
      expect(existsSync(folder), folder).toBe(true);
      const strays = readdirSync(folder).filter((file) => !file.startsWith('.') && !file.endsWith(fileExtension(collections[name])));
      expect(strays, folder).toEqual([]);
    }
  });

  it('names each kind of post and gives its address', () => {
    expect(postTypes).toEqual(['article', 'guide']);
    expect(postLabel({ type: 'guide' })).toBe('Technique guide');
    expect(postLabel({ type: 'article' })).toBe('Article');
    expect(postPath({ type: 'guide', slug: 'foot-massage' })).toBe('/guides/foot-massage');
    expect(collections.authors.path('writer')).toBe('/authors/writer');
  });

  it('gives every collection a distinct folder and contentlayer type', () => {
    const declared = Object.values(collections);
    expect(new Set(declared.map((c) => c.folder)).size).toBe(declared.length);
    expect(new Set(declared.map((c) => c.typeName)).size).toBe(declared.length);
  });
});
