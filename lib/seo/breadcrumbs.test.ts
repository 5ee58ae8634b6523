import { describe, expect, it } from 'vitest';
import { tagListing } from '../content/post-listings';
import { listingBreadcrumbs } from './breadcrumbs';
import { contentWithDrafts } from './test-fixtures/content-with-drafts';

describe('listingBreadcrumbs', () => {
  const posts = Array.from({ length: 13 }, (_, index) => ({ ...contentWithDrafts().articles[0], slug: `post-${index + 1}` }));
  const listing = tagListing('warmth', posts);

  it('ends at the listing on its first page, and at the page below it on later pages', () => {
    if (!listing) throw new Error('the posts carry the tag');
    expect(listingBreadcrumbs({ listing, page: 1, pageCount: 2, items: [] })).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Topic: Warmth', path: '/tags/warmth' },
    ]);
    expect(listingBreadcrumbs({ listing, page: 2, pageCount: 2, items: [] })).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Topic: Warmth', path: '/tags/warmth' },
      { name: 'Page 2', path: '/tags/warmth/page/2' },
    ]);
  });
});
