import type { ReactNode } from 'react';
import { type Post, postLabel } from '@/lib/content/collections';
import { DraftBanner } from './draft-banner';
import { PostByline } from './post-byline';

export type PostHeaderProps = {
  post: Post;
  /** Shown beside the cover in place of the byline, such as a guide's time and body area; the byline then runs under the summary. */
  besideCover?: ReactNode;
  /** Shown under the cover and before the byline, such as a guide's needs and key safety check, so a phone's first screen holds them. */
  atAGlance?: ReactNode;
};

/**
 * The top of an article or guide: title (the page's only h1), summary, byline
 * and cover. On a phone the cover is a thumbnail beside the byline (or the
 * guide's facts, then its needs and key check above the byline), so the text
 * or the safety check begins on the first screen, and the breadcrumbs
 * name the kind of page; from `sm` up the cover is full width.
 */
export function PostHeader({ post, besideCover, atAGlance }: PostHeaderProps) {
  return (
    <header className="max-w-2xl">
      <DraftBanner post={post} />
      <p className="hidden font-sans text-sm font-semibold tracking-wide text-accent uppercase sm:block">{postLabel(post)}</p>
      <h1 className="heading-page sm:mt-1">{post.title}</h1>
      <p className="mt-3 leading-relaxed text-muted sm:text-lg">{post.description}</p>
      <div className="mt-4 flex items-start gap-4 sm:flex-col sm:gap-5">
        {/* eslint-disable-next-line @next/next/no-img-element -- SVG covers, sized by their width and height */}
        <img
          src={post.cover.src}
          alt={post.cover.alt}
          width={post.cover.width}
          height={post.cover.height}
          className="h-auto w-[38%] shrink-0 rounded-xl bg-surface sm:w-full sm:rounded-2xl print:hidden"
          fetchPriority="high"
        />
        {besideCover ?? <PostByline post={post} />}
      </div>
      {atAGlance}
      {besideCover && (
        <div className="mt-4">
          <PostByline post={post} flowing />
        </div>
      )}
    </header>
  );
}
