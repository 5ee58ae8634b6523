import { isPublished } from '@/lib/content/publishing';
import type { Post } from '@/lib/content/collections';
import { FormattedDate } from './formatted-date';

export type DraftBannerProps = { post: Post };

/**
 * Tells an editor previewing in `npm run dev` that readers cannot see this
 * page yet. Production builds leave drafts and scheduled posts out, so it
 * never shows there.
 */
export function DraftBanner({ post }: DraftBannerProps) {
  if (isPublished(post)) return null;
  return (
    <p role="status" className="mb-4 rounded-lg border border-caution-line bg-caution px-4 py-2 text-sm">
      <strong>{post.draft ? 'Draft' : 'Scheduled'}:</strong>{' '}
      {post.draft ? (
        'only you can see this in the preview. Untick “Draft” in the editor (or remove “draft: true”) to publish it.'
      ) : (
        <>
          readers will see it from <FormattedDate date={post.publishedAt} />.
        </>
      )}
    </p>
  );
}
