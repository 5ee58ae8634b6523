import Link from 'next/link';
import { type Post, postLabel } from '@/lib/content/collections';
import { bodyAreaLabels } from '@/lib/guide-filters';
import { postPath } from '@/lib/routes';
import { FormattedDate } from './formatted-date';

export type PostCardProps = {
  post: Post;
  headingLevel?: 2 | 3;
  /** How the cover loads: lazily below the first screen; at once in a list that opens the page, the first card's first of all. */
  cover?: 'lazy' | 'eager' | 'first';
};

/** What a card says under its summary: a guide's body area and minutes, an article's date and reading time. */
function CardFacts({ post }: { post: Post }) {
  if (post.type === 'guide') {
    return (
      <>
        {bodyAreaLabels[post.bodyArea]} · {post.minutes} minutes
      </>
    );
  }
  return (
    <>
      <FormattedDate date={post.publishedAt} /> · {post.readingMinutes} min read
    </>
  );
}

/** A post in a list: picture, type, linked title, summary and its facts. */
export function PostCard({ post, headingLevel = 3, cover = 'lazy' }: PostCardProps) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
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
        <p className="font-sans text-xs font-semibold tracking-wide text-accent uppercase">{postLabel(post)}</p>
        <Title className="mt-1 heading-sub text-balance">
          {/* The link covers the whole card (after:inset-0), so the card is one target. */}
          <Link href={postPath(post)} prefetch={false} className="text-ink underline-offset-4 after:absolute after:inset-0 after:rounded-2xl hover:underline">
            {post.title}
          </Link>
        </Title>
        <p className="mt-2 flex-1 text-muted">{post.description}</p>
        <p className="mt-4 font-sans text-sm text-muted">
          <CardFacts post={post} />
        </p>
      </div>
    </article>
  );
}
