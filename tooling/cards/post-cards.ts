/**
 * Keeps public/og in step with the published posts: one PNG card per article
 * and guide. A card whose text and drawing are unchanged is kept, so a rebuild
 * draws only new or retitled posts; cards of posts that are gone are removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Post } from '../../lib/content/collections';
import { cardFingerprint, type OpenGraphCardInput, postCardFile, postCardInput } from '../../lib/seo/og-image-path';

/** The folder under public/ that this module owns. */
export const cardsFolder = 'og';

export type CardRenderer = (input: OpenGraphCardInput) => Promise<Uint8Array>;
export type CardsResult = { drawn: number; kept: number; removed: number };

function readLedger(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png'));
}

/** Runs `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Draws the cards that are missing or out of date. `ledgerFile` records each
 * card's fingerprint between runs; it lives outside public/, which is served.
 */
export async function writePostCards(
  posts: Pick<Post, 'type' | 'slug' | 'title'>[],
  publicDir: string,
  ledgerFile: string,
  render: CardRenderer,
): Promise<CardsResult> {
  const root = path.join(publicDir, cardsFolder);
  const previous = readLedger(ledgerFile);
  const ledger: Record<string, string> = {};
  const result: CardsResult = { drawn: 0, kept: 0, removed: 0 };
  const toDraw: { target: string; input: OpenGraphCardInput }[] = [];
  for (const post of posts) {
    const file = postCardFile(post);
    const input = postCardInput(post);
    const fingerprint = cardFingerprint(input);
    const target = path.join(publicDir, file);
    ledger[file] = fingerprint;
    if (previous[file] === fingerprint && existsSync(target)) result.kept += 1;
    else toDraw.push({ target, input });
  }
  // Two at a time: one card's layout runs in JavaScript while the other's pixels are drawn natively.
  await eachLimited(toDraw, 2, async ({ target, input }) => {
    const picture = await render(input);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, picture);
    result.drawn += 1;
  });
  for (const file of filesUnder(root)) {
    if (ledger[path.join(cardsFolder, file).split(path.sep).join('/')]) continue;
    rmSync(path.join(root, file));
    result.removed += 1;
  }
  mkdirSync(path.dirname(ledgerFile), { recursive: true });
  writeFileSync(ledgerFile, `${JSON.stringify(ledger, null, 1)}\n`);
  return result;
}
