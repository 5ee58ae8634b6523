import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../content-check/check-content';
import { createPost, slugify } from './new-post';

const good = path.join(import.meta.dirname, '..', 'content-check', 'test-fixtures', 'good');
let dir = '';

function corpus() {
  dir = mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
  cpSync(good, dir, { recursive: true });
  return { contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public') };
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('slugify', () => {
  it('makes lower-case words joined by hyphens', () => {
    expect(slugify('Neck & Shoulders: Before Bed')).toBe('neck-shoulders-before-bed');
    expect(slugify('Café au lait? Not at night')).toBe('cafe-au-lait-not-at-night');
    expect(slugify("Your partner's back")).toBe('your-partners-back');
    expect(slugify('!!!')).toBe('');
  });
});

describe('createPost', () => {
  const today = new Date(2025, 4, 20);
  const now = new Date('2025-06-01');

  it.each(['article', 'guide'] as const)('writes a %s draft that passes content:check once its draft line is removed', (type) => {
    const dirs = corpus();
    const { file } = createPost({ type, title: 'Breathing slowly before bed', today, ...dirs });
    expect(file).toBe(path.join(dirs.contentDir, `${type}s`, 'breathing-slowly-before-bed.mdx'));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('publishedAt: 2025-05-20');
    expect(text).toContain('draft: true');

    const asDraft = checkContent({ ...dirs, now });
    expect(asDraft.drafts.map((d) => d.file)).toContain(file);
    expect(asDraft.issues.filter((i) => i.severity === 'error')).toEqual([]);

    // Published without a review, it is an error: a post never goes live unreviewed.
    writeFileSync(file, text.replace('draft: true\n', ''));
    expect(
      checkContent({ ...dirs, now })
        .issues.filter((i) => i.severity === 'error')
        .map((i) => [i.field, i.rule]),
    ).toEqual([['reviewedAt', 'schema/invalid']]);

    // Reviewed but citing nothing, it is still held back: articles need five sources, guides three.
    const reviewed = text
      .replace('draft: true\n', '')
      .replace(/^# reviewer: .*$/m, 'reviewer: writer')
      .replace(/^# reviewedAt: .*$/m, 'reviewedAt: 2025-05-20');
    writeFileSync(file, reviewed);
    expect(
      checkContent({ ...dirs, now })
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.rule),
    ).toEqual(['sources/too-few']);

    const sources = Array.from({ length: 5 }, (_, n) => `  - title: Source ${n}\n    publisher: A publisher\n    url: https://example.org/${n}`).join('\n');
    writeFileSync(file, reviewed.replace('sources: []', `sources:\n${sources}`));
    const published = checkContent({ ...dirs, now });
    expect(published.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(published.drafts.map((d) => d.file)).not.toContain(file);
    // The template's sentences still wait to be replaced: a warning, with the line to change.
    expect(published.issues.every((i) => i.rule === 'text/template-leftover' && i.file === file && i.line)).toBe(true);
    expect(published.issues.length).toBeGreaterThan(0);
  });

  it('refuses to overwrite an existing slug, in either folder', () => {
    const dirs = corpus();
    expect(() => createPost({ type: 'guide', title: 'Warm bath', today, ...dirs })).toThrow(/content\/articles\/warm-bath\.mdx already exists/);
    createPost({ type: 'article', title: 'Breathing', today, ...dirs });
    expect(() => createPost({ type: 'article', title: 'Breathing!', today, ...dirs })).toThrow(/already exists/);
  });

  it('refuses a title with no letters or digits', () => {
    expect(() => createPost({ type: 'article', title: '???', today, ...corpus() })).toThrow(/no usable file name/);
  });
});
