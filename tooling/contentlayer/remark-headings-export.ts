/**
 * A remark plugin for contentlayer's MDX compile: records the body's table of
 * contents as an export of the compiled module (`headings`), read from the
 * very tree that is compiled, so rendering a post needs no second parse.
 * components/post-view.tsx reads it back.
 */
import { valueToEstree } from 'estree-util-value-to-estree';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { bodyHeadings, contentsEntries } from '../../lib/content/headings';

/** The name of the compiled body's export that holds its table of contents. */
export const headingsExport = 'headings';

export function remarkHeadingsExport() {
  return (tree: Root) => {
    const headings = contentsEntries(bodyHeadings(tree));
    tree.children.push({
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExportNamedDeclaration',
              specifiers: [],
              attributes: [],
              declaration: {
                type: 'VariableDeclaration',
                kind: 'const',
                declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name: headingsExport }, init: valueToEstree(headings) }],
              },
            },
          ],
        },
      },
    });
  };
}
