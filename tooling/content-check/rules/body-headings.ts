import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export type BodyHeading = { depth: number; line: number; column: number };

/** Markdown headings and <h1>…<h6> elements of a body, in order. */
export function bodyHeadings(tree: Root): BodyHeading[] {
  const headings: BodyHeading[] = [];
  visit(tree, (node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'heading') headings.push({ depth: node.depth, ...at });
    const name = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? node.name : undefined;
    const match = name ? /^h([1-6])$/.exec(name) : null;
    if (match) headings.push({ depth: Number(match[1]), ...at });
  });
  return headings;
}
