/**
 * Where the Open Graph cards live. Each article's and guide's card is a PNG
 * under public/og, drawn before the build by scripts/write-og-cards.ts (one
 * file per post, in the same place for `npm start` and the static export);
 * the site's own card is app/opengraph-image.tsx.
 */
import { createHash } from 'node:crypto';
import { type Post, postLabel } from '../content/collections';
import { postPath } from '../routes';
import { siteConfig, type SiteConfig } from '../site-config';

export const openGraphImageSize = { width: 1200, height: 630 } as const;

/** What a card shows. */
export type OpenGraphCardInput = {
  title: string;
  /** What kind of page it is, e.g. "Technique guide". */
  kind: string;
};

/**
 * The drawing's version: raise it when lib/seo/open-graph-card.tsx draws
 * differently, so every card is drawn again and gets a new address.
 */
export const cardDesignVersion = 1;

type CardPost = Pick<Post, 'type' | 'slug' | 'title'>;

/** What a post's card shows. */
export function postCardInput(post: CardPost): OpenGraphCardInput {
  return { title: post.title, kind: postLabel(post) };
}

/** Changes whenever the card's picture would: its text or the drawing's version. */
export function cardFingerprint(input: OpenGraphCardInput): string {
  return createHash('sha256')
    .update(JSON.stringify([cardDesignVersion, input.kind, input.title]))
    .digest('hex')
    .slice(0, 12);
}

/** The card's file under public/, e.g. "og/articles/warm-bath.png". */
export function postCardFile(post: Pick<Post, 'type' | 'slug'>): string {
  return `og${postPath(post)}.png`;
}

/**
 * The address of a post's card. The fingerprint in the query changes with the
 * picture, so social sites that keep a card by its address fetch the new one.
 */
export function openGraphImagePath(post: CardPost): string {
  return `/${postCardFile(post)}?v=${cardFingerprint(postCardInput(post))}`;
}

/** The alt text of a post's card. */
export const postCardAlt = (post: CardPost, config: SiteConfig = siteConfig) => `${post.title}, on a ${config.name} card`;

/** The alt text of the site's own card, used by app/opengraph-image.tsx and by pages that name it. */
export const siteCardAlt = (config: SiteConfig = siteConfig) => `${config.name}: ${config.description}`;
