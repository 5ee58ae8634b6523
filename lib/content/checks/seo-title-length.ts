import { siteConfig } from '../../site-config';
import type { ContentRule } from './content-rule';

/** Search results show about 60 characters of a title before cutting it off. */
export const maxSearchTitleLength = 60;

export const seoTitleLength: ContentRule = {
  id: 'seo/title-length',
  severity: 'error',
  summary: `The title shown in search results, with " · ${siteConfig.name}" added, fits in ${maxSearchTitleLength} characters.`,
  hint: 'add a shorter seoTitle (search results and browser tabs use it instead of the title), or shorten the title',
  check: (context) =>
    context.documents.flatMap((doc) => {
      if (!doc.post) return [];
      const shown = `${doc.post.seoTitle ?? doc.post.title} · ${siteConfig.name}`;
      if (shown.length <= maxSearchTitleLength) return [];
      return [{ file: doc.file, field: doc.post.seoTitle ? 'seoTitle' : 'title', message: `"${shown}" is ${shown.length} characters; search results cut it off after ${maxSearchTitleLength}` }];
    }),
};
