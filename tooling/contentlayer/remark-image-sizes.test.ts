import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkImageSizes } from './remark-image-sizes';

function figureAttributes(mdx: string, sizes: Record<string, { width: number; height: number }>) {
  const processor = unified().use(remarkParse).use(remarkMdx);
  const tree = processor.parse(mdx) as Root;
  remarkImageSizes({ sizeOf: (src) => sizes[src] })(tree);
  const figure = tree.children.find((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement');
  return Object.fromEntries((figure?.attributes ?? []).map((a) => [('name' in a && a.name) || '', typeof a.value === 'string' ? a.value : a.value?.value]));
}

describe('remarkImageSizes', () => {
  it("gives a <Figure> its file's width and height", () => {
    expect(figureAttributes('<Figure src="/images/a.svg" alt="A foot" />', { '/images/a.svg': { width: 800, height: 600 } })).toEqual({
      src: '/images/a.svg',
      alt: 'A foot',
      width: '800',
      height: '600',
    });
  });

  it('keeps a size that is written, and leaves a picture it cannot read alone', () => {
    expect(
      figureAttributes('<Figure src="/images/a.svg" alt="A foot" width={10} height={20} />', { '/images/a.svg': { width: 800, height: 600 } }),
    ).toMatchObject({ width: '10', height: '20' });
    expect(figureAttributes('<Figure src="/images/missing.svg" alt="A foot" />', {})).toEqual({ src: '/images/missing.svg', alt: 'A foot' });
  });
});
