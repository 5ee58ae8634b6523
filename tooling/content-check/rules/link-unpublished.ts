import { isPublished } from '../../../lib/content/publishing';
import { bodyLinks } from './body-references';
import { type ContentRule, parsedPosts } from './content-rule';
import { sitePages, splitInternalLink } from './site-pages';

/** A published post linking to a draft, or to a post scheduled after it, would show readers a 404. */
export const linkUnpublished: ContentRule = {
  id: 'link/unpublished',
  severity: 'error',
  summary: 'A post does not link to a draft, or to a post scheduled to appear after it.',
  hint: 'publish the other post first, or remove the link until it is live',
  check(context) {
    const pages = sitePages(context);
    return parsedPosts(context).flatMap((doc) => {
      if (doc.post.draft) return [];
      return bodyLinks(doc.body.tree).flatMap((link) => {
        const target = splitInternalLink(link.url);
        const post = target ? pages.get(target.path)?.post : undefined;
        if (!post || isPublished(post, context.now) || (!post.draft && Date.parse(post.publishedAt) <= Date.parse(doc.post.publishedAt))) return [];
        const state = post.draft ? 'a draft' : `a post scheduled for ${post.publishedAt.slice(0, 10)}`;
        return [{ file: doc.file, line: link.line, column: link.column, message: `the link "${link.url}" leads to ${state}, which readers cannot see` }];
      });
    });
  },
};
