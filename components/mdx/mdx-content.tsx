import type { CallToActionContext } from '@/lib/call-to-action';
import type { PostBody } from '@/lib/content/post-body';
import { mdxComponents } from './mdx-components';

export type MdxContentProps = {
  /** The evaluated MDX body (lib/content/post-body.ts). */
  body: PostBody;
  page: Omit<CallToActionContext, 'placement'>;
};

/**
 * Renders a post's MDX body with the component map. A server component: the
 * body was evaluated on the server and its code never reaches the browser.
 */
export function MdxContent({ body: { Content }, page }: MdxContentProps) {
  return (
    <div className="prose prose-calm prose-lg max-w-none font-serif prose-headings:font-sans prose-headings:scroll-mt-6">
      <Content components={mdxComponents(page)} />
    </div>
  );
}
