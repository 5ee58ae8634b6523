/**
 * The browser CMS at /keystatic under `npm run dev`: it loads with nothing from
 * another host and no policy violation, opening and saving a post rewrites
 * nothing, a save that breaks a rule is refused with its message, an edited
 * guide step reaches the page, and an article written from scratch (pickers,
 * uploaded cover, a call to action in the body) is a valid file with its
 * picture and shows as a draft. Runs after dev-editing, on the same dev
 * server, and puts every file it touched back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { devUrl, fileSnapshot, startContentWatcher } from './helpers/dev-content';

const shots = process.env.CMS_SHOTS;
const article = 'content/articles/warm-bath-before-bed.mdx';
const guide = 'content/guides/calf-massage.mdx';
const newSlug = `cms-test-article-${process.pid}`;
const newFile = `content/articles/${newSlug}.mdx`;
const newImages = `public/images/articles/${newSlug}`;
const snapshot = fileSnapshot([article, guide, newFile, newImages]);
let watcher: Awaited<ReturnType<typeof startContentWatcher>> | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  watcher = await startContentWatcher();
  // The first visit compiles the admin, which takes a while on a busy machine.
  await expect.poll(async () => (await fetch(`${devUrl}/keystatic`).catch(() => undefined))?.status, { timeout: 200_000 }).toBe(200);
});

test.afterAll(async () => {
  snapshot.restore();
  // Let the watcher regenerate without the new article, so .contentlayer names no file that is gone.
  const before = watcher?.generated() ?? 0;
  await expect
    .poll(() => watcher?.generated() ?? 1, { timeout: 30_000 })
    .toBeGreaterThan(before)
    .catch(() => undefined);
  watcher?.stop();
});

process.on('exit', () => snapshot.restore());

async function openEntry(page: Page, entry: string) {
  await page.goto(`${devUrl}/keystatic/collection/${entry}`);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible({ timeout: 120_000 });
}

async function save(page: Page) {
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/keystatic/update'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  return answer;
}

test('the API refuses saves without Keystatic headers, for another host name, or outside content/ and public/images/', async ({ request }) => {
  const before = readFileSync(article);
  const packageJson = readFileSync('package.json');
  const save = (files: { path: string; contents: string }[]) => ({
    additions: files.map((file) => ({ path: file.path, contents: Buffer.from(file.contents).toString('base64url') })),
    deletions: [],
  });
  const keystatic = { 'no-cors': '1', 'content-type': 'application/json' };
  const url = `${devUrl}/api/keystatic/update`;
  expect((await request.post(url, { headers: { 'content-type': 'application/json' }, data: save([{ path: article, contents: 'x' }]) })).status()).toBe(400);
  const rebinding = await request.post(url, {
    headers: { ...keystatic, host: `calm-nights.attacker.example:${new URL(devUrl).port}` },
    data: save([{ path: article, contents: 'x' }]),
  });
  expect(rebinding.status()).toBe(403);
  for (const path of ['package.json', 'content/../package.json', 'public/og/x.png']) {
    expect((await request.post(url, { headers: keystatic, data: save([{ path, contents: 'x' }]) })).status(), path).toBe(400);
  }
  expect(readFileSync(article).equals(before)).toBe(true);
  expect(readFileSync('package.json').equals(packageJson)).toBe(true);
  expect(existsSync('public/og/x.png')).toBe(false);
});

test('the admin loads with no request to another host and no policy violation', async ({ page }) => {
  const offsite: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== devUrl) offsite.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content-Security-Policy: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  await page.goto(`${devUrl}/keystatic`);
  await expect(page.getByRole('link', { name: 'Articles' }).first()).toBeVisible({ timeout: 120_000 });
  await openEntry(page, 'guides/item/calf-massage');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('A calf massage to relax tired legs before bed');
  if (shots) await page.screenshot({ path: path.join(shots, 'admin-guide-editor.png') });
  expect(offsite).toEqual([]);
  expect(violations).toEqual([]);
});

test('opening an article, changing it and changing it back leaves its file byte-identical', async ({ page }) => {
  const before = readFileSync(article);
  await openEntry(page, 'articles/item/warm-bath-before-bed');
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill(`${await title.inputValue()}!`);
  expect((await save(page)).status()).toBe(200);
  expect(readFileSync(article).equals(before)).toBe(false);
  await title.fill((await title.inputValue()).slice(0, -1));
  expect((await save(page)).status()).toBe(200);
  expect(readFileSync(article).equals(before)).toBe(true);
});

test('a save that breaks a rule is refused with its message, and no file changes', async ({ page }) => {
  const before = readFileSync(article);
  await openEntry(page, 'articles/item/warm-bath-before-bed');
  // Forty characters: the form's own check (70 to 160) stops it first.
  await page.getByRole('textbox', { name: 'Description' }).fill('A warm bath before bed, in forty letters');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Description must be at least 70 characters|at least 70/i).first()).toBeVisible();
  expect(readFileSync(article).equals(before)).toBe(true);
  // A rule only content:check knows: a post may not list itself as related. The server refuses it (422).
  await page.getByRole('textbox', { name: 'Description' }).fill(readDescription(before));
  await page.getByRole('checkbox', { name: /^Why a warm bath/ }).check();
  const answer = await save(page);
  expect(answer.status()).toBe(422);
  await expect(page.getByText(/a post may not list itself as related/)).toBeVisible();
  await expect(page.getByText(/content\/articles\/warm-bath-before-bed\.mdx/).first()).toBeVisible();
  if (shots) await page.screenshot({ path: path.join(shots, 'admin-refused-save.png') });
  expect(readFileSync(article).equals(before)).toBe(true);
});

function readDescription(file: Buffer): string {
  const match = /^description: (?:>-\n((?: {2}.+\n)+)|(.+)\n)/m.exec(file.toString('utf8'));
  return (match?.[1] ?? match?.[2] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

test('changing one step of a guide shows the new text on its page', async ({ page }) => {
  await openEntry(page, 'guides/item/calf-massage');
  await page
    .getByRole('gridcell', { name: /Knead the calf muscle/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  const text = 'Squeeze the calf gently with one hand, then the other, from ankle to knee, for about three minutes.';
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect((await save(page)).status()).toBe(200);
  expect(readFileSync(guide, 'utf8')).toContain(text.slice(0, 40));
  await expect(async () => {
    await page.goto(`${devUrl}/guides/calf-massage`);
    await expect(page.getByText(text)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
});

test('an article written in the admin is a valid file with its cover, and shows as a draft', async ({ page }) => {
  const title = `A CMS test article ${process.pid}`;
  await page.goto(`${devUrl}/keystatic/collection/articles/create`);
  await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'File name' }).fill(newSlug);
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('An article the browser CMS test writes from scratch, checks on the site and then removes again.');
  await page.getByRole('textbox', { name: 'Published at' }).fill('2024-05-01');
  for (const [picker, choice] of [
    ['Author', 'maya-lindqvist'],
    ['Category', 'tips-for-better-sleep'],
  ]) {
    await page.getByRole('combobox', { name: picker }).fill(choice.slice(0, 4));
    await page.getByRole('option', { name: choice }).click();
  }
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('group', { name: 'Cover' }).getByRole('button', { name: 'Choose file' }).click();
  await (await chooser).setFiles('public/images/articles/warm-bath-before-bed/cover.svg');
  await page.getByRole('group', { name: 'Cover' }).getByRole('textbox', { name: 'Alt text' }).fill('A bathtub under a window at night');
  await page.getByRole('checkbox', { name: 'Draft' }).check();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('A first paragraph written in the browser.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await page.getByRole('option', { name: /Call to action/ }).click();
  // A figure with an uploaded picture: stored beside the cover, never in its place.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await page.getByRole('option', { name: /^Figure/ }).click();
  await body.getByRole('button', { name: 'Edit' }).last().click();
  const figure = page.getByRole('dialog', { name: 'Edit Figure' });
  const figureChooser = page.waitForEvent('filechooser');
  await figure.getByRole('button', { name: 'Choose file' }).click();
  await (await figureChooser).setFiles('public/images/guides/calf-massage/cover.svg');
  await figure.getByRole('textbox', { name: 'Alt text' }).fill('Hands stroking a calf upwards');
  await figure.getByRole('button', { name: 'Done' }).click();
  if (shots) await page.screenshot({ path: path.join(shots, 'admin-new-article.png') });
  const created = page.waitForResponse((response) => response.url().endsWith('/api/keystatic/update'));
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const answer = await created;
  expect(answer.status(), await answer.text()).toBe(200);

  const text = readFileSync(newFile, 'utf8');
  expect(text).toContain('<CallToAction />');
  expect(text).toContain(`src: /images/articles/${newSlug}/cover.svg`);
  expect(text).toMatch(/^author: maya-lindqvist$/m);
  expect(existsSync(`${newImages}/cover.svg`)).toBe(true);
  expect(text).toContain(`<Figure src="/images/articles/${newSlug}/figure-cover.svg" alt="Hands stroking a calf upwards" />`);
  expect(readFileSync(`${newImages}/figure-cover.svg`).equals(readFileSync('public/images/guides/calf-massage/cover.svg'))).toBe(true);
  const check = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/content-check.ts'], { encoding: 'utf8' });
  expect(check.status, check.stdout).toBe(0);

  // One click from the entry opens its page on the dev server.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible({ timeout: 60_000 });
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = await opened;
  expect(new URL(preview.url()).pathname).toBe(`/articles/${newSlug}`);
  await expect(async () => {
    await preview.reload();
    await expect(preview.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
  await expect(preview.getByRole('status').filter({ hasText: 'Draft' })).toBeVisible();
  await expect(preview.getByText('A first paragraph written in the browser.')).toBeVisible();
  // Its size comes from the file.
  await expect(preview.getByRole('img', { name: 'Hands stroking a calf upwards' })).toHaveAttribute('width', '800');
  if (shots) await preview.screenshot({ path: path.join(shots, 'new-article-page.png'), fullPage: true });
});
