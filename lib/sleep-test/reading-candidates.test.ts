import { describe, expect, it } from 'vitest';
import { validCollections } from '../content/test-fixtures/raw-collections';
import { validateCollections } from '../content/validate';
import { toReadingCandidate } from './reading-candidates';

const { content } = validateCollections(validCollections());

describe('toReadingCandidate', () => {
  it('keeps a guide’s title, address, tags and body area', () => {
    expect(toReadingCandidate(content.guides[0])).toEqual({
      title: 'A foot massage for sleep',
      path: '/guides/foot-massage',
      kind: 'guide',
      tags: ['warmth'],
      bodyArea: 'feet',
    });
  });

  it('gives an article no body area', () => {
    expect(toReadingCandidate(content.articles[0])).toEqual({
      title: 'A warm bath before bed',
      path: '/articles/warm-bath',
      kind: 'article',
      tags: ['warmth'],
    });
  });
});
