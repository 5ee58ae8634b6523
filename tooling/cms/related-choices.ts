/** The articles and guides on disk, for the CMS's related-posts picker. */
import { postCollections, postTypes } from '@/lib/content/collections';
import { slugFromPath } from '@/lib/content/validate';
import { readSources } from '@/tooling/content-check/read-sources';
import type { RelatedChoice } from './cms-collections';

export function relatedChoices(contentDir = 'content'): RelatedChoice[] {
  const { raw } = readSources(contentDir);
  return postTypes
    .flatMap((type) =>
      raw[postCollections[type]].map((doc): RelatedChoice => {
        const slug = slugFromPath(doc.sourceFilePath);
        return { slug, title: typeof doc.fields.title === 'string' ? doc.fields.title : slug, type };
      }),
    )
    .sort((a, b) => a.title.localeCompare(b.title));
}
