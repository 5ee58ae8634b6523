import { bodyLinks } from './body-references';
import { type ContentRule, parsedPosts } from './content-rule';
import { sitePages, splitInternalLink } from './site-pages';
import { publicFile } from './stated-images';

export const linkBroken: ContentRule = {
  id: 'link/broken',
  severity: 'error',
  summary: 'A link to a page of this site (starting with "/") leads to a page or file that exists.',
  hint: 'articles live at /articles/<file name>, guides at /guides/<file name>, categories at /categories/<file name>; check the spelling',
  check(context) {
    const pages = sitePages(context);
    return parsedPosts(context).flatMap((doc) =>
      bodyLinks(doc.body.tree).flatMap((link) => {
        const target = splitInternalLink(link.url);
        if (!target || target.path === '' || pages.has(target.path) || publicFile(context.publicDir, target.path)) return [];
        return [{ file: doc.file, line: link.line, column: link.column, message: `the link "${link.url}" leads to no page on this site` }];
      }),
    );
  },
};
