import type { Post } from '@/lib/content/types';
import { PostCard } from './post-card';

export type PostListProps = {
  posts: Post[];
  /** Heading level of each card's title, one below the section's heading. */
  headingLevel?: 2 | 3;
  /** Said when the list is empty. */
  emptyText?: string;
};

/** A grid of post cards. */
export function PostList({ posts, headingLevel = 2, emptyText = 'Nothing here yet.' }: PostListProps) {
  if (posts.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {posts.map((post) => (
        <li key={`${post.type}-${post.slug}`} className="flex">
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
