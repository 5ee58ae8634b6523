import Link from 'next/link';
import { postLabel } from '@/lib/content/collections';
import type { Post } from '@/lib/content/types';
import { postPath } from '@/lib/routes';
import { FormattedDate } from './formatted-date';

export type PostCardProps = { post: Post; headingLevel?: 2 | 3 };

/** A post in a list: type, linked title, summary, date and reading time. */
export function PostCard({ post, headingLevel = 3 }: PostCardProps) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article data-pagefind-ignore className="relative flex w-full flex-col rounded-2xl border border-line bg-paper p-5 transition-colors hover:border-muted">
      <p className="text-xs font-semibold uppercase tracking-wide text-accent">{postLabel(post)}</p>
      <Title className="mt-1 font-serif text-xl font-semibold leading-snug text-balance">
        {/* The link covers the whole card (after:inset-0), so the card is one target. */}
        <Link href={postPath(post)} prefetch={false} className="text-ink underline-offset-4 after:absolute after:inset-0 after:rounded-2xl hover:underline">
          {post.title}
        </Link>
      </Title>
      <p className="mt-2 flex-1 text-muted">{post.description}</p>
      <p className="mt-4 text-sm text-muted">
        <FormattedDate date={post.publishedAt} /> · {post.readingMinutes} min read
      </p>
    </article>
  );
}
