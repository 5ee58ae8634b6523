/**
 * Former addresses of posts (`redirectFrom`) become permanent redirects. A
 * redirect listed twice, or one whose old address is a live page (the post
 * itself or another one, which would loop or hide that page), is a content
 * error, reported like any other with file and field.
 */
import { type Post, postPath } from './collections';
import type { ContentIssue } from './validation-rules';

export type Redirect = { source: string; destination: string; permanent: true };

const oldPath = (post: Post, slug: string) => postPath({ type: post.type, slug });

/** Problems with the posts' redirectFrom lists. */
export function redirectIssues(posts: Post[]): ContentIssue[] {
  const livePages = new Map(posts.map((post) => [postPath(post), post]));
  const claimed = new Map<string, Post>();
  const issues: ContentIssue[] = [];
  const issue = (post: Post, index: number, rule: string, message: string, hint: string) =>
    issues.push({ file: post.sourceFilePath, field: `redirectFrom.${index}`, rule, message, hint, severity: 'error' });

  // The earliest-published post keeps an old address; a later claim is the duplicate.
  const byAge = [...posts].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  for (const post of byAge) {
    post.redirectFrom.forEach((slug, index) => {
      const source = oldPath(post, slug);
      const live = livePages.get(source);
      const first = claimed.get(source);
      if (live === post) {
        issue(post, index, 'redirect/circular', `redirectFrom "${slug}" is this post's own address, so it would redirect to itself`, `remove "${slug}" from redirectFrom`);
      } else if (live) {
        issue(post, index, 'redirect/circular', `redirectFrom "${slug}" is the address of ${live.sourceFilePath}, a live page; redirecting it would hide that page or loop`, `remove "${slug}" from redirectFrom, or rename or delete ${live.sourceFilePath}`);
      } else if (first) {
        const where = first === post ? 'earlier in this list' : `by ${first.sourceFilePath}`;
        issue(post, index, 'redirect/duplicate', `redirectFrom "${slug}" is already listed ${where}; one old address can lead to one page only`, `keep "${slug}" in one redirectFrom list`);
      } else claimed.set(source, post);
    });
  }
  return issues;
}

/** The permanent redirects of the given posts, in a stable order. */
export function buildRedirects(posts: Post[]): Redirect[] {
  return posts
    .flatMap((post) => post.redirectFrom.map((slug) => ({ source: oldPath(post, slug), destination: postPath(post), permanent: true as const })))
    .sort((a, b) => a.source.localeCompare(b.source));
}
