import { describe, expect, it } from 'vitest';
import { validCollections } from '../content/test-fixtures/raw-collections';
import { validateCollections } from '../content/validate';
import type { Post } from '../content/collections';
import { maxReadingCandidates, readingCandidates, toReadingCandidate } from './reading-candidates';

const { content } = validateCollections(validCollections());

describe('toReadingCandidate', () => {
  it('keeps a guide’s title, address, tags, body area and audience', () => {
    expect(toReadingCandidate(content.guides[0])).toEqual({
      title: 'A foot massage for sleep',
      path: '/guides/foot-massage',
      kind: 'guide',
      tags: ['warmth'],
      bodyArea: 'feet',
      audience: 'both',
    });
  });

  it('gives an article no body area', () => {
    const article = toReadingCandidate(content.articles[0]);
    expect(article).toEqual({ title: 'A warm bath before bed', path: '/articles/warm-bath', kind: 'article', tags: ['warmth'] });
  });
});

describe('readingCandidates', () => {
  const article = content.articles[0];
  /** `count` posts, newest first, with the given tags. */
  const posts = (count: number, tags: string[], prefix: string): Post[] =>
    Array.from({ length: count }, (_, index) => ({ ...article, slug: `${prefix}-${index}`, tags }));

  it('keeps the newest relevant posts only, so the page does not grow with the site', () => {
    const chosen = readingCandidates([...posts(5_000, ['breathing'], 'relevant')]);
    expect(chosen).toHaveLength(maxReadingCandidates);
    expect(chosen[0].path).toBe('/articles/relevant-0');
    expect(chosen.at(-1)!.path).toBe(`/articles/relevant-${maxReadingCandidates - 1}`);
  });

  it('always brings the newest few posts, for results nothing fits, and lists each post once', () => {
    const chosen = readingCandidates([...posts(4, ['couples'], 'other'), ...posts(2, ['stress'], 'relevant')]);
    expect(chosen.map((candidate) => candidate.path)).toEqual([
      '/articles/other-0',
      '/articles/other-1',
      '/articles/other-2',
      '/articles/relevant-0',
      '/articles/relevant-1',
    ]);
  });
});
