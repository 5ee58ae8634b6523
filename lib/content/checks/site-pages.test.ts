import { describe, expect, it } from 'vitest';
import { parseMdx } from '../mdx-tree';
import { headingIds, splitInternalLink } from './site-pages';

describe('splitInternalLink', () => {
  it('splits a site address into path and anchor, ignoring the query and a trailing slash', () => {
    expect(splitInternalLink('/guides/feet/?from=home#how-it-feels')).toEqual({ path: '/guides/feet', anchor: 'how-it-feels' });
    expect(splitInternalLink('/')).toEqual({ path: '/', anchor: undefined });
    expect(splitInternalLink('#caf%C3%A9')).toEqual({ path: '', anchor: 'café' });
  });

  it('leaves other sites, protocol-relative addresses and mail links alone', () => {
    expect(splitInternalLink('https://example.org/a')).toBeUndefined();
    expect(splitInternalLink('//example.org/a')).toBeUndefined();
    expect(splitInternalLink('mailto:hello@example.org')).toBeUndefined();
  });
});

describe('headingIds', () => {
  it('gives the ids rehype-slug gives, numbering repeats', () => {
    const { tree } = parseMdx('## Why it *works*\n\n### Timing it\n\n## Why it works\n\n## Step 1: the `feet`');
    expect(tree && [...headingIds(tree)]).toEqual(['why-it-works', 'timing-it', 'why-it-works-1', 'step-1-the-feet']);
  });
});
