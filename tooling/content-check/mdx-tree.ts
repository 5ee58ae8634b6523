/**
 * Parses an MDX body the way contentlayer compiles it (remark-parse, GFM and
 * MDX syntax), so checks see the same tree the build sees.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type MdxParse = { tree: Root; error?: undefined } | { tree?: undefined; error: { message: string; line: number; column: number } };

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Parses a body whose first line is line `firstLine` of its file; node positions are file lines. */
export function parseMdx(body: string, firstLine = 1): MdxParse {
  try {
    const tree = processor.parse(body);
    visit(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += firstLine - 1;
      node.position.end.line += firstLine - 1;
    });
    return { tree };
  } catch (error) {
    const { place, reason = String(error) } = error as {
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
      reason?: string;
    };
    const point = place && 'start' in place && place.start ? place.start : place;
    // Some errors (an unclosed tag) give no place, only "(2:1-2:17)" in the text, counted from the body's start.
    const span = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const line = point?.line ?? (span ? Number(span[1]) : 1);
    const column = point?.column ?? (span ? Number(span[2]) : 1);
    return { error: { message: span ? reason.replace(span[0], '') : reason, line: line + firstLine - 1, column } };
  }
}
