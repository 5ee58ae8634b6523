import type { ReactNode } from 'react';
import { postLabel } from '@/lib/content/collections';
import { postBody } from '@/lib/content/post-body';
import type { Heading, Post } from '@/lib/content/types';
import { CallToAction } from './call-to-action';
import { KeyTakeaways } from './key-takeaways';
import { MdxContent, type MdxWrapper } from './mdx/mdx-content';
import { PostHeader } from './post-header';
import { PostTopics } from './post-topics';
import { RelatedPosts } from './related-posts';
import { SourcesList } from './sources-list';
import { TableOfContents } from './table-of-contents';
import { UpNext } from './up-next';

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
  /** Lays the body out, such as a guide's set-up before its steps. */
  bodyWrapper?: MdxWrapper;
};

/**
 * An article or guide page: a compact header (title, summary, byline and
 * cover, then the folded takeaways and contents on phones), the body, the
 * closing call to action, sources and what to read next. On wide screens the
 * contents sit beside the text. The article element is what the search index reads.
 */
export function PostView({ post, related, upNext, outline = (headings) => headings, besideCover, atAGlance, bodyWrapper }: PostViewProps) {
  const page = { medium: post.type, campaign: post.slug } as const;
  const body = postBody(post.body.code);
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
        <TableOfContents headings={outline(body.headings)} />
      </div>
      <div className="mt-6 min-w-0 lg:col-start-1 lg:mt-0">
        <MdxContent body={body} page={page} wrapper={bodyWrapper} />
        <CallToAction placement="end" {...page} />
        <SourcesList sources={post.sources} />
        <PostTopics post={post} />
        <UpNext post={upNext} />
        <RelatedPosts posts={related} />
      </div>
    </article>
  );
}
