import { postLabel } from '@/lib/content/collections';
import type { Post } from '@/lib/content/types';
import { DraftBanner } from './draft-banner';
import { PostByline } from './post-byline';

export type PostHeaderProps = { post: Post };

/** The top of an article or guide: title (the page's only h1), summary, byline and cover picture. */
export function PostHeader({ post }: PostHeaderProps) {
  return (
    <header className="max-w-2xl">
      <DraftBanner post={post} />
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{postLabel(post)}</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight text-balance sm:text-4xl">{post.title}</h1>
      <p className="mt-4 text-lg text-muted">{post.description}</p>
      <PostByline post={post} />
      {/* eslint-disable-next-line @next/next/no-img-element -- SVG covers, sized by their width and height */}
      <img
        src={post.cover.src}
        alt={post.cover.alt}
        width={post.cover.width}
        height={post.cover.height}
        className="mt-8 h-auto w-full rounded-2xl bg-surface print:hidden"
        fetchPriority="high"
      />
    </header>
  );
}
