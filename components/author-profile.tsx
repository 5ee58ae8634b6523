import type { Author } from '@/lib/content/collections';

export type AuthorProfileProps = {
  author: Author;
  /** The page's h1; the author's name unless the page needs more (its page number). */
  title?: string;
};

/** An author's portrait, name, role and credentials, and bio, under the page's h1. */
export function AuthorProfile({ author, title = author.name }: AuthorProfileProps) {
  return (
    <header className="mb-10 flex max-w-2xl flex-col gap-5 sm:flex-row sm:items-start">
      {/* eslint-disable-next-line @next/next/no-img-element -- small SVG portrait with explicit size */}
      <img src={author.avatar.src} alt={author.avatar.alt} width={112} height={112} className="size-28 shrink-0 overflow-hidden rounded-full bg-surface" />
      <div>
        <h1 className="heading-page">{title}</h1>
        <p className="mt-1 font-semibold text-accent">{author.role}</p>
        {author.sample && (
          <p className="mt-3 rounded-lg border border-line p-3 text-sm">
            This is a sample profile: {author.name} is a made-up person shown until the business adds its own team.
          </p>
        )}
        <p className="mt-3 text-lg text-muted">{author.bio}</p>
      </div>
    </header>
  );
}
