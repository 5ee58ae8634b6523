import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site-config';
import { articleListing, pageOfListing, taxonomyListings } from '../content/post-listings';
import { listingMetadata, pageMetadata, postMetadata } from './page-metadata';
import { contentWithDrafts } from './test-fixtures/content-with-drafts';

describe('pageMetadata', () => {
  const metadata = pageMetadata({ title: 'Guides', description: 'Every guide.', path: '/guides' });

  it('sets an absolute canonical URL, Open Graph and Twitter fields', () => {
    expect(metadata.alternates?.canonical).toBe(`${siteConfig.url}/guides`);
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: `${siteConfig.url}/guides`, title: 'Guides', siteName: siteConfig.name, locale: 'en' });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Guides', description: 'Every guide.' });
    expect(metadata.robots).toBeUndefined();
  });

  it('names the site’s card for Open Graph and Twitter', () => {
    const card = { url: `${siteConfig.url}/opengraph-image`, width: 1200, height: 630, type: 'image/png' };
    expect(metadata.openGraph?.images).toEqual([expect.objectContaining(card)]);
    expect(metadata.twitter?.images).toEqual([expect.objectContaining(card)]);
  });

  it('links both feeds, since a page’s alternates replace the layout’s', () => {
    expect(Object.keys(metadata.alternates?.types ?? {})).toEqual(['application/rss+xml', 'application/atom+xml']);
  });

  it('keeps a noindex page out of search results and leaves out the canonical when there is no path', () => {
    const notFound = pageMetadata({ title: 'Page not found', description: 'Gone.', noindex: true });
    expect(notFound.robots).toEqual({ index: false, follow: true });
    expect(notFound.alternates?.canonical).toBeUndefined();
  });
});

describe('postMetadata', () => {
  it('uses the SEO title and adds the Open Graph article fields', () => {
    const content = contentWithDrafts();
    const post = { ...content.articles[0], seoTitle: 'Short title', updatedAt: '2024-02-01' };
    const metadata = postMetadata(post);
    expect(metadata.title).toBe('Short title');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2024-01-08T00:00:00.000Z',
      modifiedTime: '2024-02-01T00:00:00.000Z',
      section: 'Tips',
      tags: ['warmth'],
    });
  });

  it('names the post’s own card, whose address changes when its title does', () => {
    const content = contentWithDrafts();
    const [article] = content.articles;
    const cardOf = (post: typeof article) => (postMetadata(post).openGraph?.images as { url: string; alt: string }[])[0];
    const card = cardOf(article);
    expect(card).toMatchObject({
      url: expect.stringMatching(new RegExp(`^${siteConfig.url}/og/articles/${article.slug}\\.png\\?v=[0-9a-f]{12}$`)),
      width: 1200,
      height: 630,
      type: 'image/png',
    });
    expect(card.alt).toContain(article.title);
    expect(postMetadata(article).twitter?.images).toEqual([card]);
    expect(cardOf({ ...article, title: 'Another title' }).url).not.toBe(card.url);
    expect(cardOf({ ...article, description: 'Another description that the card does not show.' }).url).toBe(card.url);
  });
});

describe('pageMetadata for the home page', () => {
  it('keeps a complete title away from the layout’s template', () => {
    expect(pageMetadata({ title: 'Calm Nights: sleep tips', absoluteTitle: true, description: 'Home.', path: '/' }).title).toEqual({
      absolute: 'Calm Nights: sleep tips',
    });
  });
});

describe('listingMetadata', () => {
  const content = contentWithDrafts();
  // Enough posts for two pages in every listing: 13 in each category.
  const posts = Array.from({ length: 26 }, (_, index) => ({ ...content.articles[0], slug: `post-${index + 1}`, category: content.categories[index % 2] }));
  const listings = [articleListing(posts), ...taxonomyListings({ posts, categories: content.categories, authors: content.authors })];
  const pages = listings.flatMap((listing) => [pageOfListing(listing), pageOfListing(listing, '2')]);
  const metadata = pages.map(listingMetadata);

  it('names the page number after the first page and points the canonical URL at the page itself', () => {
    const tagPages = metadata.filter((entry) => String(entry.alternates?.canonical).includes('/tags/'));
    expect(tagPages.map((entry) => entry.title)).toEqual(['Topic: Warmth', 'Topic: Warmth, page 2']);
    expect(tagPages.map((entry) => entry.alternates?.canonical)).toEqual([`${siteConfig.url}/tags/warmth`, `${siteConfig.url}/tags/warmth/page/2`]);
    expect(tagPages[1].description).toBe(`Page 2 of 3 of the ${siteConfig.name} articles and massage guides about warmth, newest first.`);
  });

  it('gives every page of every listing its own title and a description of 70 to 160 characters', () => {
    expect(pages.every(Boolean)).toBe(true);
    const titles = metadata.map((entry) => entry.title);
    const descriptions = metadata.map((entry) => entry.description ?? '');
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
    for (const description of descriptions) expect(description.length, description).toBeGreaterThanOrEqual(70);
    for (const description of descriptions) expect(description.length, description).toBeLessThanOrEqual(160);
  });

  it('has nothing for a page that does not exist', () => {
    expect(listingMetadata(undefined)).toEqual({});
  });
});
