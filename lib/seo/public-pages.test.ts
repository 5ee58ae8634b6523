import { describe, expect, it } from 'vitest';
import { publicPages } from './public-pages';
import { buildTime, contentWithDrafts } from './test-fixtures/content-with-drafts';

describe('publicPages', () => {
  const pages = publicPages(contentWithDrafts(), buildTime);
  const paths = pages.map((page) => page.path);

  it('lists the home page, every published post, every index and taxonomy page and the fixed pages, each once', () => {
    expect(paths).toEqual([
      '/',
      '/articles/warm-bath',
      '/articles/updated',
      '/guides/foot-massage',
      '/articles',
      '/guides',
      '/guides/area/feet',
      '/guides/for/self',
      '/guides/for/partner',
      '/guides/for/both',
      '/categories/sleep-tips',
      '/categories/massage',
      '/tags/warmth',
      '/authors/writer',
      '/authors/reviewer',
      '/sleep-test',
      '/about',
      '/editorial-policy',
      '/medical-disclaimer',
      '/contact',
    ]);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('leaves out the noindex search page', () => {
    expect(paths).not.toContain('/search');
  });

  it('leaves out drafts and posts scheduled after the build', () => {
    expect(paths.some((path) => path.includes('draft-post') || path.includes('scheduled'))).toBe(false);
  });

  it('dates a post by its update, else its publication, and a listing by its newest post', () => {
    const lastModified = Object.fromEntries(pages.map((page) => [page.path, page.lastModified]));
    expect(lastModified['/articles/warm-bath']).toBe('2024-01-08');
    expect(lastModified['/articles/updated']).toBe('2025-02-01');
    expect(lastModified['/']).toBe('2025-02-01');
  });

  it('includes a scheduled post once its date has come', () => {
    expect(publicPages(contentWithDrafts(), new Date('2025-07-02')).map((page) => page.path)).toContain('/articles/scheduled');
  });

  it('lists every page of a listing that fills more than one, each dated by the listing’s newest post', () => {
    const content = contentWithDrafts();
    const more = Array.from({ length: 13 }, (_, index) => ({ ...content.articles[0], slug: `post-${index + 1}` }));
    const lastModified = Object.fromEntries(
      publicPages({ ...content, articles: [...content.articles, ...more] }, buildTime).map((page) => [page.path, page.lastModified]),
    );
    for (const first of ['/articles', '/categories/sleep-tips', '/tags/warmth', '/authors/writer']) {
      expect(lastModified[`${first}/page/2`], `${first}/page/2`).toBe(lastModified[first]);
      expect(lastModified[`${first}/page/3`], `${first}/page/3`).toBeUndefined();
    }
    expect(lastModified['/tags/warmth/page/2']).toBe('2025-02-01');
  });
});
