/** The links and images written in an MDX body, with where they are. */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export type BodyLink = { url: string; line: number; column: number };
export type BodyImage = { src: string; width?: number; height?: number; line: number; column: number };

const at = (node: Nodes) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/** The plain value of a JSX attribute: text, or a number written as {800}. */
function attribute(node: Nodes, name: string): string | number | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute' || found.value === null || found.value === undefined) return undefined;
  if (typeof found.value === 'string') return found.value;
  const number = Number(found.value.value);
  return Number.isFinite(number) ? number : found.value.value;
}

export function bodyLinks(tree: Root): BodyLink[] {
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, ...at(node) });
    const href = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a' ? attribute(node, 'href') : undefined;
    if (typeof href === 'string') links.push({ url: href, ...at(node) });
  });
  return links;
}

/** Markdown images, <img> and <Figure>. */
export function bodyImages(tree: Root): BodyImage[] {
  const images: BodyImage[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') images.push({ src: node.url, ...at(node) });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'img' || node.name === 'Figure')) {
      const src = attribute(node, 'src');
      const width = attribute(node, 'width');
      const height = attribute(node, 'height');
      if (typeof src === 'string') images.push({ src, width: Number(width) || undefined, height: Number(height) || undefined, ...at(node) });
    }
  });
  return images;
}
