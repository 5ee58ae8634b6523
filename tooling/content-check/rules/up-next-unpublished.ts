/** An editor's "Up next" must lead to a page readers can open when this post is live. */
import { isPublished } from '../../../lib/content/publishing';
import type { ContentRule, Finding } from './content-rule';

export const upNextUnpublished: ContentRule = {
  id: 'up-next/unpublished',
  severity: 'error',
  summary: 'upNext names a post that is published, or at least due before this one.',
  hint: 'publish the other post first, choose another upNext, or remove upNext to use the next post by date',
  check: ({ documents, content, now }) => {
    const posts = new Map([...content.articles, ...content.guides].map((post) => [post.slug, post]));
    return documents.flatMap((doc): Finding[] => {
      const post = doc.post;
      const target = post?.upNext ? posts.get(post.upNext) : undefined;
      if (!post || post.draft || !target || isPublished(target, now)) return [];
      if (!target.draft && Date.parse(target.publishedAt) <= Date.parse(post.publishedAt)) return [];
      const state = target.draft ? 'a draft' : `a post scheduled for ${target.publishedAt.slice(0, 10)}`;
      return [{ file: doc.file, field: 'upNext', message: `upNext "${target.slug}" is ${state}, which readers cannot open yet` }];
    });
  },
};
