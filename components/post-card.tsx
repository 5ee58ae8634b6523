import Link from 'next/link';
import type { Post } from '@/lib/content/types';
import { postPath } from '@/lib/routes';
import { FormattedDate } from './formatted-date';

export type PostCardProps = { post: Post };

/** A post in a list: type, linked title, summary and date. */
export function PostCard({ post }: PostCardProps) {
  return (
    <article className="rounded-2xl border border-line p-5">
      <p className="text-xs font-semibold uppercase tracking-wide text-accent">
        {post.type === 'guide' ? 'Technique guide' : 'Article'}
      </p>
      <h3 className="mt-1 font-serif text-xl font-semibold leading-snug">
        <Link href={postPath(post)} className="text-ink underline-offset-4 hover:underline">
          {post.title}
        </Link>
      </h3>
      <p className="mt-2 text-muted">{post.description}</p>
      <p className="mt-3 text-sm text-muted">
        <FormattedDate date={post.publishedAt} />
      </p>
    </article>
  );
}
