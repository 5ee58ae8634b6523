import { describe, expect, it } from 'vitest';
import type { Post } from '../content/collections';
import { buildAtomFeed, buildRssFeed, feedItemLimit } from './feeds';
import { buildTime, contentWithDrafts, testConfig } from './test-fixtures/content-with-drafts';

const content = contentWithDrafts();
const input = { posts: [...content.articles, ...content.guides], config: testConfig, now: buildTime };

/** The text of every element named `tag`, CDATA unwrapped. */
const tagValues = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)</${tag}>`, 'g'))].map((match) =>
    match[1].replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1'),
  );
const entryLinks = (atom: string) => [...atom.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)].map((match) => match[1]);

describe('buildRssFeed', () => {
  const rss = buildRssFeed(input);

  it('lists published posts newest first with absolute links on the configured origin', () => {
    expect(tagValues(rss, 'link').slice(1)).toEqual([
      'https://sleep.example.com/articles/updated',
      'https://sleep.example.com/guides/foot-massage',
      'https://sleep.example.com/articles/warm-bath',
    ]);
    expect(rss).toContain('<atom:link href="https://sleep.example.com/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('leaves out drafts and scheduled posts', () => {
    expect(rss).not.toMatch(/draft-post|A draft|scheduled|Scheduled/);
  });

  it('keeps markup in titles as text, names each post’s kind and carries the description as the summary', () => {
    expect(tagValues(rss, 'title')[1]).toBe('Updated <later> & "quoted"');
    expect(tagValues(rss, 'category')).toEqual(['Article', 'Technique guide', 'Article']);
    expect(tagValues(rss, 'description')[1]).toBe(content.articles[0].description);
    expect(tagValues(rss, 'pubDate')[0]).toBe('Fri, 01 Mar 2024 00:00:00 GMT');
  });
});

describe('buildAtomFeed', () => {
  const atom = buildAtomFeed(input);

  it('lists the same published posts with ids, dates and authors', () => {
    const posts = [
      'https://sleep.example.com/articles/updated',
      'https://sleep.example.com/guides/foot-massage',
      'https://sleep.example.com/articles/warm-bath',
    ];
    expect(tagValues(atom, 'id').slice(1)).toEqual(posts);
    expect(entryLinks(atom)).toEqual(posts);
    expect(tagValues(atom, 'updated')[0]).toBe('2025-02-01T00:00:00.000Z');
    expect(tagValues(atom, 'name')).toContain('A Writer');
    expect(atom).not.toMatch(/draft-post|scheduled/);
  });
});

describe('a feed of a large archive', () => {
  // More published posts than a feed carries, one a day from 1 January 2024, listed oldest first so the order must come from the feed.
  const [template] = content.articles;
  const day = (index: number) => new Date(Date.UTC(2024, 0, index + 1)).toISOString().slice(0, 10);
  const archive: Post[] = Array.from({ length: feedItemLimit + 10 }, (_, index) => ({
    ...template,
    slug: `day-${index + 1}`,
    publishedAt: day(index),
    updatedAt: undefined,
  }));
  // The oldest post was revised lately, but it is not in the feed, so it does not date the feed.
  archive[0] = { ...archive[0], updatedAt: '2025-05-01' };
  const large = { ...input, posts: archive };
  const newest = Array.from({ length: feedItemLimit }, (_, index) => `https://sleep.example.com/articles/day-${feedItemLimit + 10 - index}`);

  it('carries only the newest posts, newest first, in RSS', () => {
    expect(tagValues(buildRssFeed(large), 'link').slice(1)).toEqual(newest);
  });

  it('carries the same posts in Atom, dated by the newest it carries', () => {
    const atom = buildAtomFeed(large);
    expect(tagValues(atom, 'id').slice(1)).toEqual(newest);
    expect(tagValues(atom, 'updated')[0]).toBe(`${day(feedItemLimit + 9)}T00:00:00.000Z`);
  });
});
