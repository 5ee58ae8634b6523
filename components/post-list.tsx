import type { Post } from '@/lib/content/collections';
import { lastItemSpan } from '@/lib/grid-fill';
import { PostCard } from './post-card';

export type PostListProps = {
  posts: Post[];
  /** Heading level of each card's title, one below the section's heading. */
  headingLevel?: 2 | 3;
  /** Said when the list is empty. */
  emptyText?: string;
  /** Leave no empty slot in the grid: fewer than three posts take the whole row, the last widens to fill its row. */
  fillRows?: boolean;
  /** The list opens the page: its first row's covers load at once, so the first frame has them (on a phone the first is the largest element). */
  opensPage?: boolean;
};

/** Cards in a row on the widest layout. */
const rowLength = 3;

const fewColumns = ['', 'lg:grid-cols-1', 'lg:grid-cols-2'] as const;

/** A grid of post cards. */
export function PostList({ posts, headingLevel = 2, emptyText = 'Nothing here yet.', fillRows = false, opensPage = false }: PostListProps) {
  if (posts.length === 0) return <p className="text-muted">{emptyText}</p>;
  const columns = fillRows && posts.length < rowLength ? fewColumns[posts.length] : 'lg:grid-cols-3';
  return (
    <ul className={`grid gap-5 sm:grid-cols-2 ${columns}`}>
      {posts.map((post, index) => (
        <li
          key={`${post.type}-${post.slug}`}
          className={`flex ${fillRows && index === posts.length - 1 && posts.length >= 3 ? lastItemSpan(posts.length) : ''}`}
        >
          <PostCard post={post} headingLevel={headingLevel} cover={!opensPage || index >= rowLength ? 'lazy' : index === 0 ? 'first' : 'eager'} />
        </li>
      ))}
    </ul>
  );
}
