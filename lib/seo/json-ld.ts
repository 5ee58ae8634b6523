/**
 * JSON-LD data built from the same validated content as the page and its
 * metadata. next-seo's components render it (and escape `</script>`); these
 * builders only shape the data, so they are tested without rendering.
 */
import type { BreadcrumbJsonLdProps, OrganizationJsonLdProps } from 'next-seo';
import type { Article, Author, Guide, Post } from '../content/collections';
import { authorPath, postPath, staticPaths } from '../routes';
import { absoluteUrl, type SiteConfig, siteConfig } from '../site-config';
import { breadcrumbItems, type Crumb } from './breadcrumbs';
import { openGraphImagePath, openGraphImageSize } from './og-image-path';

type PersonJsonLd = { '@type': 'Person'; name: string; url: string; jobTitle: string };

/** The page a post is the main entity of, with its medical review (schema.org puts lastReviewed and reviewedBy on the WebPage). */
export type ReviewedPageJsonLd = { '@type': 'WebPage'; '@id': string; lastReviewed?: string; reviewedBy?: PersonJsonLd };

/** schema.org BlogPosting, with the reviewer on the page it is the main entity of. */
export type BlogPostingJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'BlogPosting';
  headline: string;
  description: string;
  url: string;
  image: { '@type': 'ImageObject'; url: string; width: number; height: number }[];
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  articleSection: string;
  keywords: string[];
  author: PersonJsonLd;
  publisher: { '@type': 'Organization'; name: string; url: string; logo: { '@type': 'ImageObject'; url: string } };
  mainEntityOfPage: ReviewedPageJsonLd;
};

function person(author: Author, config: SiteConfig): PersonJsonLd {
  return { '@type': 'Person', name: author.name, url: absoluteUrl(authorPath(author.slug), config), jobTitle: author.role };
}

const isoDate = (date: string) => new Date(date).toISOString();

/** The post's page, with who reviewed it and when (the review date as YYYY-MM-DD, schema.org's Date). */
function reviewedPage(post: Post, config: SiteConfig): ReviewedPageJsonLd {
  return {
    '@type': 'WebPage',
    '@id': absoluteUrl(postPath(post), config),
    ...(post.reviewer && post.reviewedAt ? { lastReviewed: post.reviewedAt.slice(0, 10), reviewedBy: person(post.reviewer, config) } : {}),
  };
}

/** BlogPosting for an article page. */
export function blogPostingJsonLd(article: Article, config: SiteConfig = siteConfig): BlogPostingJsonLd {
  const url = absoluteUrl(postPath(article), config);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.description,
    url,
    // The generated 1200×630 PNG card: always present, and the raster size Google asks for (covers are SVG).
    image: [{ '@type': 'ImageObject', url: absoluteUrl(openGraphImagePath(article), config), ...openGraphImageSize }],
    datePublished: isoDate(article.publishedAt),
    dateModified: isoDate(article.updatedAt ?? article.publishedAt),
    inLanguage: config.language,
    articleSection: article.category.title,
    keywords: article.tags,
    author: person(article.author, config),
    publisher: {
      '@type': 'Organization',
      name: config.organization.name,
      url: absoluteUrl(staticPaths.home, config),
      logo: { '@type': 'ImageObject', url: absoluteUrl(config.organization.logo, config) },
    },
    mainEntityOfPage: reviewedPage(article, config),
  };
}

/** schema.org HowTo for a guide: its steps, time, what it needs (as tools), author and review. */
export function howToJsonLd(guide: Guide, config: SiteConfig = siteConfig) {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: guide.title,
    description: guide.description,
    url: absoluteUrl(postPath(guide), config),
    image: absoluteUrl(openGraphImagePath(guide), config),
    totalTime: `PT${guide.minutes}M`,
    tool: guide.needs.map((name) => ({ '@type': 'HowToTool', name })),
    step: guide.steps.map((step) => ({ '@type': 'HowToStep', name: step.name, text: step.text })),
    datePublished: isoDate(guide.publishedAt),
    dateModified: isoDate(guide.updatedAt ?? guide.publishedAt),
    inLanguage: config.language,
    author: person(guide.author, config),
    mainEntityOfPage: reviewedPage(guide, config),
  } as const;
}

/** next-seo OrganizationJsonLd props for the business behind the site. */
export function organizationJsonLdProps(config: SiteConfig = siteConfig): OrganizationJsonLdProps {
  return {
    name: config.organization.name,
    url: absoluteUrl(staticPaths.home, config),
    logo: absoluteUrl(config.organization.logo, config),
    description: config.description,
  };
}

/** schema.org WebSite for the home page (next-seo 7 has no WebSite component; JsonLdScript renders it). */
export function webSiteJsonLd(config: SiteConfig = siteConfig) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: config.name,
    url: absoluteUrl(staticPaths.home, config),
    description: config.description,
    inLanguage: config.language,
    publisher: { '@type': 'Organization', name: config.organization.name, url: absoluteUrl(staticPaths.home, config) },
  } as const;
}

/** next-seo BreadcrumbJsonLd props for a trail. */
export function breadcrumbJsonLdProps(crumbs: Crumb[], config: SiteConfig = siteConfig): BreadcrumbJsonLdProps {
  return { items: breadcrumbItems(crumbs, config) };
}
