import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawDocument, validArticleFields, validCollections } from './test-fixtures/raw-collections';

vi.mock('server-only', () => ({}));
// contentlayer's output, made from the test's raw documents as contentlayer writes them.
vi.mock('contentlayer/generated', async () => {
  const { collections, collectionNames } = await import('./collections');
  const raw = validCollections();
  raw.articles.push(
    rawDocument('articles/newer.mdx', { ...validArticleFields(), title: 'Newer', publishedAt: '2024-06-01', reviewedAt: '2024-06-01', related: ['warm-bath', 'draft-post'] }),
    rawDocument('articles/draft-post.mdx', { ...validArticleFields(), title: 'Draft', draft: true }),
    rawDocument('articles/scheduled.mdx', { ...validArticleFields(), title: 'Scheduled', publishedAt: '2999-01-01', reviewedAt: '2999-01-01' }),
  );
  const allDocuments = collectionNames.flatMap((name) =>
    raw[name].map(({ sourceFilePath, fields, body }) => ({ _id: sourceFilePath, _raw: { sourceFilePath }, type: collections[name].typeName, body, ...fields })),
  );
  return { allDocuments };
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

describe('browsing queries in a production build', () => {
  it('lists posts by category, tag and author, newest first and without hidden posts', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const slugs = (listing: { posts: { slug: string }[] } | undefined) => listing?.posts.map((post) => post.slug);
    expect(slugs(queries.getListing('category', 'sleep-tips'))).toEqual(['newer', 'warm-bath']);
    expect(slugs(queries.getListing('tag', 'warmth'))).toEqual(['newer', 'foot-massage', 'warm-bath']);
    expect(slugs(queries.getListing('author', 'reviewer'))).toEqual(['newer', 'foot-massage', 'warm-bath']);
    expect(slugs(queries.getArticleListing())).toEqual(['newer', 'warm-bath']);
  });

  it('has no listing for an unknown tag, category or author', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(queries.getListing('tag', 'no-such-tag')).toBeUndefined();
    expect(queries.getListing('category', 'no-such-category')).toBeUndefined();
    expect(queries.getListing('author', 'no-such-author')).toBeUndefined();
  });

  it('lists every tag some visible post carries, and every category and author', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(queries.getListings('tag').map((listing) => listing.path)).toEqual(['/tags/warmth']);
    expect(queries.getListings('category').map((listing) => listing.slug)).toEqual(['sleep-tips', 'massage']);
    expect(queries.getListings('author').map((listing) => listing.slug)).toEqual(['writer', 'reviewer']);
  });

  it('suggests related posts first, then the same category, never the post itself', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const newer = queries.getArticle('newer');
    const warmBath = queries.getArticle('warm-bath');
    expect(newer && queries.getSuggestions(newer).map((p) => p.slug)).toEqual(['warm-bath', 'foot-massage']);
    expect(warmBath && queries.getSuggestions(warmBath, 1).map((p) => p.slug)).toEqual(['newer']);
  });

  it('offers the next older post of the same type as up next, wrapping to the newest', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const newer = queries.getArticle('newer');
    const warmBath = queries.getArticle('warm-bath');
    const guide = queries.getGuide('foot-massage');
    expect(newer && queries.getUpNext(newer)?.slug).toBe('warm-bath');
    expect(warmBath && queries.getUpNext(warmBath)?.slug).toBe('newer');
    expect(guide && queries.getUpNext(guide)).toBeUndefined();
    expect(newer && queries.getUpNext({ ...newer })?.slug).toBe('warm-bath');
  });

  it("offers the editor's upNext over the date order, of either type, unless this build hides it", () => {
    vi.stubEnv('NODE_ENV', 'production');
    const newer = queries.getArticle('newer');
    expect(newer && queries.getUpNext({ ...newer, upNext: 'foot-massage' })).toMatchObject({ type: 'guide', slug: 'foot-massage' });
    expect(newer && queries.getUpNext({ ...newer, upNext: 'draft-post' })?.slug).toBe('warm-bath');
  });

  it('builds each listing once and hands the same one to every page that asks', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(queries.getListing('tag', 'warmth')).toBe(queries.getListing('tag', 'warmth'));
    vi.stubEnv('NODE_ENV', 'development');
    expect(queries.getListing('category', 'sleep-tips')?.posts.map((post) => post.slug)).toContain('draft-post');
  });
});
