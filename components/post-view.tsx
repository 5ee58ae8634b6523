import { getMDXExport } from 'mdx-bundler/client';
import type { MDXComponents } from 'mdx/types';
import type { ComponentType, ReactNode } from 'react';
import { type Heading, type Post, postLabel } from '@/lib/content/collections';
import { CallToAction } from './call-to-action';
import { KeyTakeaways } from './key-takeaways';
import { mdxComponents } from './mdx/mdx-components';
import { PostHeader } from './post-header';
import { PostTopics } from './post-topics';
import { RelatedPosts } from './related-posts';
import { SourcesList } from './sources-list';
import { TableOfContents } from './table-of-contents';
import { UpNext } from './up-next';

/** Receives the body as its children, to lay it out. */
export type MdxWrapper = ComponentType<{ children?: ReactNode }>;

export type PostViewProps = {
  /** The post, with its author, reviewer and category attached. */
  post: Post;
  /** Posts to suggest at the end. */
  related: Post[];
  /** The one post offered as "Up next". */
  upNext?: Post;
  /** The page's headings in the order it shows them, from the body's; the body's own by default. */
  outline?: (bodyHeadings: Heading[]) => Heading[];
  /** Shown beside the cover in place of the byline, such as a guide's time and body area. */
  besideCover?: ReactNode;
  /** Shown in the header under the cover, such as what a guide needs and its key safety check. */
  atAGlance?: ReactNode;
  /** MDX's `wrapper`: lays the body out, such as a guide's set-up before its steps; without it the elements render in their written order. */
  bodyWrapper?: MdxWrapper;
};

/**
 * Evaluates a post's compiled MDX body: the component to render and its table
 * of contents, which contentlayer's compile step exported beside it
 * (tooling/contentlayer/remark-headings-export.ts). It needs `new Function`, so
 * it runs on the server only (this is a server component, and the CSP has no
 * 'unsafe-eval'): the body's code never reaches the browser.
 */
function evaluateBody(code: string) {
  // mdx-bundler types its exports loosely; the module's shape is ours (remark-headings-export.ts).
  const exports = getMDXExport(code) as unknown as { default: ComponentType<{ components?: MDXComponents }>; headings?: Heading[] };
  return { Body: exports.default, headings: exports.headings ?? [] };
}

/**
 * An article or guide page: a compact header (title, summary, byline and
 * cover, then the folded takeaways and contents on phones), the body rendered
 * with the MDX component map, the closing call to action, sources and what to
 * read next. On wide screens the contents sit beside the text. The article
 * element is what the search index reads.
 */
export function PostView({ post, related, upNext, outline = (headings) => headings, besideCover, atAGlance, bodyWrapper }: PostViewProps) {
  const page = { medium: post.type, campaign: post.slug } as const;
  const { Body, headings } = evaluateBody(post.body.code);
  const components = bodyWrapper ? { ...mdxComponents(page), wrapper: bodyWrapper } : mdxComponents(page);
  return (
    <article
      data-pagefind-body
      data-pagefind-meta={`type:${postLabel(post)}`}
      className="lg:grid lg:grid-cols-[minmax(0,38rem)_13rem] lg:justify-between lg:gap-x-12"
    >
      <PostHeader post={post} besideCover={besideCover} atAGlance={atAGlance} />
      <div className="min-w-0 lg:col-start-1">
        <KeyTakeaways items={post.takeaways} />
      </div>
      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-2">
        <TableOfContents headings={outline(headings)} />
      </div>
      <div className="mt-6 min-w-0 lg:col-start-1 lg:mt-0">
        <div className="prose-calm prose prose-lg font-serif">
          <Body components={components} />
        </div>
        <CallToAction placement="end" {...page} />
        <SourcesList sources={post.sources} />
        <PostTopics post={post} />
        <UpNext post={upNext} />
        <RelatedPosts posts={related} />
      </div>
    </article>
  );
}
