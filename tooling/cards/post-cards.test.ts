import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenGraphCardInput } from '../../lib/seo/og-image-path';
import { writePostCards } from './post-cards';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function publicDir() {
  const folder = mkdtempSync(path.join(tmpdir(), 'cards-'));
  folders.push(folder);
  return folder;
}

const ledger = (dir: string) => path.join(dir, 'cache/og-cards.json');

/** Records what it was asked to draw; the "picture" is the card's text. */
function recorder() {
  const drawn: OpenGraphCardInput[] = [];
  const render = async (input: OpenGraphCardInput) => {
    drawn.push(input);
    return new TextEncoder().encode(`${input.kind}: ${input.title}`);
  };
  return { drawn, render };
}

const article = { type: 'article' as const, slug: 'warm-bath', title: 'A warm bath before bed' };
const guide = { type: 'guide' as const, slug: 'foot-massage', title: 'Foot massage for sleep' };

describe('writePostCards', () => {
  it('draws one card per post at the address the metadata names', async () => {
    const dir = publicDir();
    const { drawn, render } = recorder();
    expect(await writePostCards([article, guide], dir, ledger(dir), render)).toEqual({ drawn: 2, kept: 0, removed: 0 });
    expect(readFileSync(path.join(dir, 'og/articles/warm-bath.png'), 'utf8')).toBe('Article: A warm bath before bed');
    expect(readFileSync(path.join(dir, 'og/guides/foot-massage.png'), 'utf8')).toBe('Technique guide: Foot massage for sleep');
    expect(drawn).toHaveLength(2);
    expect(existsSync(path.join(dir, 'og/cards.json'))).toBe(false);
  });

  it('draws again only the cards whose text changed, and removes cards of posts that are gone', async () => {
    const dir = publicDir();
    await writePostCards([article, guide], dir, ledger(dir), recorder().render);
    const second = recorder();
    const retitled = { ...article, title: 'Warm water, calm mind' };
    expect(await writePostCards([retitled], dir, ledger(dir), second.render)).toEqual({ drawn: 1, kept: 0, removed: 1 });
    expect(second.drawn).toEqual([{ kind: 'Article', title: 'Warm water, calm mind' }]);
    expect(existsSync(path.join(dir, 'og/guides/foot-massage.png'))).toBe(false);
    const third = recorder();
    expect(await writePostCards([retitled], dir, ledger(dir), third.render)).toEqual({ drawn: 0, kept: 1, removed: 0 });
    expect(third.drawn).toEqual([]);
  });

  it('draws a card again when its file was deleted or the record of cards is unreadable', async () => {
    const dir = publicDir();
    await writePostCards([article, guide], dir, ledger(dir), recorder().render);
    rmSync(path.join(dir, 'og/articles/warm-bath.png'));
    writeFileSync(ledger(dir), '{ not json');
    mkdirSync(path.join(dir, 'og/stale'), { recursive: true });
    writeFileSync(path.join(dir, 'og/stale/old.png'), 'old');
    const again = recorder();
    expect(await writePostCards([article, guide], dir, ledger(dir), again.render)).toEqual({ drawn: 2, kept: 0, removed: 1 });
    expect(existsSync(path.join(dir, 'og/stale/old.png'))).toBe(false);
  });
});
