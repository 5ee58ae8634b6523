import { describe, expect, it } from 'vitest';
import { postBreadcrumbs } from './breadcrumbs';
import { blogPostingJsonLd, breadcrumbJsonLdProps, howToJsonLd, organizationJsonLdProps, webSiteJsonLd } from './json-ld';
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
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': 'https://sleep.example.com/articles/warm-bath',
        lastReviewed: '2024-01-08',
        reviewedBy: { '@type': 'Person', name: 'A Reviewer', jobTitle: 'Nurse' },
      },
    });
    expect(data.image).toEqual([
      {
        '@type': 'ImageObject',
        url: expect.stringMatching(/^https:\/\/sleep\.example\.com\/og\/articles\/warm-bath\.png\?v=[0-9a-f]{12}$/),
        width: 1200,
        height: 630,
      },
    ]);
  });

  it('names no reviewer and no review date when the article has no reviewer', () => {
    const page = blogPostingJsonLd({ ...article, reviewer: undefined }, testConfig).mainEntityOfPage;
    expect(page).not.toHaveProperty('reviewedBy');
    expect(page).not.toHaveProperty('lastReviewed');
  });
});

describe('howToJsonLd', () => {
  it('takes the steps, total time, needs, author and review from the guide', () => {
    expect(howToJsonLd(guide, testConfig)).toMatchObject({
      '@type': 'HowTo',
      name: guide.title,
      totalTime: 'PT5M',
      tool: [{ '@type': 'HowToTool', name: 'a tennis ball' }],
      step: [
        { '@type': 'HowToStep', name: 'Warm up', text: 'Stroke the foot gently.' },
        { '@type': 'HowToStep', name: 'Roll', text: 'Roll a ball under the sole.' },
      ],
      author: { '@type': 'Person', name: 'A Writer' },
      mainEntityOfPage: { '@id': 'https://sleep.example.com/guides/foot-massage', lastReviewed: '2024-01-08', reviewedBy: { name: 'A Reviewer' } },
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
