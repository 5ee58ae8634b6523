import type { ReactNode } from 'react';
import { postLabel } from '@/lib/content/collections';
import { postBody } from '@/lib/content/post-body';
import type { Heading, Post } from '@/lib/content/types';
import { CallToAction } from './call-to-action';
import { KeyTakeaways } from './key-takeaways';
import { MdxContent } from './mdx/mdx-content';
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
  /** Headings of the sections before the body, listed first in the table of contents. */
  beforeBodyHeadings?: Heading[];
  /** Sections shown before the body, such as a guide's overview and steps. */
  beforeBody?: ReactNode;
};

/**
 * An article or guide page: header, table of contents (beside the
 * text on wide screens), takeaways, body, closing call to action, sources and
 * what to read next. The article element is what the search index reads.
 */
export function PostView({ post, related, upNext, beforeBodyHeadings = [], beforeBody }: PostViewProps) {
  const page = { medium: post.type, campaign: post.slug } as const;
  const body = postBody(post.body.code);
  return (
    <article
        data-pagefind-body
        data-pagefind-meta={`type:${postLabel(post)}`}
        className="lg:grid lg:grid-cols-[minmax(0,42rem)_13rem] lg:justify-between lg:gap-x-12"
      >
        <PostHeader post={post} />
        <div className="lg:col-start-2 lg:row-start-2">
          <TableOfContents headings={[...beforeBodyHeadings, ...body.headings]} />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          <KeyTakeaways items={post.takeaways} />
          {beforeBody}
          <MdxContent body={body} page={page} />
          <CallToAction placement="end" {...page} />
          <SourcesList sources={post.sources} />
          <PostTopics post={post} />
          <UpNext post={upNext} />
          <RelatedPosts posts={related} />
        </div>
    </article>
  );
}
