import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '@/lib/content/schema';
import { syntheticArticle } from './synthetic-corpus';

const context = { author: 'maya-lindqvist', category: 'tips-for-better-sleep', guide: 'foot-massage-for-sleep', image: { src: '/images/bench/cover.svg', width: 1200, height: 675 } };

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
