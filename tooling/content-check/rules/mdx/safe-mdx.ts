/** The safe-MDX rules, shared by the compiler plugin and content:check. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { MdxNodeRule } from './mdx-node-rule';
import { noEventHandler } from './no-event-handler';
import { noExpression } from './no-expression';
import { noImportExport } from './no-import-export';
import { noRawHtml } from './no-raw-html';

export const safeMdxRules: MdxNodeRule[] = [noImportExport, noExpression, noRawHtml, noEventHandler];

export type MdxViolation = { rule: MdxNodeRule; message: string; line: number; column: number };

/** Every node of a tree that breaks one of the rules, in document order. */
export function findViolations(tree: Root, rules: MdxNodeRule[]): MdxViolation[] {
  const violations: MdxViolation[] = [];
  visit(tree, (node) => {
    // Nodes without a position were added by other plugins (mdx-bundler's frontmatter export), not written by the editor.
    if (!node.position) return;
    for (const rule of rules) {
      const message = rule.test(node);
      if (message) violations.push({ rule, message, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
  });
  return violations;
}
