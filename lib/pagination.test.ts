import { describe, expect, it } from 'vitest';
import { laterPageNumbers, pageCount, paginate, parsePageNumber } from './pagination';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('pageCount', () => {
  it('rounds up and never goes below one page', () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(1, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
    expect(pageCount(25, 12)).toBe(3);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => pageCount(5, 0)).toThrow(RangeError);
    expect(() => pageCount(5, 2.5)).toThrow(/positive integer/);
  });
});

describe('paginate', () => {
  it('gives each page its slice, the last page holding the remainder', () => {
    const items = numbers(25);
    expect(paginate(items, 1, 12)).toEqual({ page: 1, pageCount: 3, items: numbers(12) });
    expect(paginate(items, 2, 12)?.items).toEqual(numbers(24).slice(12));
    expect(paginate(items, 3, 12)?.items).toEqual([25]);
  });

  it('has a first page for an empty list', () => {
    expect(paginate([], 1, 12)).toEqual({ page: 1, pageCount: 1, items: [] });
  });

  it('has no page before the first, after the last, or between whole numbers', () => {
    const items = numbers(13);
    expect(paginate(items, 0, 12)).toBeUndefined();
    expect(paginate(items, 3, 12)).toBeUndefined();
    expect(paginate(items, 1.5, 12)).toBeUndefined();
  });
});

describe('laterPageNumbers', () => {
  it('lists the pages after the first, which need their own address', () => {
    expect(laterPageNumbers(1, 12)).toEqual([]);
    expect(laterPageNumbers(12, 12)).toEqual([]);
    expect(laterPageNumbers(13, 12)).toEqual([2]);
    expect(laterPageNumbers(37, 12)).toEqual([2, 3, 4]);
  });
});

describe('parsePageNumber', () => {
  it('accepts a plain positive number', () => {
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('10')).toBe(10);
  });

  it('rejects zero, padding, fractions and words', () => {
    for (const bad of ['0', '02', '1.5', '-1', 'two', '']) expect(parsePageNumber(bad)).toBeUndefined();
  });
});
