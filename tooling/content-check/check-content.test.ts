import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from './check-content';
import { allRules } from './rules/content-rules';
import { brokenCases } from './test-fixtures/broken-cases';

const fixtures = path.join(import.meta.dirname, 'test-fixtures');
const now = new Date('2025-06-01T12:00:00Z');
const tempDirs: string[] = [];

/** A copy of the good corpus, with one broken file added. */
function corpusWith(file?: string, text?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  tempDirs.push(dir);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  if (file) {
    const target = path.join(dir, 'content', file);
    if (text === undefined) cpSync(path.join(fixtures, 'broken', file), target);
    else writeFileSync(target, text);
  }
  return { contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public') };
}

afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('checkContent on the good corpus', () => {
  const dirs = corpusWith();
  const report = checkContent({ ...dirs, now });

  it('finds no problem', () => {
    expect(report.issues).toEqual([]);
    expect(report.files).toBe(8);
  });

  it('lists the draft and the scheduled post', () => {
    expect(report.drafts).toEqual([{ file: `${dirs.contentDir}/articles/work-in-progress.mdx` }]);
    expect(report.scheduled).toEqual([{ file: `${dirs.contentDir}/articles/evening-light.mdx`, publishedAt: '2025-07-01' }]);
  });

  it('treats the scheduled post as published once its date has come', () => {
    expect(checkContent({ ...dirs, now: new Date('2025-07-02') }).scheduled).toEqual([]);
  });
});

describe('the broken corpus', () => {
  it('has at least 30 faults, one file each, and no file without an expectation', () => {
    expect(brokenCases.length).toBeGreaterThanOrEqual(30);
    const listed = new Set(brokenCases.filter((c) => !c.generate).map((c) => c.file));
    const onDisk = readdirSync(path.join(fixtures, 'broken'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(path.join(fixtures, 'broken'), path.join(entry.parentPath, entry.name)));
    expect(new Set(onDisk)).toEqual(listed);
  });

  it('covers every rule', () => {
    const covered = new Set(brokenCases.map((c) => c.rule));
    expect(allRules.filter((rule) => !covered.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it.each(brokenCases)('$file: $fault → $rule on line $line', ({ file, rule, line, generate }) => {
    const dirs = corpusWith(file, generate?.());
    const { issues } = checkContent({ ...dirs, now });
    expect(issues.map(({ file: where, rule: id, line: at }) => ({ file: path.relative(dirs.contentDir, where), rule: id, line: at }))).toEqual([
      { file, rule, line },
    ]);
    expect(issues[0].message.length).toBeGreaterThan(10);
    expect(issues[0].hint).toBeTruthy();
    expect(issues[0].severity).toBe(allRules.find((r) => r.id === rule)?.severity);
  });
});

describe('the good corpus fixture', () => {
  it('exists beside the broken one', () => {
    expect(existsSync(path.join(fixtures, 'good', 'content', 'articles', 'warm-bath.mdx'))).toBe(true);
  });
});
