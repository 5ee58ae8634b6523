import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import type { CallToActionContext } from '@/lib/call-to-action';
import { mdxComponents } from './mdx-components';

export type MdxContentProps = {
  /** The compiled MDX from contentlayer. */
  code: string;
  page: Omit<CallToActionContext, 'placement'>;
};

/**
 * Renders a compiled MDX body. A server component: the compiled code is
 * evaluated here at build time (it needs `new Function`) and never reaches the
 * browser, so the Content-Security-Policy needs no 'unsafe-eval'. The body has
 * no state, so a component made per render loses nothing.
 */
export function MdxContent({ code, page }: MdxContentProps) {
  return (
    <div className="prose prose-calm prose-lg max-w-none font-serif prose-headings:font-sans prose-headings:scroll-mt-6">
      {createElement(getMDXComponent(code), { components: mdxComponents(page) })}
    </div>
  );
}
