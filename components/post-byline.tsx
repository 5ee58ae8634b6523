import type { Author, Post } from '@/lib/content/collections';
import { authorPath } from '@/lib/routes';
import { FormattedDate } from './formatted-date';
import { SamplePersonNote } from './sample-person-note';
import { SiteLink } from './site-link';

export type PostBylineProps = {
  post: Post;
  /** On a phone, run the lines together as one paragraph, to keep the page's header short. */
  flowing?: boolean;
};

function PersonLink({ person }: { person: Author }) {
  return (
    <>
      <SiteLink href={authorPath(person.slug)} className="font-medium text-ink underline underline-offset-4">
        {person.name}
      </SiteLink>
      <SamplePersonNote person={person} />
    </>
  );
}

/** Who wrote the post, who medically reviewed it and when, when it was published and last updated, and how long it takes to read. */
export function PostByline({ post, flowing = false }: PostBylineProps) {
  const { author, reviewer } = post;
  return (
    <div
      data-pagefind-ignore
      className={`min-w-0 font-sans text-sm leading-snug text-muted ${flowing ? "sm:space-y-1 [&>p]:inline sm:[&>p]:block [&>p+p]:before:content-['_·_'] sm:[&>p+p]:before:content-none" : 'space-y-1'}`}
    >
      <p>
        By <PersonLink person={author} />, {author.role}
      </p>
      {reviewer && post.reviewedAt && (
        <p>
          Medically reviewed by <PersonLink person={reviewer} />, {reviewer.role}, on <FormattedDate date={post.reviewedAt} />
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
