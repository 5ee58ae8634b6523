import { describe, expect, it } from 'vitest';
import { rawDocument, validArticleFields, validCollections } from './test-fixtures/raw-collections';
import { readingMinutes, slugFromPath, validateCollections } from './validate';

/** Validates the valid corpus after one change to the first article's fields. */
function withArticle(change: (fields: Record<string, unknown>) => void) {
  const collections = validCollections();
  change(collections.articles[0].fields);
  return validateCollections(collections);
}

describe('validateCollections', () => {
  it('accepts a valid corpus and derives slugs and reading time', () => {
    const { content, issues } = validateCollections(validCollections());
    expect(issues).toEqual([]);
    expect(content.articles.map((a) => a.slug)).toEqual(['warm-bath']);
    expect(content.guides[0]).toMatchObject({ slug: 'foot-massage', type: 'guide', readingMinutes: 1 });
    expect(content.articles[0].draft).toBe(false);
  });

  it('reports a missing title as required, naming the file and field', () => {
    const { issues } = withArticle((fields) => delete fields.title);
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/articles/warm-bath.mdx', field: 'title', rule: 'schema/required', message: 'title is required' }),
    ]);
    expect(issues[0].hint).toMatch(/add "title:"/);
  });

  it('reports a date that is not a date', () => {
    const { issues } = withArticle((fields) => (fields.publishedAt = '8 January 2024'));
    expect(issues).toEqual([expect.objectContaining({ field: 'publishedAt', message: 'publishedAt: must be a date written as YYYY-MM-DD' })]);
  });

  it('reports an impossible calendar date', () => {
    const { issues } = withArticle((fields) => (fields.publishedAt = '2024-02-31T25:00'));
    expect(issues[0]).toMatchObject({ field: 'publishedAt' });
  });

  it('reports an empty alt text on the cover', () => {
    const { issues } = withArticle((fields) => ((fields.cover as Record<string, unknown>).alt = '  '));
    expect(issues).toEqual([expect.objectContaining({ field: 'cover.alt', message: expect.stringMatching(/alt text may not be empty/) })]);
  });

  it('reports updatedAt before publishedAt on the updatedAt field', () => {
    const { issues } = withArticle((fields) => (fields.updatedAt = '2023-12-31'));
    expect(issues).toEqual([expect.objectContaining({ field: 'updatedAt', message: expect.stringMatching(/may not be before publishedAt/) })]);
  });

  it('reports an unknown field', () => {
    const { issues } = withArticle((fields) => (fields.colour = 'blue'));
    expect(issues).toEqual([expect.objectContaining({ field: 'colour', rule: 'schema/unknown-field' })]);
  });

  it('attaches each post’s author, reviewer and category', () => {
    const { content } = validateCollections(validCollections());
    const [writer, reviewer] = content.authors;
    expect(content.articles[0].author).toBe(writer);
    expect(content.articles[0].reviewer).toBe(reviewer);
    expect(content.articles[0].category).toMatchObject({ slug: 'sleep-tips', title: 'Tips' });
    expect(content.guides[0].category.slug).toBe('massage');
  });

  it('leaves out a post whose author does not exist, since it cannot be shown', () => {
    const { content } = withArticle((fields) => (fields.author = 'nobody'));
    expect(content.articles).toEqual([]);
  });

  it('reports an author that does not exist', () => {
    const { issues } = withArticle((fields) => (fields.author = 'nobody'));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'author', rule: 'reference/unresolved', message: 'author "nobody" does not match any file in content/authors/' }),
    ]);
  });

  it('reports unknown reviewer, category and related posts', () => {
    const { issues } = withArticle((fields) => {
      fields.reviewer = 'ghost';
      fields.category = 'nowhere';
      fields.related = ['foot-massage', 'missing-post'];
    });
    expect(issues.map((issue) => issue.field)).toEqual(['reviewer', 'category', 'related.1']);
  });

  it('reports a duplicate slug between an article and a guide', () => {
    const collections = validCollections();
    collections.guides.push(rawDocument('guides/warm-bath.mdx', { ...collections.guides[0].fields }));
    const { issues } = validateCollections(collections);
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/guides/warm-bath.mdx', rule: 'slug/duplicate', message: 'the slug "warm-bath" is already used by content/articles/warm-bath.mdx' }),
    ]);
  });

  it('reports a guide without steps or precautions', () => {
    const collections = validCollections();
    collections.guides[0].fields.steps = [];
    collections.guides[0].fields.precautions = [];
    const { issues } = validateCollections(collections);
    expect(issues.map((issue) => issue.field).sort()).toEqual(['precautions', 'steps']);
  });

  it('keeps every valid document when one is broken', () => {
    const collections = validCollections();
    collections.articles.push(rawDocument('articles/broken.mdx', { ...validArticleFields(), title: '' }));
    const { content, issues } = validateCollections(collections);
    expect(content.articles.map((a) => a.slug)).toEqual(['warm-bath']);
    expect(issues).toHaveLength(1);
  });
});

describe('slugFromPath', () => {
  it('takes the file name without its extension', () => {
    expect(slugFromPath('articles/warm-bath-before-bed.mdx')).toBe('warm-bath-before-bed');
  });
});

describe('wrong types', () => {
  it('reports a value of the wrong type as invalid, not missing', () => {
    const collections = validCollections();
    collections.articles[0].fields.author = 42;
    collections.articles[0].fields.tags = 'warmth';
    const { issues } = validateCollections(collections);
    expect(issues.map((issue) => [issue.field, issue.rule])).toEqual([
      ['author', 'schema/invalid'],
      ['tags', 'schema/invalid'],
    ]);
    expect(issues[0].message).toMatch(/^author: /);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});
