import { BreadcrumbJsonLd } from 'next-seo';
import type { Crumb } from '@/lib/seo/breadcrumbs';
import { breadcrumbJsonLdProps } from '@/lib/seo/json-ld';

export type BreadcrumbTrailJsonLdProps = { crumbs: Crumb[] };

/** BreadcrumbList JSON-LD for a page below home; build the trail with `breadcrumbTrail` or `postBreadcrumbs`. */
export function BreadcrumbTrailJsonLd({ crumbs }: BreadcrumbTrailJsonLdProps) {
  return <BreadcrumbJsonLd {...breadcrumbJsonLdProps(crumbs)} />;
}
