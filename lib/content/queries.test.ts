import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawDocument, validArticleFields, validCollections } from './test-fixtures/raw-collections';
import { validateCollections } from './validate';

vi.mock('server-only', () => ({}));
vi.mock('./loader', () => {
  const collections = validCollections();
  collections.articles.push(
    rawDocument('articles/newer.mdx', { ...validArticleFields(), title: 'Newer', publishedAt: '2024-06-01', related: ['warm-bath', 'draft-post'] }),
    rawDocument('articles/draft-post.mdx', { ...validArticleFields(), title: 'Draft', draft: true }),
    rawDocument('articles/scheduled.mdx', { ...validArticleFields(), title: 'Scheduled', publishedAt: '2999-01-01' }),
  );
  const { content } = validateCollections(collections);
  return { loadContent: () => content };
});

const queries = await import('./queries');

afterEach(() => vi.unstubAllEnvs());

describe('content API in a production build', () => {
  it('lists published articles newest first, without drafts or scheduled posts', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(queries.getArticles().map((a) => a.slug)).toEqual(['newer', 'warm-bath']);
    expect(queries.getArticle('draft-post')).toBeUndefined();
    expect(queries.getArticle('scheduled')).toBeUndefined();
  });

  it('leaves hidden posts out of related lists', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const newer = queries.getArticle('newer');
    expect(newer && queries.getRelated(newer).map((p) => p.slug)).toEqual(['warm-bath']);
  });

  it('mixes articles and guides in getPosts, breaking date ties by title', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(queries.getPosts().map((p) => `${p.type}:${p.slug}`)).toEqual(['article:newer', 'guide:foot-massage', 'article:warm-bath']);
  });
});

describe('content API in development', () => {
  it('includes drafts and scheduled posts so editors can preview them', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(queries.getArticles().map((a) => a.slug)).toEqual(['scheduled', 'newer', 'warm-bath', 'draft-post']);
  });
});

describe('lookups', () => {
  it('finds guides, authors and categories by slug', () => {
    expect(queries.getGuide('foot-massage')?.steps).toHaveLength(2);
    expect(queries.getAuthor('writer')?.name).toBe('A Writer');
    expect(queries.getCategory('massage')?.title).toBe('Massage');
    expect(queries.getGuide('missing')).toBeUndefined();
  });
});
