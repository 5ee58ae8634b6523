import { describe, expect, it } from 'vitest';
import { buildRedirects } from './redirects';
import { rawDocument, validArticleFields, validCollections } from './test-fixtures/raw-collections';
import { validateCollections } from './validate';

/** Validates the valid corpus plus a second article, with the given redirectFrom lists. */
function withRedirects(first: string[], second: string[] = []) {
  const collections = validCollections();
  collections.articles[0].fields.redirectFrom = first;
  collections.articles.push(rawDocument('articles/second.mdx', { ...validArticleFields(), redirectFrom: second }));
  return validateCollections(collections);
}

describe('redirects', () => {
  it('turns former slugs into permanent redirects within the post’s section', () => {
    const { content, issues } = withRedirects(['hot-bath', 'bath-and-sleep']);
    expect(issues).toEqual([]);
    expect(buildRedirects([...content.articles, ...content.guides])).toEqual([
      { source: '/articles/bath-and-sleep', destination: '/articles/warm-bath', permanent: true },
      { source: '/articles/hot-bath', destination: '/articles/warm-bath', permanent: true },
    ]);
  });

  it('reports an old address listed by two posts as a duplicate, naming the first', () => {
    const { issues } = withRedirects(['old'], ['old']);
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/articles/second.mdx', field: 'redirectFrom.0', rule: 'redirect/duplicate', severity: 'error' }),
    ]);
    expect(issues[0].message).toContain('content/articles/warm-bath.mdx');
  });

  it('reports a redirect from the post’s own address or another live page as circular', () => {
    const { issues } = withRedirects(['warm-bath', 'second'], ['warm-bath']);
    expect(issues.map((issue) => [issue.file, issue.field, issue.rule])).toEqual([
      ['content/articles/warm-bath.mdx', 'redirectFrom.0', 'redirect/circular'],
      ['content/articles/warm-bath.mdx', 'redirectFrom.1', 'redirect/circular'],
      ['content/articles/second.mdx', 'redirectFrom.0', 'redirect/circular'],
    ]);
    expect(issues[0].message).toMatch(/redirect to itself/);
  });
});
