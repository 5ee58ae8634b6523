import { jsxName, type MdxNodeRule } from './mdx-node-rule';

/** Elements that run code, load other sites or restyle the page. */
const forbidden = new Set(['script', 'iframe', 'style', 'object', 'embed']);

export const noRawHtml: MdxNodeRule = {
  id: 'mdx/no-raw-html',
  summary: 'Raw <script>, <iframe>, <style>, <object> and <embed> elements are not allowed.',
  hint: 'remove the element; for a video or widget, ask a developer for a component',
  test(node) {
    const name = jsxName(node)?.toLowerCase();
    return name && forbidden.has(name) ? `<${name}> is not allowed in a post` : undefined;
  },
};
