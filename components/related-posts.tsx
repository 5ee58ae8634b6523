import type { Post } from '@/lib/content/collections';
import { PostCard } from './post-card';

export type RelatedPostsProps = { posts: Post[] };

/** A few related articles and guides to read next. */
export function RelatedPosts({ posts }: RelatedPostsProps) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related" data-pagefind-ignore className="mt-12 print:hidden">
      <h2 id="related" className="heading-section">
        Related reading
      </h2>
      <ul className="mt-4 grid gap-4">
        {posts.map((post) => (
          <li key={`${post.type}-${post.slug}`} className="flex">
            <PostCard post={post} />
          </li>
        ))}
      </ul>
    </section>
  );
}
