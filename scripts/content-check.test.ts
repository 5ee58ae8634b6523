import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const fixtures = path.join(root, 'tooling', 'content-check', 'test-fixtures');
const dir = mkdtempSync(path.join(os.tmpdir(), 'content-check-cli-'));
cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
cpSync(path.join(fixtures, 'broken', 'articles', 'h1-in-body.mdx'), path.join(dir, 'content', 'articles', 'h1-in-body.mdx'));
cpSync(path.join(fixtures, 'broken', 'articles', 'broken-link.mdx'), path.join(dir, 'content', 'articles', 'broken-link.mdx'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const env = { ...process.env, CONTENT_DIR: path.join(dir, 'content'), PUBLIC_DIR: path.join(dir, 'public'), CONTENT_CHECK_DATE: '2025-06-01' };
  return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'content-check.ts'), ...args], { env, encoding: 'utf8' });
}

describe('npm run content:check', () => {
  it('prints every problem as file:line:column  rule  message with a hint, then a count, and fails', () => {
    const { status, stdout } = run();
    expect(status).toBe(1);
    expect(stdout).toContain(
      `${dir}/content/articles/broken-link.mdx:17:10  link/broken  the link "/guides/no-such-guide" leads to no page on this site\n    hint: `,
    );
    expect(stdout).toContain(`${dir}/content/articles/h1-in-body.mdx:17:1  heading/h1  `);
    expect(stdout).toMatch(/articles\/work-in-progress\.mdx {2}draft {2}/);
    expect(stdout).toMatch(/content:check: 10 files, 2 errors, 0 warnings, .*1 draft\n$/);
  }, 30_000);

  it('prints the same report as JSON with --json', () => {
    const { status, stdout } = run('--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { errors: number; issues: { rule: string; line: number }[] };
    expect(report.errors).toBe(2);
    expect(report.issues.map((issue) => issue.rule).sort()).toEqual(['heading/h1', 'link/broken']);
  }, 30_000);

  it('checks as on the day CONTENT_CHECK_DATE names, so editors can see reviews falling due', () => {
    const { status, stdout } = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'content-check.ts'), '--json'], {
      env: { ...process.env, CONTENT_DIR: path.join(dir, 'content'), PUBLIC_DIR: path.join(dir, 'public'), CONTENT_CHECK_DATE: '2026-04-01' },
      encoding: 'utf8',
    });
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { issues: { rule: string; file: string }[] };
    expect(report.issues.filter((issue) => issue.rule === 'review/overdue').map((issue) => path.basename(issue.file))).toEqual([
      'warm-bath.mdx',
      'foot-massage.mdx',
    ]);
  }, 30_000);
});
