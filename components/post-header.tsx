import { postLabel } from '@/lib/content/collections';
import type { Post } from '@/lib/content/types';
import { DraftBanner } from './draft-banner';
import { PostByline } from './post-byline';

export type PostHeaderProps = { post: Post };

/**
 * The top of an article or guide: title (the page's only h1), summary, and the
 * cover beside the byline. On a phone the cover is a thumbnail next to the
 * byline, so the text begins on the first screen (the breadcrumbs name the
 * kind of page there); from `sm` up it is full width under its kind.
 */
export function PostHeader({ post }: PostHeaderProps) {
  return (
    <header className="max-w-2xl">
      <DraftBanner post={post} />
      <p className="hidden font-sans text-sm font-semibold uppercase tracking-wide text-accent sm:block">{postLabel(post)}</p>
      <h1 className="heading-page sm:mt-1">{post.title}</h1>
      <p className="mt-3 leading-relaxed text-muted sm:text-lg">{post.description}</p>
      <div className="mt-5 flex items-start gap-4 sm:flex-col-reverse sm:gap-6">
        <PostByline post={post} />
        {/* eslint-disable-next-line @next/next/no-img-element -- SVG covers, sized by their width and height */}
        <img
          src={post.cover.src}
          alt={post.cover.alt}
          width={post.cover.width}
          height={post.cover.height}
          className="order-first h-auto w-[38%] shrink-0 rounded-xl bg-surface sm:order-none sm:w-full sm:rounded-2xl print:hidden"
          fetchPriority="high"
        />
      </div>
    </header>
  );
}
