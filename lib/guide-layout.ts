/**
 * The order of a guide page, so a reader can start quickly: the body's first
 * section (setting up) comes before the numbered steps, then the full
 * precautions, then the body's opening paragraphs under their own heading,
 * then the rest of the body. The page and its table of contents both follow it.
 */
import type { Heading } from './content/collections';

/** Ids and headings of the sections every guide page has besides its body. */
export const guideSections = {
  steps: { depth: 2, text: 'Step by step', id: 'steps' },
  precautions: { depth: 2, text: 'Precautions: when to skip it or stop', id: 'precautions' },
  about: { depth: 2, text: 'About this technique', id: 'about-this-technique' },
} as const satisfies Record<string, Heading>;

/** A guide body cut where the page reorders it. */
export type GuideBodyParts<T> = {
  /** What comes before the first section heading. */
  lead: T[];
  /** The first section (its heading included): getting set up. */
  setup: T[];
  /** Everything from the second section heading on. */
  rest: T[];
};

/** Cuts a body's top-level items at its first two section (h2) headings. */
export function splitGuideBody<T>(items: readonly T[], isSectionHeading: (item: T) => boolean): GuideBodyParts<T> {
  const first = items.findIndex(isSectionHeading);
  if (first === -1) return { lead: [...items], setup: [], rest: [] };
  const second = items.findIndex((item, index) => index > first && isSectionHeading(item));
  const end = second === -1 ? items.length : second;
  return { lead: items.slice(0, first), setup: items.slice(first, end), rest: items.slice(end) };
}

/** Whether an MDX body has text before its first section heading. */
export function hasLead(mdx: string): boolean {
  return mdx.split(/^##\s/m)[0].trim().length > 0;
}

/** The guide page's headings in the order the page shows them, for its table of contents. */
export function guideOutline(bodyHeadings: readonly Heading[], bodyHasLead: boolean): Heading[] {
  const { setup, rest } = splitGuideBody(bodyHeadings, (heading) => heading.depth === 2);
  return [...setup, guideSections.steps, guideSections.precautions, ...(bodyHasLead ? [guideSections.about] : []), ...rest];
}
