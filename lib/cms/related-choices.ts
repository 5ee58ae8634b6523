/** The articles and guides on disk, for the CMS's related-posts picker. */
import { readSources } from '@/lib/content/read-sources';
import { slugFromPath } from '@/lib/content/validate';
import type { RelatedChoice } from './cms-collections';

export function relatedChoices(contentDir = 'content'): RelatedChoice[] {
  const { raw } = readSources(contentDir);
  const choices = (docs: typeof raw.articles, type: RelatedChoice['type']) =>
    docs.map((doc) => ({ slug: slugFromPath(doc.sourceFilePath), title: typeof doc.fields.title === 'string' ? doc.fields.title : slugFromPath(doc.sourceFilePath), type }));
  return [...choices(raw.articles, 'article'), ...choices(raw.guides, 'guide')].sort((a, b) => a.title.localeCompare(b.title));
}
