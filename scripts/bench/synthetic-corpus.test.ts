import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '@/lib/content/collections';
import { syntheticArticle, syntheticDay } from './synthetic-corpus';

const context = {
  author: 'maya-lindqvist',
  category: 'tips-for-better-sleep',
  guide: 'foot-massage-for-sleep',
  image: { src: '/images/bench/cover.svg', width: 1200, height: 675 },
};

describe('syntheticArticle', () => {
  it('writes frontmatter that passes the article schema', () => {
    const { text } = syntheticArticle(41, context);
    const frontmatter = text.split('---')[1];
    expect(articleSchema.safeParse(parse(frontmatter)).success).toBe(true);
  });

  it('gives every article its own slug and a body with headings, a list, an image and the call to action', () => {
    const first = syntheticArticle(0, context);
    const second = syntheticArticle(1, context);
    expect(first.slug).not.toBe(second.slug);
    expect(first.text).toMatch(/^## /m);
    expect(first.text).toMatch(/^- /m);
    expect(first.text).toContain('![');
    expect(first.text).toContain('<CallToAction />');
  });
});

describe('syntheticDay', () => {
  const today = new Date(Date.UTC(2026, 11, 1, 15, 30));

  it('dates the first article today and the rest backwards, never in the future', () => {
    expect(syntheticDay(0, today)).toBe('2026-12-01');
    const days = Array.from({ length: 10_000 }, (_, index) => syntheticDay(index, today));
    expect(days.every((day) => day <= '2026-12-01')).toBe(true);
    expect(days.every((day, index) => index === 0 || day <= days[index - 1])).toBe(true);
    expect(days[9_999] > '2015-01-01').toBe(true);
  });

  it('puts the date in the frontmatter (article 5: 28 hours before midnight)', () => {
    expect(syntheticArticle(4, context, today).text).toContain('publishedAt: 2026-11-29');
  });
});
