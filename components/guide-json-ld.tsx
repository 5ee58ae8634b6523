import { HowToJsonLd } from 'next-seo';
import type { Guide } from '@/lib/content/types';
import { postBreadcrumbs } from '@/lib/seo/breadcrumbs';
import { howToJsonLdProps } from '@/lib/seo/json-ld';
import { BreadcrumbTrailJsonLd } from './breadcrumb-trail-json-ld';

export type GuideJsonLdProps = { guide: Guide };

/** HowTo and BreadcrumbList JSON-LD for a technique guide. */
export function GuideJsonLd({ guide }: GuideJsonLdProps) {
  return (
    <>
      <HowToJsonLd {...howToJsonLdProps(guide)} />
      <BreadcrumbTrailJsonLd crumbs={postBreadcrumbs(guide)} />
    </>
  );
}
