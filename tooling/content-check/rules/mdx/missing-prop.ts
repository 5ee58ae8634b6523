import { mdxComponentSpecs, type MdxComponentSpec } from '../../../../components/mdx/mdx-component-specs';
import type { MdxNodeRule } from './mdx-node-rule';

const specs: Record<string, MdxComponentSpec> = mdxComponentSpecs;

export const missingProp: MdxNodeRule = {
  id: 'mdx/missing-prop',
  summary: 'A component has every prop it requires, e.g. <Figure> needs src and alt.',
  hint: 'copy the example for this component from CONTENT.md and fill in each value',
  test(node) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    const spec = node.name && Object.hasOwn(specs, node.name) ? specs[node.name] : undefined;
    if (!spec) return undefined;
    const given = new Set(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : [])));
    const missing = spec.requiredProps.filter((prop) => !given.has(prop));
    return missing.length ? `<${node.name}> is missing ${missing.map((prop) => `${prop}="…"`).join(', ')}` : undefined;
  },
};
