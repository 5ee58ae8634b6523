import { describe, expect, it } from 'vitest';
import { fullRowsOfThree, lastItemSpan } from './grid-fill';

describe('lastItemSpan', () => {
  it('widens the last item to fill its row in two and three columns', () => {
    expect(lastItemSpan(6)).toBe('lg:col-span-1');
    expect(lastItemSpan(8)).toBe('lg:col-span-2');
    expect(lastItemSpan(7)).toBe('sm:col-span-2 lg:col-span-3');
    expect(lastItemSpan(5)).toBe('sm:col-span-2 lg:col-span-2');
  });
});

describe('fullRowsOfThree', () => {
  it('keeps whole rows of three, up to the maximum', () => {
    expect(fullRowsOfThree(2, 6)).toBe(2);
    expect(fullRowsOfThree(4, 6)).toBe(3);
    expect(fullRowsOfThree(5, 6)).toBe(3);
    expect(fullRowsOfThree(9, 6)).toBe(6);
  });
});
