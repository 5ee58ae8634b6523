import type { Post } from '@/lib/content/collections';
import { categoryPath, tagPath } from '@/lib/routes';
import { tagLabel } from '@/lib/tag-label';
import { LinkList } from './link-list';

export type PostTopicsProps = { post: Post };

/** The post's category and tags, each linking to everything else filed there. */
export function PostTopics({ post }: PostTopicsProps) {
  const links = [
    { href: categoryPath(post.category.slug), label: post.category.title },
    ...post.tags.map((tag) => ({ href: tagPath(tag), label: tagLabel(tag) })),
  ];
  return (
    <nav aria-label="Topics" data-pagefind-ignore className="mt-10 print:hidden">
      <p className="text-sm font-semibold text-muted">Filed under</p>
      <LinkList
        links={links}
        className="mt-2 flex flex-wrap gap-2"
        linkClassName="inline-block rounded-full bg-surface px-3 py-1 text-sm text-ink no-underline hover:underline"
      />
    </nav>
  );
}
