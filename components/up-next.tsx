import type { Post } from '@/lib/content/collections';
import { postPath } from '@/lib/routes';
import { SiteLink } from './site-link';

export type UpNextProps = { post?: Post };

/** One clear link to the next thing to read. */
export function UpNext({ post }: UpNextProps) {
  if (!post) return null;
  return (
    <nav aria-label="Up next" data-pagefind-ignore className="mt-10 print:hidden">
      <SiteLink href={postPath(post)} className="group block rounded-2xl border border-line p-5 no-underline hover:border-muted">
        <span className="text-sm font-semibold text-accent">Up next →</span>
        <span className="mt-1 block font-serif text-xl font-semibold text-ink group-hover:underline">{post.title}</span>
      </SiteLink>
    </nav>
  );
}
