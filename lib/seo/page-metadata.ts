/**
 * Page metadata for Next's Metadata API, built in one place so every route
 * gets the same canonical URL, robots and description handling.
 */
import type { Metadata } from 'next';
import type { Post } from '../content/types';
import { postPath } from '../routes';
import { absoluteUrl } from '../site-config';

export type PageMetadataInput = {
  /** The page's own title; the layout's template adds the site name. */
  title: string;
  /** 70 to 160 characters, unique across the site. */
  description: string;
  /** The page's path, e.g. "/guides"; made absolute for the canonical URL. */
  path: string;
  /** Keeps the page out of search results (search page, 404). */
  noindex?: boolean;
};

/** Metadata for any page. */
export function pageMetadata({ title, description, path, noindex }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(path) },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Metadata for an article or guide page. */
export function postMetadata(post: Post): Metadata {
  return pageMetadata({ title: post.seoTitle ?? post.title, description: post.description, path: postPath(post) });
}
