import { describe, expect, it } from 'vitest';
import { readingMinutes } from './derive';

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});
