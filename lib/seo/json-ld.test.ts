import { describe, expect, it } from 'vitest';
import { postBreadcrumbs } from './breadcrumbs';
import { blogPostingJsonLd, breadcrumbJsonLdProps, howToJsonLdProps, organizationJsonLdProps, webSiteJsonLd } from './json-ld';
import { contentWithDrafts, testConfig } from './test-fixtures/content-with-drafts';

const content = contentWithDrafts();
const [article] = content.articles;
const [guide] = content.guides;

describe('blogPostingJsonLd', () => {
  it('describes the article with absolute URLs on the configured origin', () => {
    const data = blogPostingJsonLd(article, testConfig);
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: article.title,
      description: article.description,
      url: 'https://sleep.example.com/articles/warm-bath',
      datePublished: '2024-01-08T00:00:00.000Z',
      dateModified: '2024-01-08T00:00:00.000Z',
      author: { '@type': 'Person', name: 'A Writer', url: 'https://sleep.example.com/authors/writer' },
      publisher: { '@type': 'Organization', name: 'Calm Nights', logo: { url: 'https://sleep.example.com/logo.svg' } },
      mainEntityOfPage: { '@id': 'https://sleep.example.com/articles/warm-bath', reviewedBy: { name: 'A Reviewer' } },
    });
    expect(data.image).toEqual([{ '@type': 'ImageObject', url: expect.stringMatching(/^https:\/\/sleep\.example\.com\/og\/articles\/warm-bath\.png\?v=[0-9a-f]{12}$/), width: 1200, height: 630 }]);
  });

  it('names no reviewer when the article has none', () => {
    expect(blogPostingJsonLd({ ...article, reviewer: undefined }, testConfig).mainEntityOfPage).not.toHaveProperty('reviewedBy');
  });
});

describe('howToJsonLdProps', () => {
  it('takes the steps, total time and needs from the guide', () => {
    expect(howToJsonLdProps(guide, testConfig)).toMatchObject({
      name: guide.title,
      totalTime: 'PT10M',
      tool: ['a tennis ball'],
      step: [
        { name: 'Warm up', text: 'Stroke the foot gently.' },
        { name: 'Roll', text: 'Roll a ball under the sole.' },
      ],
    });
  });
});

describe('site and breadcrumb JSON-LD', () => {
  it('gives the organization and website the configured origin', () => {
    expect(organizationJsonLdProps(testConfig)).toMatchObject({ url: 'https://sleep.example.com/', logo: 'https://sleep.example.com/logo.svg' });
    expect(webSiteJsonLd(testConfig)).toMatchObject({ '@type': 'WebSite', url: 'https://sleep.example.com/', inLanguage: 'en' });
  });

  it('builds a post trail from home through its section', () => {
    expect(breadcrumbJsonLdProps(postBreadcrumbs(guide), testConfig)).toEqual({
      items: [
        { name: 'Home', item: 'https://sleep.example.com/' },
        { name: 'Guides', item: 'https://sleep.example.com/guides' },
        { name: guide.title, item: 'https://sleep.example.com/guides/foot-massage' },
      ],
    });
  });
});
