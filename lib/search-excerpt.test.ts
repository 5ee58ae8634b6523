import { describe, expect, it } from 'vitest';
import { bestLocation, sentenceExcerpt } from './search-excerpt';

const text = 'Roll each wrist for a minute and a half per hand. Step 6: Finish with the feet. Move to the end of the bed and stroke each sole.';
const words = text.split(' ');
const feet = words.indexOf('feet.');

describe('sentenceExcerpt', () => {
  it('opens at the start of the sentence holding the match and marks it', () => {
    expect(sentenceExcerpt(text, [feet], { length: 8 })).toBe('Step 6: Finish with the <mark>feet.</mark> Move to …');
  });

  it('marks every occurrence of the matched word in the snippet', () => {
    const twice = 'Warm the feet first. Then hold the feet gently and breathe out slowly.';
    expect(sentenceExcerpt(twice, [2], { length: 13 })).toBe(
      'Warm the <mark>feet</mark> first. Then hold the <mark>feet</mark> gently and breathe out slowly.',
    );
  });

  it('starts at the match when no sentence starts within reach', () => {
    const long = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} target and more.`;
    expect(sentenceExcerpt(long, [40], { length: 3, maxLookBack: 5 })).toBe('<mark>target</mark> and more.');
  });

  it('escapes the page text', () => {
    expect(sentenceExcerpt('Use <b>oil</b> & rest.', [1], { length: 5 })).toBe('Use <mark>&#60;b&#62;oil&#60;/b&#62;</mark> &#38; rest.');
  });

  it('is empty for empty text', () => {
    expect(sentenceExcerpt('', [])).toBe('');
  });
});

describe('bestLocation', () => {
  it('picks the highest-scoring match', () => {
    expect(
      bestLocation([
        { location: 3, balanced_score: 10 },
        { location: 9, balanced_score: 90 },
        { location: 12, balanced_score: 20 },
      ]),
    ).toBe(9);
    expect(bestLocation([])).toBeUndefined();
  });
});
