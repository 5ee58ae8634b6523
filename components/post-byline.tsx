import Link from 'next/link';
import type { Author, Post } from '@/lib/content/types';
import { authorPath } from '@/lib/routes';
import { FormattedDate } from './formatted-date';

export type PostBylineProps = { post: Post };

function PersonLink({ person }: { person: Author }) {
  return (
    <Link href={authorPath(person.slug)} prefetch={false} className="font-medium text-ink underline underline-offset-4">
      {person.name}
    </Link>
  );
}

/** Who wrote and reviewed the post, when it was published and last updated, and how long it takes to read. */
export function PostByline({ post }: PostBylineProps) {
  const { author, reviewer } = post;
  return (
    <div className="mt-6 space-y-1 text-sm text-muted">
      <p>
        By <PersonLink person={author} />, {author.role}
      </p>
      {reviewer && (
        <p>
          Reviewed by <PersonLink person={reviewer} />, {reviewer.role}
        </p>
      )}
      <p>
        Published <FormattedDate date={post.publishedAt} />
        {post.updatedAt && (
          <>
            {' · '}Updated <FormattedDate date={post.updatedAt} />
          </>
        )}
        {' · '}
        {post.readingMinutes} min read
      </p>
    </div>
  );
}
