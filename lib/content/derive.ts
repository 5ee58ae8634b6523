/** Values computed from a post's MDX body: its table of contents and reading time. */
import GithubSlugger from 'github-slugger';
import readingTime from 'reading-time';
import type { Heading } from './types';

/** Markdown syntax stripped from heading text, so "## **Why** it `works`" reads "Why it works". */
const inlineMarkup = /[*_`~]|\[([^\]]*)\]\([^)]*\)/g;

/**
 * The h2 and h3 headings of an MDX body, with the ids rehype-slug gives them
 * (both use github-slugger, so the anchors match).
 */
export function extractHeadings(mdx: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of mdx.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = match[2].replace(inlineMarkup, '$1').trim();
    const id = slugger.slug(text);
    const depth = match[1].length;
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

/** Whole minutes to read a body, never less than one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(readingTime(mdx).minutes));
}
