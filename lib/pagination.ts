/** Splitting a list into numbered pages (from 1) for the paginated indexes. */

/** How many items the article index shows on one page. */
export const articlesPerPage = 12;

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
 * A route parameter such as "3" as a page number; anything else ("03", "1.5",
 * "x") is not a page, so a page has exactly one address.
 */
export function parsePageNumber(param: string): number | undefined {
  return /^[1-9]\d*$/.test(param) ? Number(param) : undefined;
}
