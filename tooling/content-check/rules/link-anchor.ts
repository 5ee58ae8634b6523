import { postPath } from '../../../lib/routes';
import { bodyLinks } from './body-references';
import { type ContentRule, parsedPosts } from './content-rule';
import { sitePages, splitInternalLink } from './site-pages';

export const linkAnchor: ContentRule = {
  id: 'link/anchor',
  severity: 'error',
  summary: 'A link to a section ("#…") names a heading that exists on the target post.',
  hint: 'the anchor is the heading in lower case with hyphens for spaces: "## Why it works" is #why-it-works',
  check(context) {
    const pages = sitePages(context);
    return parsedPosts(context).flatMap((doc) =>
      bodyLinks(doc.body.tree).flatMap((link) => {
        const target = splitInternalLink(link.url);
        if (!target?.anchor) return [];
        const page = pages.get(target.path || postPath(doc.post));
        // Only post bodies have headings we know; other pages' anchors are not checked.
        if (!page?.post || page.anchors.has(target.anchor)) return [];
        return [
          {
            file: doc.file,
            line: link.line,
            column: link.column,
            message: `the link "${link.url}" names no heading on ${target.path ? `the page ${target.path}` : 'this page'}`,
          },
        ];
      }),
    );
  },
};
