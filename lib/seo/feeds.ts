/**
 * RSS 2.0 and Atom documents of the published articles and guides. Pure
 * functions of the posts and the site configuration, so drafts and scheduled
 * posts are tested out here rather than found in a crawl.
 */
import { isPublished } from '../content/publishing';
import { postLabel } from '../content/collections';
import type { Author, Post } from '../content/types';
import { postPath } from '../routes';
import { absoluteUrl, type SiteConfig } from '../site-config';
import { feedPaths } from './feed-links';
import { postLastModified as updatedOf } from './public-pages';

export type FeedInput = {
  posts: Post[];
  authors: Author[];
  config: SiteConfig;
  /** The build time; posts dated after it are left out. */
  now?: Date;
};

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}

/**
 * How many posts a feed carries. Feed readers fetch the whole document every
 * time they poll, and only need what is new since their last visit: the newest
 * 50 cover months of publishing, and keep the feed the same size however large
 * the archive grows (the sitemap lists every post for search engines).
 */
export const feedItemLimit = 50;

/** The newest published posts, newest first: the feeds' items. */
function feedPosts({ posts, now = new Date() }: FeedInput): Post[] {
  return posts
    .filter((post) => isPublished(post, now))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.title.localeCompare(b.title))
    .slice(0, feedItemLimit);
}

/** The summary a feed reader shows: the description, then the key takeaways. */
function summaryOf(post: Post): string {
  return [post.description, ...post.takeaways].join(' ');
}

/** An RSS 2.0 document. */
export function buildRssFeed(input: FeedInput): string {
  const { config } = input;
  const posts = feedPosts(input);
  const items = posts.map((post) => {
    const url = absoluteUrl(postPath(post), config);
    return [
      '    <item>',
      `      <title>${escapeXml(post.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <description>${escapeXml(summaryOf(post))}</description>`,
      `      <dc:creator>${escapeXml(post.author.name)}</dc:creator>`,
      `      <category>${escapeXml(postLabel(post))}</category>`,
      `      <pubDate>${new Date(post.publishedAt).toUTCString()}</pubDate>`,
      '    </item>',
    ].join('\n');
  });
  const lastBuild = posts[0] ? `\n    <lastBuildDate>${new Date(updatedOf(posts[0])).toUTCString()}</lastBuildDate>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(config.name)}</title>
    <link>${escapeXml(absoluteUrl('/', config))}</link>
    <description>${escapeXml(config.description)}</description>
    <language>${escapeXml(config.language)}</language>${lastBuild}
    <atom:link href="${escapeXml(absoluteUrl(feedPaths.rss, config))}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}

/** An Atom 1.0 document. */
export function buildAtomFeed(input: FeedInput): string {
  const { config } = input;
  const posts = feedPosts(input);
  const home = absoluteUrl('/', config);
  const updated = posts.reduce((latest, post) => (updatedOf(post) > latest ? updatedOf(post) : latest), posts[0] ? updatedOf(posts[0]) : '1970-01-01');
  const entries = posts.map((post) => {
    const url = absoluteUrl(postPath(post), config);
    return [
      '  <entry>',
      `    <title>${escapeXml(post.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <published>${new Date(post.publishedAt).toISOString()}</published>`,
      `    <updated>${new Date(updatedOf(post)).toISOString()}</updated>`,
      `    <author><name>${escapeXml(post.author.name)}</name></author>`,
      `    <category term="${post.type}" label="${escapeXml(postLabel(post))}"/>`,
      `    <summary>${escapeXml(summaryOf(post))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(config.language)}">
  <title>${escapeXml(config.name)}</title>
  <subtitle>${escapeXml(config.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feedPaths.atom, config))}"/>
  <id>${escapeXml(home)}</id>
  <updated>${new Date(updated).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
