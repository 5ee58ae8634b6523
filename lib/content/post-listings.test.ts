import { describe, expect, it } from 'vitest';
import { isPublished } from './publishing';
import type { Post } from './collections';
import { articleListing, authorListing, categoryListing, laterPageParams, listingPaths, pageOfListing, tagListing, taxonomyListings } from './post-listings';
import { buildTime, contentWithDrafts } from '../seo/test-fixtures/content-with-drafts';

const content = contentWithDrafts();
const posts: Post[] = [...content.articles, ...content.guides].filter((post) => isPublished(post, buildTime));
const source = { posts, categories: content.categories, authors: content.authors };
/** `count` published articles, as a listing of that many posts. */
const manyArticles = (count: number) => Array.from({ length: count }, (_, index) => ({ ...content.articles[0], slug: `post-${index + 1}` }));

describe('taxonomyListings', () => {
  const listings = taxonomyListings(source);

  it('lists every category and author, and each tag a post carries, with their posts', () => {
    expect(listings.map((listing) => `${listing.kind}:${listing.slug}`)).toEqual(['category:sleep-tips', 'category:massage', 'tag:warmth', 'author:writer', 'author:reviewer']);
    expect(listings.find((listing) => listing.kind === 'category' && listing.slug === 'massage')?.posts.map((post) => post.slug)).toEqual(['foot-massage']);
  });

  it('gives each its page address, name and campaign', () => {
    expect(listings.map((listing) => listing.path)).toEqual(['/categories/sleep-tips', '/categories/massage', '/tags/warmth', '/authors/writer', '/authors/reviewer']);
    expect(listings.map((listing) => listing.name)).toEqual(['Tips', 'Massage', 'Topic: Warmth', 'A Writer', 'A Reviewer']);
    expect(listings[2].campaign).toBe('tag-warmth');
  });
});

describe('tagListing and authorListing', () => {
  it('has no page for a tag no post carries', () => {
    expect(tagListing('no-such-tag', posts)).toBeUndefined();
  });

  it('lists the posts an author wrote and the ones they reviewed', () => {
    const [writer, reviewer] = content.authors;
    const reviewed = posts.map((post) => ({ ...post, author: reviewer, reviewer: writer }));
    expect(authorListing(writer, [...posts, ...reviewed]).posts).toHaveLength(posts.length * 2);
  });
});

describe('pageOfListing', () => {
  const listing = articleListing(manyArticles(25));

  it('gives page 1 on the listing route and a later page from its page route', () => {
    expect(pageOfListing(listing)).toMatchObject({ page: 1, pageCount: 3, listing });
    expect(pageOfListing(listing)?.items).toHaveLength(12);
    expect(pageOfListing(listing, '3')?.items.map((post) => post.slug)).toEqual(['post-25']);
  });

  it('has no page 1 at a second address, no page past the last and no page of an unknown listing', () => {
    expect(pageOfListing(listing, '1')).toBeUndefined();
    expect(pageOfListing(listing, '4')).toBeUndefined();
    expect(pageOfListing(undefined)).toBeUndefined();
  });
});

describe('listingPaths', () => {
  it('gives the first page its own address and the later ones /page/n', () => {
    expect(listingPaths(articleListing(manyArticles(12)))).toEqual(['/articles']);
    expect(listingPaths(articleListing(manyArticles(25)))).toEqual(['/articles', '/articles/page/2', '/articles/page/3']);
    const tag = tagListing('warmth', manyArticles(13));
    expect(tag && listingPaths(tag)).toEqual(['/tags/warmth', '/tags/warmth/page/2']);
  });
});

describe('laterPageParams', () => {
  const short = categoryListing(content.categories[0], manyArticles(3));
  const long = authorListing(content.authors[0], manyArticles(30));

  it('gives the slug and number of every page after the first', () => {
    expect(laterPageParams([long, short], false)).toEqual([
      { slug: 'writer', n: '2' },
      { slug: 'writer', n: '3' },
    ]);
  });

  it('gives a static export, which refuses a route without pages, the not-found placeholder page 1 when no listing has a second page', () => {
    expect(laterPageParams([short], false)).toEqual([]);
    expect(laterPageParams([short], true)).toEqual([{ slug: 'sleep-tips', n: '1' }]);
    expect(laterPageParams([long], true)).toHaveLength(2);
  });
});
