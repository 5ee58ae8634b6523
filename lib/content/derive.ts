/** Values computed from a post's MDX body. Its headings come from its Markdown tree: headings.ts. */
import readingTime from 'reading-time';

/** Whole minutes to read a body, never less than one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(readingTime(mdx).minutes));
}
