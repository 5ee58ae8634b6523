/** Splitting a list into numbered pages (from 1) for the paginated indexes. */

/** How many posts a listing page shows: the article index and the tag, category and author pages. */
export const postsPerPage = 12;

export type Page<T> = {
  /** This page's number, from 1. */
  page: number;
  /** How many pages there are; at least 1, so an empty list still has its index page. */
  pageCount: number;
  items: T[];
};

/** The number of pages a list of `total` items fills at `perPage` a page. */
export function pageCount(total: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  return Math.max(1, Math.ceil(total / perPage));
}

/** Page `page` of `items`, or undefined when there is no such page. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const count = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { page, pageCount: count, items: items.slice((page - 1) * perPage, page * perPage) };
}

/** The numbers of every page after the first: the ones that need their own route. */
export function laterPageNumbers(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, index) => index + 2);
}

/**
 * The page a listing route shows: page 1 on the listing's own route (no
 * parameter), a later page on its `page/[n]` route. Page 1 has one address, so
 * "1" on the later route is no page; nor is a number past the last.
 */
export function pageAt<T>(items: readonly T[], param: string | undefined, perPage: number): Page<T> | undefined {
  if (param === undefined) return paginate(items, 1, perPage);
  const number = parsePageNumber(param);
  return number !== undefined && number > 1 ? paginate(items, number, perPage) : undefined;
}

/**
 * A route parameter such as "3" as a page number; anything else ("03", "1.5",
 * "x") is not a page, so a page has exactly one address.
 */
export function parsePageNumber(param: string): number | undefined {
  return /^[1-9]\d*$/.test(param) ? Number(param) : undefined;
}

/** One entry of the page-number row: a page number, or a gap where numbers are left out. */
export type PageWindowItem = number | 'gap';

/**
 * The page numbers to show for page `page` of `pageCount`: the first and last,
 * the current page with `neighbours` on each side, and gaps where numbers are
 * left out. The row always has the same length once the pages outnumber it (so
 * it neither grows with the archive nor jumps as the reader pages), and a gap
 * always stands for two or more numbers (one would fit in the gap's place).
 */
export function pageWindow(page: number, pageCount: number, neighbours = 1): PageWindowItem[] {
  const length = 2 * neighbours + 5;
  const all = Array.from({ length: pageCount }, (_, index) => index + 1);
  if (pageCount <= length) return all;
  // The run of numbers around the current page, kept clear of the first two and last two slots.
  const first = Math.min(Math.max(page - neighbours, 3), pageCount - 2 - 2 * neighbours);
  const run = all.slice(first - 1, first + 2 * neighbours);
  const last = run[run.length - 1];
  return [1, first === 3 ? 2 : 'gap', ...run, last === pageCount - 2 ? pageCount - 1 : 'gap', pageCount];
}
