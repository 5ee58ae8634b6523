import { mdxComponentSpecs } from '../../../../components/mdx/mdx-component-specs';
import { jsxName, type MdxNodeRule } from './mdx-node-rule';

const known = Object.keys(mdxComponentSpecs);

/** Capitalised names are components; lower-case names are HTML elements. */
export const unknownComponent: MdxNodeRule = {
  id: 'mdx/unknown-component',
  summary: 'Every component (a tag starting with a capital letter) is one of those listed in CONTENT.md.',
  hint: `check the spelling and capitals; the components are ${known.map((name) => `<${name}>`).join(', ')}`,
  test(node) {
    const name = jsxName(node);
    if (!name || !/^[A-Z]/.test(name) || Object.hasOwn(mdxComponentSpecs, name)) return undefined;
    return `<${name}> is not a component editors can use`;
  },
};
