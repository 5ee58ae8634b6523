/** MDX node rules, run by content:check as content rules: the safe-MDX rules plus the component rules. */
import type { CheckContext, ContentRule } from './content-rule';
import { missingProp } from './mdx/missing-prop';
import type { MdxNodeRule } from './mdx/mdx-node-rule';
import { findViolations, safeMdxRules } from './mdx/safe-mdx';
import { unknownComponent } from './mdx/unknown-component';

export const mdxNodeRules: MdxNodeRule[] = [...safeMdxRules, unknownComponent, missingProp];

function asContentRule(rule: MdxNodeRule): ContentRule {
  return {
    id: rule.id,
    severity: 'error',
    summary: rule.summary,
    hint: rule.hint,
    check: (context: CheckContext) =>
      context.documents.flatMap((doc) =>
        doc.body?.tree ? findViolations(doc.body.tree, [rule]).map(({ message, line, column }) => ({ file: doc.file, message, line, column })) : [],
      ),
  };
}

export const mdxContentRules: ContentRule[] = mdxNodeRules.map(asContentRule);
