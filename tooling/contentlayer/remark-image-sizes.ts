/**
 * A remark plugin that gives every <Figure> in an MDX body the width and
 * height of its file under public/, unless they are written, so editors never
 * type pixels and the page does not jump while the picture loads.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { type ImageSizer, publicImageSizer } from '../../lib/content/image-sizes';

/** A JSX attribute holding a number, as the MDX compiler expects it (an expression with its estree). */
function numberAttribute(name: string, value: number): MdxJsxAttribute {
  const literal = { type: 'Literal' as const, value, raw: String(value) };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: literal }] } },
    },
  };
}

export type RemarkImageSizesOptions = { sizeOf?: ImageSizer };

export function remarkImageSizes({ sizeOf = publicImageSizer() }: RemarkImageSizesOptions = {}) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'Figure') return;
      const attributes = element.attributes.filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
      const src = attributes.find((a) => a.name === 'src')?.value;
      if (typeof src !== 'string' || attributes.some((a) => a.name === 'width' || a.name === 'height')) return;
      const size = sizeOf(src);
      if (size) element.attributes.push(numberAttribute('width', size.width), numberAttribute('height', size.height));
    });
  };
}
