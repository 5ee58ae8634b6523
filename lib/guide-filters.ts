/**
 * Filtering technique guides by body area and by audience, for the guide
 * index's filter pages (one static page per filter, linked plainly, so the
 * filters work without JavaScript).
 */
import { audiences, bodyAreas, type Audience, type BodyArea } from './content/schema';

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
  return bodyAreas
    .map((area) => ({ area, count: guidesForArea(guides, area).length }))
    .filter(({ count }) => count > 0);
}

/** The audiences that have at least one guide, in the schema's order, with how many. */
export function audienceCounts(guides: readonly Filterable[]): { audience: Audience; count: number }[] {
  return audiences
    .map((audience) => ({ audience, count: guidesForAudience(guides, audience).length }))
    .filter(({ count }) => count > 0);
}

/** Guides grouped by body area, in the schema's order, leaving out empty areas. */
export function groupByArea<T extends Filterable>(guides: readonly T[]): { area: BodyArea; guides: T[] }[] {
  return bodyAreas.map((area) => ({ area, guides: guidesForArea(guides, area) })).filter((group) => group.guides.length > 0);
}
