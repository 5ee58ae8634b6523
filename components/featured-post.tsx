import { type Post, postLabel } from '@/lib/content/collections';
import { PostTeaser } from './post-teaser';

export type FeaturedPostProps = { post: Post };

/** The home page's lead story: cover picture, title, summary and facts. */
export function FeaturedPost({ post }: FeaturedPostProps) {
  return (
    <article className="relative grid overflow-hidden rounded-3xl border border-line bg-surface md:grid-cols-2">
      {/* eslint-disable-next-line @next/next/no-img-element -- SVG cover with explicit size */}
      <img src={post.cover.src} alt="" width={post.cover.width} height={post.cover.height} className="h-auto w-full self-center" />
      <div className="flex flex-col justify-center p-6 sm:p-8">
        <PostTeaser post={post} label={`Featured ${postLabel(post).toLowerCase()}`} headingLevel={2} look="featured" />
      </div>
    </article>
  );
}
