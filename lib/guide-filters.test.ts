import { describe, expect, it } from 'vitest';
import { areaCounts, audienceCounts, groupByArea, guidesForArea, guidesForAudience, isAudience, isBodyArea } from './guide-filters';
import type { Audience, BodyArea } from './content/collections';

const guide = (slug: string, bodyArea: BodyArea, audience: Audience) => ({ slug, bodyArea, audience });
const guides = [
  guide('foot', 'feet', 'both'),
  guide('neck', 'neck-and-shoulders', 'self'),
  guide('back', 'back', 'partner'),
  guide('shoulder-rub', 'neck-and-shoulders', 'partner'),
];
const slugs = (list: { slug: string }[]) => list.map((item) => item.slug);

describe('guidesForArea', () => {
  it('keeps only guides for that body area, in their order', () => {
    expect(slugs(guidesForArea(guides, 'neck-and-shoulders'))).toEqual(['neck', 'shoulder-rub']);
    expect(guidesForArea(guides, 'hands')).toEqual([]);
  });
});

describe('guidesForAudience', () => {
  it('counts a guide written for both as suiting self and partner', () => {
    expect(slugs(guidesForAudience(guides, 'self'))).toEqual(['foot', 'neck']);
    expect(slugs(guidesForAudience(guides, 'partner'))).toEqual(['foot', 'back', 'shoulder-rub']);
    expect(slugs(guidesForAudience(guides, 'both'))).toEqual(['foot']);
  });
});

describe('filter counts', () => {
  it('lists only areas and audiences that have guides, in the schema order', () => {
    expect(areaCounts(guides)).toEqual([
      { area: 'neck-and-shoulders', count: 2 },
      { area: 'feet', count: 1 },
      { area: 'back', count: 1 },
    ]);
    expect(audienceCounts(guides)).toEqual([
      { audience: 'self', count: 2 },
      { audience: 'partner', count: 3 },
      { audience: 'both', count: 1 },
    ]);
  });

  it('is empty when there are no guides', () => {
    expect(areaCounts([])).toEqual([]);
    expect(audienceCounts([])).toEqual([]);
    expect(groupByArea([])).toEqual([]);
  });
});

describe('groupByArea', () => {
  it('groups guides under their area, leaving out empty areas', () => {
    expect(groupByArea(guides).map((group) => [group.area, slugs(group.guides)])).toEqual([
      ['neck-and-shoulders', ['neck', 'shoulder-rub']],
      ['feet', ['foot']],
      ['back', ['back']],
    ]);
  });
});

describe('type guards', () => {
  it('recognise route parameters that name a real filter', () => {
    expect(isBodyArea('feet')).toBe(true);
    expect(isBodyArea('elbows')).toBe(false);
    expect(isAudience('partner')).toBe(true);
    expect(isAudience('everyone')).toBe(false);
  });
});
