/**
 * A post's compiled MDX body, evaluated once per render on the server: the
 * component to render and its table of contents, which contentlayer's compile
 * step exported beside it (remark-headings-export.ts).
 */
import 'server-only';
import { getMDXExport } from 'mdx-bundler/client';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Heading } from './types';

export type PostBody = {
  /** The body as a component; pass it the MDX component map. */
  Content: ComponentType<{ components?: MDXComponents }>;
  /** Its h2 and h3 headings, with the ids the rendered page gives them. */
  headings: Heading[];
};

/** Evaluates compiled MDX (it needs `new Function`, so never in the browser: the CSP has no 'unsafe-eval'). */
export function postBody(code: string): PostBody {
  // mdx-bundler types its exports loosely; the module's shape is ours (remark-headings-export.ts).
  const exports = getMDXExport(code) as unknown as { default: PostBody['Content']; headings?: Heading[] };
  return { Content: exports.default, headings: exports.headings ?? [] };
}
