import { getMDXComponent } from 'mdx-bundler/client';
import { createElement, type ComponentType, type ReactNode } from 'react';
import type { CallToActionContext } from '@/lib/call-to-action';
import { mdxComponents } from './mdx-components';

/** Receives the body's top-level elements as children, to lay them out. */
export type MdxWrapper = ComponentType<{ children?: ReactNode }>;

export type MdxContentProps = {
  /** The compiled MDX from contentlayer. */
  code: string;
  page: Omit<CallToActionContext, 'placement'>;
  /** MDX's `wrapper` component; without it the elements render in their written order. */
  wrapper?: MdxWrapper;
};

/**
 * Renders a compiled MDX body. A server component: the compiled code is
 * evaluated here at build time (it needs `new Function`) and never reaches the
 * browser, so the Content-Security-Policy needs no 'unsafe-eval'. The body has
 * no state, so a component made per render loses nothing.
 */
export function MdxContent({ code, page, wrapper }: MdxContentProps) {
  const components = wrapper ? { ...mdxComponents(page), wrapper } : mdxComponents(page);
  return (
    <div className="prose prose-calm prose-lg font-serif">
      {createElement(getMDXComponent(code), { components })}
    </div>
  );
}
