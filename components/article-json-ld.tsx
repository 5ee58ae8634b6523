import { JsonLdScript } from 'next-seo';
import type { Article, Author, Category } from '@/lib/content/types';
import { postBreadcrumbs } from '@/lib/seo/breadcrumbs';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { BreadcrumbTrailJsonLd } from './breadcrumb-trail-json-ld';

export type ArticleJsonLdProps = { article: Article; author: Author; reviewer?: Author; category?: Category };

/** BlogPosting and BreadcrumbList JSON-LD for an article page. */
export function ArticleJsonLd({ article, author, reviewer, category }: ArticleJsonLdProps) {
  return (
    <>
      <JsonLdScript data={blogPostingJsonLd(article, author, reviewer, category)} scriptKey="article-jsonld" />
      <BreadcrumbTrailJsonLd crumbs={postBreadcrumbs(article)} />
    </>
  );
}
