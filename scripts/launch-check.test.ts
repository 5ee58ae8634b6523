import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const goodContent = path.join(root, 'lib', 'content', 'test-fixtures', 'good', 'content');

function run(env: Record<string, string>, ...args: string[]) {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: goodContent, ...env };
  // Only the variables a test sets: a deployment's own SITE_URL or CONTACT_* must not leak in.
  for (const name of Object.keys(fullEnv)) if (/^(SITE_|CONTACT_)/.test(name) && !(name in env)) delete fullEnv[name];
  return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'launch-check.ts'), ...args], {
    env: fullEnv,
    encoding: 'utf8',
  });
}

describe('npm run launch:check', () => {
  it("lists the template's placeholders and fails while any remains", () => {
    const { status, stdout } = run({});
    expect(status).toBe(1);
    expect(stdout).toMatch(/^launch:check: \d+ things to replace before this site goes live:\n/);
    for (const where of ['SITE_URL: ', 'CONTACT_EMAIL: ', 'CONTACT_PHONE: ', 'CONTACT_HOURS: ']) expect(stdout).toContain(`  ${where}`);
    expect(stdout).toContain('fix: ');
  }, 30_000);

  it('with --warn, as the build runs it, prints the list for a public origin but never fails', () => {
    const { status, stdout } = run({ SITE_URL: 'https://www.calm-nights.co.uk' }, '--warn');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^warning: \d+ things to replace/);
    expect(stdout).toContain('CONTACT_EMAIL: sleep-team@example.com is an example address');
  }, 30_000);

  it('with --warn, stays quiet for a local build', () => {
    const { status, stdout } = run({ SITE_URL: 'http://127.0.0.1:6100' }, '--warn');
    expect(status).toBe(0);
    expect(stdout).toBe('');
  }, 30_000);
});
