/**
 * The editing loop in `npm run dev`: saving an MDX file updates the open page,
 * a save that breaks the schema shows the error in the browser and the
 * terminal without stopping the server, and fixing it recovers. Starts a
 * contentlayer2 watcher and, unless one already answers there, `next dev` on
 * E2E_DEV_PORT (default E2E_PORT + 100): Next allows one dev server per
 * folder, so a dev server another test started is shared. Writes a temporary
 * draft and removes it, and stops what it started, even when a step fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const devPort = Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 100);
const devUrl = `http://127.0.0.1:${devPort}`;
const prefix = 'e2e-dev-editing-';
const slug = `${prefix}${process.pid}`;
const articles = path.join('content', 'articles');
const file = path.join(articles, `${slug}.mdx`);
const title = 'A temporary post for the editing test';
const goodDescription = 'A temporary post that the dev editing test writes, reads in the browser and then deletes again.';

const post = (body: string, description = goodDescription) =>
  [
    '---',
    'draft: true',
    `title: ${title}`,
    `description: ${description}`,
    'publishedAt: 2024-05-01',
    'author: maya-lindqvist',
    'category: tips-for-better-sleep',
    'cover:',
    '  src: /images/articles/warm-bath-before-bed/cover.svg',
    '  alt: A bathtub',
    '---',
    '',
    body,
    '',
  ].join('\n');

const servers: ChildProcess[] = [];
let output = '';

function start(command: string, args: string[]) {
  // Own process group, so stopping it also stops the children it spawns.
  const child = spawn(path.join('node_modules', '.bin', command), args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'development' },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  servers.push(child);
}

function stopServers() {
  for (const child of servers.splice(0)) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}\n--- dev server output ---\n${output.slice(-4000)}`);
}

const generatedCount = () => output.split('Generated ').length - 1;

/** What the dev server printed: our own child's output, or the log Next keeps of a shared server. */
function terminal(): string {
  const log = path.join('.next', 'dev', 'logs', 'next-development.log');
  if (!existsSync(log)) return output;
  const messages = readFileSync(log, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return [String((JSON.parse(line) as { message?: unknown }).message ?? '')];
      } catch {
        return [];
      }
    });
  return `${output}\n${messages.join('\n')}`;
}

const answers = (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  );

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Leftovers of a run that was killed before it could clean up.
  readdirSync(articles)
    .filter((name) => name.startsWith(prefix))
    .forEach((name) => rmSync(path.join(articles, name)));
  writeFileSync(file, post('First version of the text.'));
  start('contentlayer2', ['dev']);
  await waitFor(() => generatedCount() > 0, 120_000, 'contentlayer2 dev to generate the content');
  if (!(await answers(devUrl))) start('next', ['dev', '-H', '127.0.0.1', '-p', String(devPort)]);
  await waitFor(async () => (await fetch(`${devUrl}/articles/${slug}`)).status === 200, 180_000, `${devUrl}/articles/${slug} to answer`);
});

test.afterAll(async () => {
  rmSync(file, { force: true });
  // Let the watcher regenerate without the temporary post, so .contentlayer is left clean.
  const before = generatedCount();
  await waitFor(() => generatedCount() > before, 15_000, 'the content to regenerate').catch(() => undefined);
  stopServers();
});

process.on('exit', () => {
  if (existsSync(file)) rmSync(file, { force: true });
  stopServers();
});

test('saving an MDX file updates the open page; a broken save shows the error and fixing it recovers', async ({ page }) => {
  await page.goto(`${devUrl}/articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Draft' })).toBeVisible();
  await expect(page.getByText('First version of the text.')).toBeVisible();

  // The open page updates by itself after a save, without a reload.
  const savedAt = Date.now();
  writeFileSync(file, post('Second version of the text.'));
  await expect(page.getByText('Second version of the text.')).toBeVisible({ timeout: 30_000 });
  test.info().annotations.push({ type: 'update after save', description: `${Date.now() - savedAt} ms` });

  // A save that breaks the schema: the browser and the terminal name the file, line and problem.
  writeFileSync(file, post('Second version of the text.', 'Too short.'));
  const problem = /description is too short for search results/;
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(problem).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect
    .poll(terminal, { timeout: 10_000 })
    .toMatch(new RegExp(`content/articles/${slug}\\.mdx:4:1 {2}schema/invalid {2}description: description is too short`));
  expect(servers.every((child) => child.exitCode === null)).toBe(true);
  expect(await answers(devUrl)).toBe(true);

  // Fixing it brings the page back, from the same server.
  writeFileSync(file, post('Third version, fixed.'));
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('Third version, fixed.')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('broken YAML is reported in the terminal, the page keeps its last good version, and fixing it recovers', async ({ page }) => {
  writeFileSync(file, post('Last good version.'));
  await expect(async () => {
    await page.goto(`${devUrl}/articles/${slug}`);
    await expect(page.getByText('Last good version.')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });

  writeFileSync(file, post('Saved with broken YAML.').replace(`title: ${title}`, 'title: Sleep: the basics'));
  await expect.poll(() => output, { timeout: 30_000 }).toMatch(new RegExp(`"articles/${slug}\\.mdx" failed with YAMLParseError`));
  await page.reload();
  await expect(page.getByText('Last good version.')).toBeVisible();
  expect(await answers(devUrl)).toBe(true);

  writeFileSync(file, post('Fixed after the YAML error.'));
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('Fixed after the YAML error.')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  expect(readFileSync(file, 'utf8')).toContain('Fixed after');
});
