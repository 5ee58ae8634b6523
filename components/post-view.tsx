import type { ReactNode } from 'react';
import type { Author, Category, Heading, Post } from '@/lib/content/types';
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
  post: Post;
  author: Author;
  reviewer?: Author;
  category?: Category;
  /** Posts to suggest at the end. */
  related: Post[];
  /** The one post offered as "Up next". */
  upNext?: Post;
  /** The page's headings in the order it shows them, for the table of contents; the body's own by default. */
  outline?: Heading[];
  /** Shown right under the header, such as a guide's summary at a glance. */
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
export function PostView({ post, author, reviewer, category, related, upNext, outline = post.headings, atAGlance, bodyWrapper }: PostViewProps) {
  const page = { medium: post.type, campaign: post.slug } as const;
  return (
    <article
      data-pagefind-body
      data-pagefind-meta={`type:${post.type === 'guide' ? 'Technique guide' : 'Article'}`}
      className="lg:grid lg:grid-cols-[minmax(0,38rem)_13rem] lg:justify-between lg:gap-x-12"
    >
      <PostHeader post={post} author={author} reviewer={reviewer} />
      <div className="min-w-0 lg:col-start-1">
        {atAGlance}
        <KeyTakeaways items={post.takeaways} />
      </div>
      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-2">
        <TableOfContents headings={outline} />
      </div>
      <div className="mt-6 min-w-0 lg:col-start-1 lg:mt-0">
        <MdxContent code={post.body.code} page={page} wrapper={bodyWrapper} />
        <CallToAction placement="end" {...page} />
        <SourcesList sources={post.sources} />
        <PostTopics post={post} category={category} />
        <UpNext post={upNext} />
        <RelatedPosts posts={related} />
      </div>
    </article>
  );
}
