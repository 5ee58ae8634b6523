/** The editorial policy's promise: every article cites at least five sources and every guide at least three. */
import type { ContentRule, Finding } from './content-rule';

/** The fewest distinct sources (by address) each kind of post may cite. */
export const minimumSources = { article: 5, guide: 3 } as const;

export const sourcesMinimum: ContentRule = {
  id: 'sources/too-few',
  severity: 'error',
  summary: 'A published article lists at least 5 different sources, a guide at least 3.',
  hint: "add the sources that support the page's health claims (title, publisher, year and url), or keep it a draft until they are found",
  check: ({ documents }) =>
    documents.flatMap((doc): Finding[] => {
      const post = doc.post;
      if (!post || post.draft) return [];
      const distinct = new Set(post.sources.map((source) => source.url.replace(/\/+$/, ''))).size;
      const needed = minimumSources[post.type];
      if (distinct >= needed) return [];
      const kind = post.type === 'guide' ? 'a guide' : 'an article';
      return [
        {
          file: doc.file,
          field: post.sources.length ? 'sources' : '',
          message: `${kind} needs at least ${needed} different sources; this one lists ${distinct}`,
        },
      ];
    }),
};
