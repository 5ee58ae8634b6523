import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site-config';
import { pageMetadata, postMetadata } from './page-metadata';
import { contentWithDrafts } from './test-fixtures/content-with-drafts';

describe('pageMetadata', () => {
  const metadata = pageMetadata({ title: 'Guides', description: 'Every guide.', path: '/guides' });

  it('sets an absolute canonical URL, Open Graph and Twitter fields', () => {
    expect(metadata.alternates?.canonical).toBe(`${siteConfig.url}/guides`);
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: `${siteConfig.url}/guides`, title: 'Guides', siteName: siteConfig.name, locale: 'en' });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Guides', description: 'Every guide.' });
    expect(metadata.robots).toBeUndefined();
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
    const metadata = postMetadata(post, content.categories[0]);
    expect(metadata.title).toBe('Short title');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2024-01-08T00:00:00.000Z',
      modifiedTime: '2024-02-01T00:00:00.000Z',
      section: 'Tips',
      tags: ['warmth'],
    });
  });
});

describe('pageMetadata for the home page', () => {
  it('keeps a complete title away from the layout’s template', () => {
    expect(pageMetadata({ title: 'Calm Nights: sleep tips', absoluteTitle: true, description: 'Home.', path: '/' }).title).toEqual({ absolute: 'Calm Nights: sleep tips' });
  });
});
