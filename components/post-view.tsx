import type { ReactNode } from 'react';
import type { Author, Post } from '@/lib/content/types';
import { CallToAction } from './call-to-action';
import { KeyTakeaways } from './key-takeaways';
import { MdxContent } from './mdx/mdx-content';
import { PostHeader } from './post-header';
import { SourcesList } from './sources-list';

export type PostViewProps = {
  post: Post;
  author: Author;
  reviewer?: Author;
  /** Sections shown before the body, such as a guide's overview and steps. */
  beforeBody?: ReactNode;
  /** Sections shown after the body, such as a guide's precautions. */
  afterBody?: ReactNode;
};

/** An article or guide page: header, takeaways, body, sources and the closing call to action. */
export function PostView({ post, author, reviewer, beforeBody, afterBody }: PostViewProps) {
  const page = { medium: post.type, campaign: post.slug } as const;
  return (
    <article>
      <PostHeader post={post} author={author} reviewer={reviewer} />
      <div className="mx-auto max-w-2xl">
        <KeyTakeaways items={post.takeaways} />
        {beforeBody}
        <MdxContent code={post.body.code} page={page} />
        {afterBody}
        <CallToAction placement="end" {...page} />
        <SourcesList sources={post.sources} />
      </div>
    </article>
  );
}
