import { postPath } from '../../routes';
import type { ContentRule, Finding } from './content-rule';

/** An old address can redirect to only one post, and may not hide a live page. */
export const redirectDuplicate: ContentRule = {
  id: 'redirect/duplicate',
  severity: 'error',
  summary: 'Each former slug in redirectFrom belongs to one post only and is not the slug of a live post.',
  hint: 'remove the slug from redirectFrom: that address already leads somewhere else',
  check(context) {
    // The earlier post keeps a claimed address, so the error lands on the newcomer.
    const docs = context.documents
      .flatMap((doc) => (doc.post ? [{ ...doc, post: doc.post }] : []))
      .sort((a, b) => Date.parse(a.post.publishedAt) - Date.parse(b.post.publishedAt) || a.file.localeCompare(b.file));
    const live = new Map(docs.map((doc) => [postPath(doc.post), doc.file]));
    const claimed = new Map<string, string>();
    const findings: Finding[] = [];
    for (const doc of docs) {
      doc.post.redirectFrom.forEach((slug, index) => {
        const from = postPath({ type: doc.post.type, slug });
        const field = `redirectFrom.${index}`;
        const owner = live.get(from);
        if (owner) findings.push({ file: doc.file, field, message: `"${slug}" is the address of ${owner === doc.file ? 'this post itself' : owner}` });
        else if (claimed.has(from)) findings.push({ file: doc.file, field, message: `"${slug}" already redirects to ${claimed.get(from)}` });
        else claimed.set(from, doc.file);
      });
    }
    return findings;
  },
};
