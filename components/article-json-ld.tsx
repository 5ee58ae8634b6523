import { JsonLdScript } from 'next-seo';
import type { Article, Author, Category } from '@/lib/content/types';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';

export type ArticleJsonLdProps = { article: Article; author: Author; reviewer?: Author; category?: Category };

/** BlogPosting JSON-LD for an article page (its breadcrumbs come from PageShell). */
export function ArticleJsonLd({ article, author, reviewer, category }: ArticleJsonLdProps) {
  return <JsonLdScript data={blogPostingJsonLd(article, author, reviewer, category)} scriptKey="article-jsonld" />;
}
