import { JsonLdScript } from 'next-seo';
import type { Article } from '@/lib/content/collections';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';

export type ArticleJsonLdProps = { article: Article };

/** BlogPosting JSON-LD for an article page (its breadcrumbs come from PageShell). */
export function ArticleJsonLd({ article }: ArticleJsonLdProps) {
  return <JsonLdScript data={blogPostingJsonLd(article)} scriptKey="article-jsonld" />;
}
