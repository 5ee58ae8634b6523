import { describe, expect, it } from 'vitest';
import { tagLabel } from './tag-label';

describe('tagLabel', () => {
  it('turns a slug into words with a capital first letter', () => {
    expect(tagLabel('bedtime-routine')).toBe('Bedtime routine');
    expect(tagLabel('feet')).toBe('Feet');
    expect(tagLabel('self-massage-2')).toBe('Self massage 2');
  });

  it('copes with an empty slug', () => {
    expect(tagLabel('')).toBe('');
  });
});
