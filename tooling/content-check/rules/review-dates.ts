/** The yearly medical review the editorial policy promises, and review dates that cannot be true. */
import { isPublished } from '../../../lib/content/publishing';
import type { ContentRule, Finding, SourceDocument } from './content-rule';

const dayMs = 24 * 60 * 60 * 1000;
/** How long before a review falls due that editors are warned. */
const warnDays = 30;

/** The day a review made on `reviewedAt` falls due: twelve calendar months later. */
export function reviewDueDate(reviewedAt: string): Date {
  const due = new Date(reviewedAt.slice(0, 10) + 'T00:00:00Z');
  due.setUTCFullYear(due.getUTCFullYear() + 1);
  return due;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Published posts with a review date, and when their next review is due. */
function reviewedPosts(documents: SourceDocument[], now: Date) {
  return documents.flatMap((doc) => {
    const post = doc.post;
    if (!post?.reviewedAt || !isPublished(post, now)) return [];
    return [{ doc, reviewedAt: post.reviewedAt.slice(0, 10), due: reviewDueDate(post.reviewedAt) }];
  });
}

export const reviewOverdue: ContentRule = {
  id: 'review/overdue',
  severity: 'error',
  summary: 'A published post was medically reviewed in the last 12 months (the editorial policy promises a yearly review).',
  hint: 'have the reviewer check the post again, then set reviewedAt to the day of that review',
  check: ({ documents, now }) =>
    reviewedPosts(documents, now)
      .filter(({ due }) => due.getTime() <= now.getTime())
      .map(({ doc, reviewedAt, due }): Finding => ({
        file: doc.file,
        field: 'reviewedAt',
        message: `the last medical review (${reviewedAt}) is more than 12 months old: it was due on ${day(due)}`,
      })),
};

/** A warning a month ahead, so the review happens before the post breaks the build. */
export const reviewDueSoon: ContentRule = {
  id: 'review/due-soon',
  severity: 'warning',
  summary: 'A post whose yearly review falls due within 30 days is flagged ahead of time.',
  hint: 'ask the reviewer to check the post before the due date, then update reviewedAt',
  check: ({ documents, now }) =>
    reviewedPosts(documents, now)
      .filter(({ due }) => due.getTime() > now.getTime() && due.getTime() - now.getTime() <= warnDays * dayMs)
      .map(({ doc, reviewedAt, due }): Finding => ({
        file: doc.file,
        field: 'reviewedAt',
        message: `the yearly review is due on ${day(due)} (last review ${reviewedAt})`,
      })),
};

/** A scheduled post carries its go-live day (reviewedAt may not precede publishedAt), so only published posts are checked. */
export const reviewInFuture: ContentRule = {
  id: 'review/in-future',
  severity: 'error',
  summary: "A published post's reviewedAt is not after today.",
  hint: 'reviewedAt is the day the review took place; write that day, YYYY-MM-DD',
  check: ({ documents, now }) =>
    reviewedPosts(documents, now)
      .filter(({ reviewedAt }) => Date.parse(reviewedAt) > now.getTime())
      .map(({ doc, reviewedAt }): Finding => ({ file: doc.file, field: 'reviewedAt', message: `reviewedAt ${reviewedAt} is in the future` })),
};
