/** Validated test content with one post of each publishing state, for the sitemap, feed and JSON-LD builders. */
import { rawDocument, validArticleFields, validCollections } from '../../content/test-fixtures/raw-collections';
import type { Content } from '../../content/collections';
import { validateCollections } from '../../content/validate';
import { parseSiteConfig } from '../../site-config';

/** The build time the tests pretend it is. */
export const buildTime = new Date('2025-06-01T00:00:00Z');

export const testConfig = parseSiteConfig({ SITE_URL: 'https://sleep.example.com' });

/** warm-bath and foot-massage are published; draft-post is a draft; scheduled is dated after buildTime. */
export function contentWithDrafts(): Content {
  const collections = validCollections();
  collections.articles.push(
    rawDocument('articles/updated.mdx', { ...validArticleFields(), title: 'Updated <later> & "quoted"', publishedAt: '2024-03-01', reviewedAt: '2024-03-01', updatedAt: '2025-02-01', redirectFrom: ['old-updated'] }),
    rawDocument('articles/draft-post.mdx', { ...validArticleFields(), title: 'A draft', draft: true }),
    rawDocument('articles/scheduled.mdx', { ...validArticleFields(), title: 'Scheduled', publishedAt: '2025-07-01', reviewedAt: '2025-07-01' }),
  );
  const { content, issues } = validateCollections(collections);
  if (issues.length) throw new Error(`test content is invalid: ${JSON.stringify(issues)}`);
  return content;
}
