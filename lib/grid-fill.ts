/**
 * Home-page grids that never leave an empty slot: two columns from `sm`,
 * three from `lg`. The last item widens to fill its row when the count does
 * not divide evenly. Class names are whole strings so Tailwind finds them.
 */
const smSpan = ['', 'sm:col-span-2'] as const;
const lgSpan = ['lg:col-span-1', 'lg:col-span-3', 'lg:col-span-2'] as const;

/** Classes for the last of `count` items in such a grid. */
export function lastItemSpan(count: number): string {
  return [smSpan[count % 2], lgSpan[count % 3]].filter(Boolean).join(' ');
}

/** How many of `available` cards to show, at most `max`, so that full rows of three remain (or all, when fewer than three). */
export function fullRowsOfThree(available: number, max: number): number {
  const shown = Math.min(available, max);
  return shown < 3 ? shown : shown - (shown % 3);
}
