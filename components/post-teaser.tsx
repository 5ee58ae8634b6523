import type { Post } from '@/lib/content/collections';
import { bodyAreaLabels } from '@/lib/guide-filters';
import { postPath } from '@/lib/routes';
import { FormattedDate } from './formatted-date';
import { SiteLink } from './site-link';

const looks = {
  card: { label: 'font-sans', title: 'mt-1 heading-sub', link: 'after:rounded-2xl', summary: 'mt-2 flex-1', facts: 'font-sans' },
  featured: { label: '', title: 'mt-2 heading-section', link: '', summary: 'mt-3', facts: '' },
} as const;

export type PostTeaserProps = { post: Post; label: string; headingLevel: 2 | 3; look: keyof typeof looks };

/** What a teaser says under its summary: a guide's body area and minutes, an article's date and reading time. */
function PostFacts({ post }: { post: Post }) {
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

/**
 * What a list says of a post: its kind, its title, its summary and its facts.
 * The title's link is stretched (after:inset-0) over the positioned teaser
 * around it, so the whole card is one target.
 */
export function PostTeaser({ post, label, headingLevel, look }: PostTeaserProps) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const classes = looks[look];
  return (
    <>
      <p className={`text-xs font-semibold tracking-wide text-accent uppercase ${classes.label}`}>{label}</p>
      <Title className={`text-balance ${classes.title}`}>
        <SiteLink href={postPath(post)} className={`text-ink underline-offset-4 after:absolute after:inset-0 hover:underline ${classes.link}`}>
          {post.title}
        </SiteLink>
      </Title>
      <p className={`text-muted ${classes.summary}`}>{post.description}</p>
      <p className={`mt-4 text-sm text-muted ${classes.facts}`}>
        <PostFacts post={post} />
      </p>
    </>
  );
}
