import type { MdxNodeRule } from './mdx-node-rule';

/** `import` and `export` would let a post run code or pull in files at build time. */
export const noImportExport: MdxNodeRule = {
  id: 'mdx/no-import-export',
  summary: 'A post may not use `import` or `export` statements.',
  hint: 'delete the line; use the components listed in CONTENT.md, which need no import',
  test: (node) => (node.type === 'mdxjsEsm' ? `"${node.value.split('\n')[0].slice(0, 60)}" is not allowed: posts may not import or export code` : undefined),
};
