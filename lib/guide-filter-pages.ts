/**
 * What the guide index's filter pages say about themselves: title,
 * description, breadcrumbs and metadata, for the four routes that show the
 * index (all, by area, by audience, by both).
 */
import type { Metadata } from 'next';
import { audienceChoiceLabels, bodyAreaLabels, describeFilter, type GuideFilter } from './guide-filters';
import { guideAreaPath, guideFilterPath, staticPaths } from './routes';
import { breadcrumbTrail, type Crumb } from './seo/breadcrumbs';
import { pageMetadata } from './seo/page-metadata';

/** The page's h1, e.g. "Massage guides: feet, on yourself". */
export function guideFilterTitle(filter: GuideFilter): string {
  const words = describeFilter(filter);
  return words ? `Massage guides: ${words}` : 'Massage guides';
}

/** Home › Guides › Feet › On yourself, each step a page of its own. */
export function guideFilterCrumbs(filter: GuideFilter): Crumb[] {
  const crumbs: Crumb[] = [{ name: 'Guides', path: staticPaths.guides }];
  if (filter.area) crumbs.push({ name: bodyAreaLabels[filter.area], path: guideAreaPath(filter.area) });
  if (filter.audience) crumbs.push({ name: audienceChoiceLabels[filter.audience], path: guideFilterPath(filter) });
  return breadcrumbTrail(...crumbs);
}

/**
 * Metadata of a filter page. A page filtered by both area and audience is a
 * narrower view of the area's page, so it stays out of search engines' index.
 */
export function guideFilterMetadata(filter: GuideFilter): Metadata {
  const words = describeFilter(filter);
  return pageMetadata({
    title: guideFilterTitle(filter),
    description: words
      ? `Step-by-step massage guides to relax before bed (${words}), each with the time it takes, what you need and the precautions to read first.`
      : 'Step-by-step massage guides to relax before bed, on yourself or a partner, filterable by body area and by who the technique is for.',
    path: guideFilterPath(filter),
    noindex: Boolean(filter.area && filter.audience),
  });
}
