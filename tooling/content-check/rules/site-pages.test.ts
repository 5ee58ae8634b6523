import { describe, expect, it } from 'vitest';
import { contentWithDrafts } from '../../../lib/seo/test-fixtures/content-with-drafts';
import { sitePages, splitInternalLink } from './site-pages';

describe('splitInternalLink', () => {
  it('splits a site address into path and anchor, ignoring the query and a trailing slash', () => {
    expect(splitInternalLink('/guides/feet/?from=home#how-it-feels')).toEqual({ path: '/guides/feet', anchor: 'how-it-feels' });
    expect(splitInternalLink('/')).toEqual({ path: '/', anchor: undefined });
    expect(splitInternalLink('#caf%C3%A9')).toEqual({ path: '', anchor: 'café' });
  });

  it('leaves other sites, protocol-relative addresses and mail links alone', () => {
    expect(splitInternalLink('https://example.org/a')).toBeUndefined();
    expect(splitInternalLink('//example.org/a')).toBeUndefined();
    expect(splitInternalLink('mailto:hello@example.org')).toBeUndefined();
  });
});

describe('sitePages', () => {
  it('knows every page of the paginated listings, so links to them are not reported as broken', () => {
    const content = contentWithDrafts();
    const more = Array.from({ length: 13 }, (_, index) => ({ ...content.articles[0], slug: `post-${index + 1}` }));
    const context = {
      documents: [],
      content: { ...content, articles: [...content.articles, ...more] },
      contentDir: 'content',
      publicDir: 'public',
      now: new Date(),
    };
    const paths = [...sitePages(context).keys()];
    expect(paths).toEqual(
      expect.arrayContaining([
        '/articles/page/2',
        '/tags/warmth',
        '/tags/warmth/page/2',
        '/categories/sleep-tips/page/2',
        '/authors/writer/page/2',
        '/authors/reviewer',
      ]),
    );
    expect(paths).not.toContain('/tags/warmth/page/1');
    expect(paths).not.toContain('/tags/warmth/page/3');
  });
});
