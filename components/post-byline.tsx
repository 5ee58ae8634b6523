import type { Author, Post } from '@/lib/content/types';
import { FormattedDate } from './formatted-date';

export type PostBylineProps = { post: Post; author: Author; reviewer?: Author };

/** Who wrote and reviewed the post, when it was published and last updated, and how long it takes to read. */
export function PostByline({ post, author, reviewer }: PostBylineProps) {
  return (
    <div className="mt-6 space-y-1 text-sm text-muted">
      <p>
        By <span className="font-medium text-ink">{author.name}</span>, {author.role}
        {reviewer && (
          <>
            {' · '}Reviewed by <span className="font-medium text-ink">{reviewer.name}</span>, {reviewer.role}
          </>
        )}
      </p>
      <p>
        Published <FormattedDate date={post.publishedAt} />
        {post.updatedAt && (
          <>
            {' · '}Updated <FormattedDate date={post.updatedAt} />
          </>
        )}
        {' · '}
        {post.readingMinutes} min read
      </p>
    </div>
  );
}
