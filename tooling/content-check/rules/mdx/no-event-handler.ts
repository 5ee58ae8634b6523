import { type MdxNodeRule } from './mdx-node-rule';

const eventAttribute = /^on[a-z]+$/i;
const scriptUrl = /^\s*(?:javascript|vbscript|data:text\/html)/i;

/** Event-handler attributes and javascript: links run code in the reader's browser. */
export const noEventHandler: MdxNodeRule = {
  id: 'mdx/no-event-handler',
  summary: 'Event-handler attributes such as onclick, and javascript: links, are not allowed.',
  hint: 'remove the attribute; links must point to a page or an https:// address',
  test(node) {
    if (node.type === 'link' || node.type === 'definition') {
      return scriptUrl.test(node.url) ? `the link "${node.url.slice(0, 40)}" runs code` : undefined;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') continue;
      if (eventAttribute.test(attribute.name)) return `the attribute ${attribute.name} on <${node.name}> runs code`;
      if (typeof attribute.value === 'string' && scriptUrl.test(attribute.value))
        return `${attribute.name}="${attribute.value.slice(0, 40)}" on <${node.name}> runs code`;
    }
    return undefined;
  },
};
