import type { Nodes } from 'mdast';

/**
 * A rule about one node of an MDX body. `test` returns the message for a node
 * that breaks the rule. The same rules run in `content:check` and, for the
 * safety rules, in the compiler (remark-safe-mdx), so both say the same thing.
 */
export type MdxNodeRule = {
  id: string;
  /** What the rule asks for, in one sentence (listed in CONTENT.md). */
  summary: string;
  /** How to fix a problem it finds. */
  hint: string;
  test(node: Nodes): string | undefined;
};

/** Name of a JSX element, e.g. "CallToAction" or "script"; undefined for a fragment or another node. */
export function jsxName(node: Nodes): string | undefined {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.name ?? undefined) : undefined;
}
