/** The one rule for what readers may see: used by pages, sitemap, feeds and search alike. */

type Publishable = { draft: boolean; publishedAt: string };

/** Newest first, then by title: the order of every list of posts (the content API's and the feeds'). */
export const newestFirst = (a: Publishable & { title: string }, b: Publishable & { title: string }) =>
  Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.title.localeCompare(b.title);

/** Drafts and scheduled posts are shown only in development, where editors preview them. */
export function showUnpublished(): boolean {
  return process.env.NODE_ENV !== 'production';
}

/** A post is published when it is not a draft and its publication date has come. */
export function isPublished(post: Publishable, now: Date = new Date()): boolean {
  return !post.draft && Date.parse(post.publishedAt) <= now.getTime();
}

/** A post dated after `now` that is not a draft. */
export function isScheduled(post: Publishable, now: Date = new Date()): boolean {
  return !post.draft && Date.parse(post.publishedAt) > now.getTime();
}

/** Whether a post is listed and rendered in this build. */
export function isVisible(post: Publishable, now: Date = new Date()): boolean {
  return showUnpublished() || isPublished(post, now);
}
