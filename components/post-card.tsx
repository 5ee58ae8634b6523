import { type Post, postLabel } from '@/lib/content/collections';
import { PostTeaser } from './post-teaser';

export type PostCardProps = {
  post: Post;
  headingLevel?: 2 | 3;
  /** How the cover loads: lazily below the first screen; at once in a list that opens the page, the first card's first of all. */
  cover?: 'lazy' | 'eager' | 'first';
};

/** A post in a list: picture, type, linked title, summary and its facts. */
export function PostCard({ post, headingLevel = 3, cover = 'lazy' }: PostCardProps) {
  return (
    <article
      data-pagefind-ignore
      className="relative flex w-full flex-col overflow-hidden rounded-2xl border border-line bg-paper transition-colors hover:border-muted"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- SVG cover with explicit size; the title says what it shows */}
      <img
        src={post.cover.src}
        alt=""
        width={post.cover.width}
        height={post.cover.height}
        loading={cover === 'lazy' ? 'lazy' : 'eager'}
        fetchPriority={cover === 'first' ? 'high' : undefined}
        className="aspect-[16/9] w-full bg-surface object-contain"
      />
      <div className="flex flex-1 flex-col p-5">
        <PostTeaser post={post} label={postLabel(post)} headingLevel={headingLevel} look="card" />
      </div>
    </article>
  );
}
