import { describe, expect, it } from 'vitest';
import type { Heading } from './content/collections';
import { guideOutline, guideSections, hasLead, splitGuideBody } from './guide-layout';

const h2 = (text: string): Heading => ({ depth: 2, text, id: text.toLowerCase().replaceAll(' ', '-') });
const h3 = (text: string): Heading => ({ depth: 3, text, id: text.toLowerCase().replaceAll(' ', '-') });

describe('splitGuideBody', () => {
  const isHeading = (item: string) => item.startsWith('#');

  it('cuts the lead, the first section and the rest', () => {
    expect(splitGuideBody(['intro', 'more', '# Set up', 'chair', '# Steps', 'go', '# Safety'], isHeading)).toEqual({
      lead: ['intro', 'more'],
      setup: ['# Set up', 'chair'],
      rest: ['# Steps', 'go', '# Safety'],
    });
  });

  it('keeps a body without headings as its lead', () => {
    expect(splitGuideBody(['only text'], isHeading)).toEqual({ lead: ['only text'], setup: [], rest: [] });
  });

  it('treats a single section as the set-up', () => {
    expect(splitGuideBody(['# Set up', 'chair'], isHeading)).toEqual({ lead: [], setup: ['# Set up', 'chair'], rest: [] });
  });
});

describe('hasLead', () => {
  it('sees text before the first section heading', () => {
    expect(hasLead('Intro text.\n\n## Getting set up\n\nSit.')).toBe(true);
  });
  it('sees none when the body opens with a heading', () => {
    expect(hasLead('\n## Getting set up\n\nSit.')).toBe(false);
  });
});

describe('guideOutline', () => {
  const body = [h2('Getting set up'), h3('The room'), h2('What it should feel like'), h2('Taking turns')];

  it('puts the set-up first, then the steps and precautions, then the lead, then the rest', () => {
    expect(guideOutline(body, true).map((heading) => heading.text)).toEqual([
      'Getting set up',
      'The room',
      guideSections.steps.text,
      guideSections.precautions.text,
      guideSections.about.text,
      'What it should feel like',
      'Taking turns',
    ]);
  });

  it('leaves out "About this technique" when the body has no lead', () => {
    expect(guideOutline(body, false)).not.toContainEqual(guideSections.about);
  });
});
