import type { ComponentType, ReactNode } from 'react';
import type { CallToActionContext } from '@/lib/call-to-action';
import type { PostBody } from '@/lib/content/post-body';
import { mdxComponents } from './mdx-components';

/** Receives the body as its children, to lay it out. */
export type MdxWrapper = ComponentType<{ children?: ReactNode }>;

export type MdxContentProps = {
  /** The evaluated MDX body (lib/content/post-body.ts). */
  body: PostBody;
  page: Omit<CallToActionContext, 'placement'>;
  /** MDX's `wrapper` component; without it the elements render in their written order. */
  wrapper?: MdxWrapper;
};

/**
 * Renders a post's MDX body with the component map. A server component: the
 * body was evaluated on the server and its code never reaches the browser.
 */
export function MdxContent({ body: { Content }, page, wrapper }: MdxContentProps) {
  const components = wrapper ? { ...mdxComponents(page), wrapper } : mdxComponents(page);
  return (
    <div className="prose-calm prose prose-lg font-serif">
      <Content components={components} />
    </div>
  );
}
