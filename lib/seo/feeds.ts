/**
 * RSS 2.0 and Atom documents of the published articles and guides, written by
 * the `feed` package. Pure functions of the posts and the site configuration,
 * so drafts and scheduled posts are tested out here rather than found in a crawl.
 */
import { Feed } from 'feed';
import { type Post, postLabel, postPath } from '../content/collections';
import { isPublished, newestFirst } from '../content/publishing';
import { absoluteUrl, type SiteConfig } from '../site-config';
import { feedPaths } from './feed-links';
import { postLastModified } from './public-pages';

export type FeedInput = {
  posts: Post[];
  config: SiteConfig;
  /** The build time; posts dated after it are left out. */
  now?: Date;
};

/**
 * How many posts a feed carries. Feed readers fetch the whole document every
 * time they poll, and only need what is new since their last visit: the newest
 * 50 cover months of publishing, and keep the feed the same size however large
 * the archive grows (the sitemap lists every post for search engines).
 */
export const feedItemLimit = 50;

const lastModified = (post: Post) => new Date(postLastModified(post));

/**
 * One feed of the newest published posts, ready to write as RSS or Atom.
 * RSS's <author> must be an email address, which our writers do not publish,
 * so only Atom names them.
 */
function siteFeed({ posts, config, now = new Date() }: FeedInput, withAuthors: boolean): Feed {
  const items = posts
    .filter((post) => isPublished(post, now))
    .sort(newestFirst)
    .slice(0, feedItemLimit);
  const home = absoluteUrl('/', config);
  const feed = new Feed({
    id: home,
    link: home,
    title: config.name,
    description: config.description,
    language: config.language,
    // Dated by the newest change among the posts it carries, so an unchanged feed stays byte for byte the same.
    updated: items.map(lastModified).reduce<Date | undefined>((latest, date) => (latest && latest >= date ? latest : date), undefined) ?? new Date(0),
    generator: false,
    copyright: `© ${config.organization.name}`,
    feedLinks: { rss: absoluteUrl(feedPaths.rss, config), atom: absoluteUrl(feedPaths.atom, config) },
  });
  for (const post of items) {
    const url = absoluteUrl(postPath(post), config);
    feed.addItem({
      link: url,
      title: post.title,
      // What a feed reader shows: the description, then the key takeaways.
      description: [post.description, ...post.takeaways].join(' '),
      author: withAuthors ? [{ name: post.author.name }] : undefined,
      category: [{ name: postLabel(post), term: post.type }],
      published: new Date(post.publishedAt),
      date: lastModified(post),
    });
  }
  return feed;
}

/** An RSS 2.0 document. */
export const buildRssFeed = (input: FeedInput): string => siteFeed(input, false).rss2();

/** An Atom 1.0 document. */
export const buildAtomFeed = (input: FeedInput): string => siteFeed(input, true).atom1();
