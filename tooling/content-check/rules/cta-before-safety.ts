/**
 * A sales button placed just above a safety section reads as if it were part
 * of the safety advice, or pushes it out of view: the safety text comes first.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type ContentRule, type Finding, parsedPosts } from './content-rule';

/** Headings that open a safety section. */
export const safetyHeading =
  /\b(safety|safe|precautions?|cautions?|warnings?|when to (?:stop|get help|see|call|seek)|who should|risks?|side effects?|take care|medical help)\b/i;

const isCallToAction = (node: RootContent) => node.type === 'mdxJsxFlowElement' && node.name === 'CallToAction';

export const ctaBeforeSafety: ContentRule = {
  id: 'cta/before-safety',
  severity: 'error',
  summary: 'An inline <CallToAction /> does not sit directly before a safety section.',
  hint: 'move <CallToAction /> after the safety section, or above the section before it',
  check: (context) =>
    parsedPosts(context).flatMap((doc) =>
      doc.body.tree.children.flatMap((node, index, nodes): Finding[] => {
        const next = nodes[index + 1];
        if (!isCallToAction(node) || next?.type !== 'heading' || !safetyHeading.test(toString(next))) return [];
        const at = node.position?.start;
        return [
          { file: doc.file, line: at?.line, column: at?.column, message: `<CallToAction /> sits directly before the safety section "${toString(next)}"` },
        ];
      }),
    ),
};
