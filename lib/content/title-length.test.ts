import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../site-config';
import { validArticleFields, validCollections } from './test-fixtures/raw-collections';
import { titleLengthIssues } from './title-length';
import { validateCollections } from './validate';

const config = parseSiteConfig({});
const longTitle = 'Why a warm bath an hour or two before bed may help you fall asleep';

function articleWith(fields: Record<string, unknown>) {
  const collections = validCollections();
  collections.articles[0].fields = { ...validArticleFields(), ...fields };
  return validateCollections(collections).content.articles;
}

describe('titleLengthIssues', () => {
  it('accepts a title that fits with the site name', () => {
    expect(titleLengthIssues(articleWith({ title: 'A warm bath before bed' }), config)).toEqual([]);
  });

  it('asks for a seoTitle when the headline is too long, saying how many characters fit', () => {
    const [issue] = titleLengthIssues(articleWith({ title: longTitle }), config);
    expect(issue).toMatchObject({ file: 'content/articles/warm-bath.mdx', field: 'title', rule: 'seo/title-length', severity: 'error' });
    expect(issue.hint).toBe('add a seoTitle of 46 characters or fewer; the headline on the page can stay as it is');
  });

  it('accepts a long headline with a short seoTitle, and flags a seoTitle that is still too long', () => {
    expect(titleLengthIssues(articleWith({ title: longTitle, seoTitle: 'A warm bath before bed and falling asleep' }), config)).toEqual([]);
    expect(titleLengthIssues(articleWith({ title: longTitle, seoTitle: 'How a warm evening bath can help you fall asleep' }), config)).toEqual([
      expect.objectContaining({ field: 'seoTitle', hint: 'shorten seoTitle to 46 characters or fewer' }),
    ]);
  });
});
