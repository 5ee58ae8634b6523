import type { Post } from '@/lib/content/collections';
import { lastItemSpan } from '@/lib/grid-fill';
import { PostCard, type PostCardProps } from './post-card';

export type PostListProps = {
  posts: Post[];
  /** Heading level of each card's title, one below the section's heading. */
  headingLevel?: 2 | 3;
  /** Said when the list is empty. */
  emptyText?: string;
  /** Leave no empty slot in the grid: fewer than three posts take the whole row, the last widens to fill its row. */
  fillRows?: boolean;
  /**
   * How the first row's covers load, so the first frame has the ones on the first screen:
   * `lead` when the list opens the page (on a phone the first cover is the largest element, so it comes first, at high priority);
   * `eager` when the row is on a wide first screen but below a phone's (loaded at once, at the browser's own low priority);
   * `lazy` when it is further down (every cover waits until it nears the screen).
   */
  firstRow?: 'lead' | 'eager' | 'lazy';
};

/** Cards in a row on the widest layout. */
const rowLength = 3;

const fewColumns = ['', 'lg:grid-cols-1', 'lg:grid-cols-2'] as const;

/** How the card at `index` loads its cover. */
function coverLoading(index: number, firstRow: NonNullable<PostListProps['firstRow']>): PostCardProps['cover'] {
  if (index >= rowLength || firstRow === 'lazy') return 'lazy';
  return firstRow === 'lead' && index === 0 ? 'first' : 'eager';
}

/** A grid of post cards. */
export function PostList({ posts, headingLevel = 2, emptyText = 'Nothing here yet.', fillRows = false, firstRow = 'lazy' }: PostListProps) {
  if (posts.length === 0) return <p className="text-muted">{emptyText}</p>;
  const columns = fillRows && posts.length < rowLength ? fewColumns[posts.length] : 'lg:grid-cols-3';
  return (
    <ul className={`grid gap-5 sm:grid-cols-2 ${columns}`}>
      {posts.map((post, index) => (
        <li
          key={`${post.type}-${post.slug}`}
          className={`flex ${fillRows && index === posts.length - 1 && posts.length >= 3 ? lastItemSpan(posts.length) : ''}`}
        >
          <PostCard post={post} headingLevel={headingLevel} cover={coverLoading(index, firstRow)} />
        </li>
      ))}
    </ul>
  );
}
