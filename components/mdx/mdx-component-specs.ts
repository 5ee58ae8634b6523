/**
 * What editors may write in MDX: every custom component in the MDX map, its
 * required props and an example. content:check and CONTENT.md read this list;
 * a unit test keeps it in step with `mdx-components.tsx`.
 */
export type MdxComponentSpec = {
  /** What the component shows, for CONTENT.md. */
  summary: string;
  /** Props the component cannot do without. */
  requiredProps: readonly string[];
  /** Props it also accepts. */
  optionalProps: readonly string[];
  /** A working example to copy. */
  example: string;
};

export const mdxComponentSpecs = {
  CallToAction: {
    summary: 'The orange button to the free sleep test, in a box. Every post already ends with one; place one more where it helps the reader.',
    requiredProps: [],
    optionalProps: [],
    example: '<CallToAction />',
  },
  Figure: {
    summary: 'An illustration or photo from public/images/, with alt text and an optional caption. Its size in pixels is read from the file.',
    requiredProps: ['src', 'alt'],
    optionalProps: ['caption'],
    example:
      '<Figure src="/images/guides/foot-massage-for-sleep/cover.svg" alt="Outline of a foot with thumb strokes on the sole" caption="Work from the heel towards the toes." />',
  },
  ProfessionalHelpLink: {
    summary:
      'Turns the words inside it into a link to where readers reach our sleep-health professionals (the contact page). Use it wherever the text says to talk to a health professional.',
    requiredProps: [],
    optionalProps: [],
    example: '<ProfessionalHelpLink>talk to one of our sleep-health professionals</ProfessionalHelpLink>',
  },
} as const satisfies Record<string, MdxComponentSpec>;
