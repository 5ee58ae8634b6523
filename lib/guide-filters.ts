/**
 * Filtering technique guides by body area and by audience, for the guide
 * index's filter pages (one static page per filter, linked plainly, so the
 * filters work without JavaScript).
 */
import { audiences, bodyAreas, type Audience, type BodyArea } from './content/collections';

type Filterable = { bodyArea: BodyArea; audience: Audience };

export const bodyAreaLabels: Record<BodyArea, string> = {
  'neck-and-shoulders': 'Neck and shoulders',
  head: 'Head and face',
  feet: 'Feet',
  back: 'Back',
  legs: 'Legs',
  hands: 'Hands',
  chest: 'Chest',
  'whole-body': 'Whole body',
};

export const audienceLabels: Record<Audience, string> = {
  self: 'Self-massage',
  partner: 'For a partner',
  both: 'Works both ways',
};

export const isBodyArea = (value: string): value is BodyArea => (bodyAreas as readonly string[]).includes(value);
export const isAudience = (value: string): value is Audience => (audiences as readonly string[]).includes(value);

/**
 * Whether a guide suits a reader looking for `audience`: a guide written for
 * both suits someone massaging themselves and someone massaging a partner.
 */
export function suitsAudience(guide: Filterable, audience: Audience): boolean {
  return guide.audience === audience || guide.audience === 'both';
}

export function guidesForArea<T extends Filterable>(guides: readonly T[], area: BodyArea): T[] {
  return guides.filter((guide) => guide.bodyArea === area);
}

export function guidesForAudience<T extends Filterable>(guides: readonly T[], audience: Audience): T[] {
  return guides.filter((guide) => suitsAudience(guide, audience));
}

/** The body areas that have at least one guide, in the schema's order, with how many. */
export function areaCounts(guides: readonly Filterable[]): { area: BodyArea; count: number }[] {
  return bodyAreas.map((area) => ({ area, count: guidesForArea(guides, area).length })).filter(({ count }) => count > 0);
}

/** The audiences that have at least one guide, in the schema's order, with how many. */
export function audienceCounts(guides: readonly Filterable[]): { audience: Audience; count: number }[] {
  return audiences.map((audience) => ({ audience, count: guidesForAudience(guides, audience).length })).filter(({ count }) => count > 0);
}

/** Guides grouped by body area, in the schema's order, leaving out empty areas. */
export function groupByArea<T extends Filterable>(guides: readonly T[]): { area: BodyArea; guides: T[] }[] {
  return bodyAreas.map((area) => ({ area, guides: guidesForArea(guides, area) })).filter((group) => group.guides.length > 0);
}

/** What a guide index page is filtered to: a body area, an audience, both or neither. */
export type GuideFilter = { area?: BodyArea; audience?: Audience };

/** The guides matching every part of a filter. */
export function filterGuides<T extends Filterable>(guides: readonly T[], filter: GuideFilter): T[] {
  return guides.filter((guide) => (!filter.area || guide.bodyArea === filter.area) && (!filter.audience || suitsAudience(guide, filter.audience)));
}

/** Every area and audience pair that has guides, for the combined filter pages. */
export function filterPairs(guides: readonly Filterable[]): { area: BodyArea; audience: Audience }[] {
  return areaCounts(guides).flatMap(({ area }) =>
    audiences.filter((audience) => filterGuides(guides, { area, audience }).length > 0).map((audience) => ({ area, audience })),
  );
}

/** One choice in the filter list: where it leads (the other filter kept) and how many guides it would show. */
export type FilterOption = { label: string; filter: GuideFilter; count: number; isCurrent: boolean };

/**
 * The filter choices on a page showing `current`. Choosing an area keeps the
 * chosen audience and the other way round; each count is what that page
 * would list. Audiences offer "yourself" and "a partner": a guide that works
 * both ways is counted in each, which `bothWaysCount` lets the page explain.
 */
export function filterOptions(guides: readonly Filterable[], current: GuideFilter) {
  const areaOption = (area: BodyArea | undefined): FilterOption => ({
    label: area ? bodyAreaLabels[area] : 'All areas',
    filter: { area, audience: current.audience },
    count: filterGuides(guides, { area, audience: current.audience }).length,
    isCurrent: current.area === area,
  });
  const audienceOption = (audience: Audience | undefined): FilterOption => ({
    label: audience ? audienceChoiceLabels[audience] : 'Anyone',
    filter: { area: current.area, audience },
    count: filterGuides(guides, { area: current.area, audience }).length,
    isCurrent: current.audience === audience,
  });
  return {
    areas: [areaOption(undefined), ...areaCounts(guides).map(({ area }) => areaOption(area))],
    audiences: [audienceOption(undefined), audienceOption('self'), audienceOption('partner')],
    bothWaysCount: filterGuides(guides, { area: current.area }).filter((guide) => guide.audience === 'both').length,
  };
}

/** How the audience choices read in the filter list. */
export const audienceChoiceLabels: Record<Audience, string> = {
  self: 'On yourself',
  partner: 'On a partner',
  both: 'Either way',
};

/** A filter in words, e.g. "feet, on yourself"; empty for no filter. */
export function describeFilter(filter: GuideFilter): string {
  return [filter.area && bodyAreaLabels[filter.area].toLowerCase(), filter.audience && audienceChoiceLabels[filter.audience].toLowerCase()]
    .filter(Boolean)
    .join(', ');
}
