import { describe, expect, it } from 'vitest';
import { fullRowsOfThree, lastItemSpan } from './grid-fill';

describe('lastItemSpan', () => {
  // Rows of two (sm) and three (lg): the last item widens to close its row.
  it.each([
    { count: 6, span: 'lg:col-span-1' },
    { count: 8, span: 'lg:col-span-2' },
    { count: 7, span: 'sm:col-span-2 lg:col-span-3' },
    { count: 5, span: 'sm:col-span-2 lg:col-span-2' },
  ])('gives the last of $count items $span', ({ count, span }) => {
    expect(lastItemSpan(count)).toBe(span);
  });
});

describe('fullRowsOfThree', () => {
  it.each([
    { available: 2, max: 6, kept: 2 },
    { available: 4, max: 6, kept: 3 },
    { available: 5, max: 6, kept: 3 },
    { available: 9, max: 6, kept: 6 },
  ])('keeps $kept of $available items (at most $max) as whole rows of three', ({ available, max, kept }) => {
    expect(fullRowsOfThree(available, max)).toBe(kept);
  });
});
