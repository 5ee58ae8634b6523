/** The cross-document part of `upNext`: it names another post that exists (drafts and scheduled targets are a content:check rule). */
import type { ContentIssue } from './validation-rules';
import type { Post } from './collections';

export function upNextReferenceIssues(posts: Post[]): ContentIssue[] {
  const slugs = new Set(posts.map((post) => post.slug));
  return posts.flatMap((post): ContentIssue[] => {
    if (!post.upNext) return [];
    if (post.upNext === post.slug) {
      return [{ file: post.sourceFilePath, field: 'upNext', rule: 'reference/self', message: 'a post may not be its own "Up next"', hint: 'name another article or guide, or remove upNext', severity: 'error' }];
    }
    if (slugs.has(post.upNext)) return [];
    return [
      {
        file: post.sourceFilePath,
        field: 'upNext',
        rule: 'reference/unresolved',
        message: `upNext "${post.upNext}" does not match any file in content/articles/ or content/guides/`,
        hint: 'use the file name (without .mdx) of an existing article or guide',
        severity: 'error',
      },
    ];
  });
}
