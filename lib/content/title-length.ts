/**
 * A post's title as rendered (its seoTitle or title, then the site's name)
 * must fit in a search result; the editor shortens it with seoTitle.
 */
import { maxTitleLength, pageTitle, siteConfig, type SiteConfig } from '../site-config';
import type { ContentIssue } from './validation-rules';
import type { Post } from './collections';

export function titleLengthIssues(posts: Post[], config: SiteConfig = siteConfig): ContentIssue[] {
  const room = maxTitleLength - pageTitle('', config).length;
  return posts.flatMap((post): ContentIssue[] => {
    const shown = post.seoTitle ?? post.title;
    if (pageTitle(shown, config).length <= maxTitleLength) return [];
    const field = post.seoTitle ? 'seoTitle' : 'title';
    return [{
      file: post.sourceFilePath,
      field,
      rule: 'seo/title-length',
      message: `${field} is ${shown.length} characters; with " · ${config.name}" it is too long for search results (at most ${room} characters fit)`,
      hint: post.seoTitle ? `shorten seoTitle to ${room} characters or fewer` : `add a seoTitle of ${room} characters or fewer; the headline on the page can stay as it is`,
      severity: 'error',
    }];
  });
}
