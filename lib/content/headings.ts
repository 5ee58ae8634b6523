/**
 * The headings of an MDX body, read from its Markdown tree (mdast) in one
 * place: contentlayer's compile step records them for the table of contents
 * (remark-headings-export.ts), and content:check's link/anchor rule checks
 * links against them. The ids are the ones rehype-slug renders: both slug the
 * heading's text with github-slugger, in document order, numbering repeats.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading } from './collections';

/** A Markdown heading of any level, with its text and rendered id. */
export type BodyHeading = { depth: number; text: string; id: string };

/** Every Markdown heading ("#" to "######") of a body, in order. */
export function bodyHeadings(tree: Root): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  visit(tree, 'heading', (heading) => {
    const text = toString(heading);
    headings.push({ depth: heading.depth, text, id: slugger.slug(text) });
  });
  return headings;
}

/** The entries of a table of contents: the h2 and h3 headings. */
export function contentsEntries(headings: BodyHeading[]): Heading[] {
  return headings.flatMap(({ depth, text, id }) => (depth === 2 || depth === 3 ? [{ depth, text, id }] : []));
}
