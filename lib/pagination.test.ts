import { describe, expect, it } from 'vitest';
import { laterPageNumbers, pageAt, pageCount, paginate, pageWindow, parsePageNumber } from './pagination';

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

describe('pageAt', () => {
  const items = numbers(25);

  it('gives page 1 on the listing route and later pages on the page route', () => {
    expect(pageAt(items, undefined, 12)?.page).toBe(1);
    expect(pageAt(items, '2', 12)?.items).toEqual(numbers(24).slice(12));
    expect(pageAt(items, '3', 12)?.items).toEqual([25]);
  });

  it('has no page 1 on the page route, so page 1 has one address', () => {
    expect(pageAt(items, '1', 12)).toBeUndefined();
  });

  it('has no page past the last or for a malformed number', () => {
    for (const bad of ['4', '0', '02', 'two']) expect(pageAt(items, bad, 12), bad).toBeUndefined();
  });
});

describe('pageWindow', () => {
  const gap = 'gap';

  it('shows every number when there are few pages', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first pages together on page 1 and near the start', () => {
    expect(pageWindow(1, 417)).toEqual([1, 2, 3, 4, 5, gap, 417]);
    expect(pageWindow(4, 417)).toEqual([1, 2, 3, 4, 5, gap, 417]);
  });

  it('shows the current page with a neighbour on each side in the middle', () => {
    expect(pageWindow(5, 417)).toEqual([1, gap, 4, 5, 6, gap, 417]);
    expect(pageWindow(200, 417)).toEqual([1, gap, 199, 200, 201, gap, 417]);
  });

  it('keeps the last pages together on the last page and near the end', () => {
    expect(pageWindow(417, 417)).toEqual([1, gap, 413, 414, 415, 416, 417]);
    expect(pageWindow(414, 417)).toEqual([1, gap, 413, 414, 415, 416, 417]);
  });

  it('widens the run with more neighbours', () => {
    expect(pageWindow(50, 100, 2)).toEqual([1, gap, 48, 49, 50, 51, 52, gap, 100]);
  });

  it('always holds the first, last and current page and its neighbours, in order, once each, with gaps only over skipped numbers', () => {
    for (let count = 1; count <= 30; count++) {
      for (let page = 1; page <= count; page++) {
        const window = pageWindow(page, count);
        const shown = window.filter((item): item is number => item !== gap);
        const expected = [1, page - 1, page, page + 1, count].filter((number) => number >= 1 && number <= count);
        expect(shown, `page ${page} of ${count}`).toEqual(expect.arrayContaining(expected));
        expect(new Set(shown).size, `no number twice on page ${page} of ${count}`).toBe(shown.length);
        expect(window.length, `page ${page} of ${count}`).toBe(Math.min(count, 7));
        window.forEach((item, index) => {
          if (index === 0) return;
          const before = window[index - 1];
          const after = window[index + 1];
          if (item === gap) {
            // A gap sits between two numbers and stands for at least two of them.
            expect(typeof before === 'number' && typeof after === 'number' && after - before > 2, `gap in ${window}`).toBe(true);
          } else if (before !== gap) {
            expect(item, `${window}`).toBe(before + 1);
          }
        });
      }
    }
  });
});
