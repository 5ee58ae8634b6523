import Link from 'next/link';
import type { Post } from '@/lib/content/collections';
import { postPath } from '@/lib/routes';
import { FormattedDate } from './formatted-date';

export type FeaturedPostProps = { post: Post };

/** The home page's lead story: cover picture, title, summary and date. */
export function FeaturedPost({ post }: FeaturedPostProps) {
  return (
    <article className="relative grid overflow-hidden rounded-3xl border border-line bg-surface md:grid-cols-2">
      {/* eslint-disable-next-line @next/next/no-img-element -- SVG cover with explicit size */}
      <img src={post.cover.src} alt="" width={post.cover.width} height={post.cover.height} className="h-auto w-full self-center" />
      <div className="flex flex-col justify-center p-6 sm:p-8">
        <p className="text-xs font-semibold tracking-wide text-accent uppercase">Featured {post.type === 'guide' ? 'guide' : 'article'}</p>
        <h2 className="mt-2 heading-section text-balance">
          <Link href={postPath(post)} prefetch={false} className="text-ink underline-offset-4 after:absolute after:inset-0 hover:underline">
            {post.title}
          </Link>
        </h2>
        <p className="mt-3 text-muted">{post.description}</p>
        <p className="mt-4 text-sm text-muted">
          <FormattedDate date={post.publishedAt} /> · {post.readingMinutes} min read
        </p>
      </div>
    </article>
  );
}
