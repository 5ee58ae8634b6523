/**
 * The MDX map's editor components as Keystatic content components, so editors
 * insert them from the rich editor with typed props (the professional-help
 * link marks selected words, like bold). What Keystatic writes for them
 * (`<CallToAction />`, `<Figure src="…" alt="…" />`, `<ProfessionalHelpLink>…`) passes the safe-MDX
 * rules; a unit test keeps this list in step with components/mdx/mdx-component-specs.ts.
 */
import { fields } from '@keystatic/core';
import { block, mark } from '@keystatic/core/content-components';
import type { mdxComponentSpecs } from '@/components/mdx/mdx-component-specs';

/** "Feet at Night.PNG" is stored as "figure-feet-at-night.png". */
export function bodyPictureName(original: string): string {
  const dot = original.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [original.slice(0, dot), original.slice(dot + 1)] : [original, ''];
  const words =
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'picture';
  return `figure-${words}${extension ? `.${extension.toLowerCase()}` : ''}`;
}

export function mdxEditorComponents(images: { directory: string; publicPath: string }) {
  return {
    CallToAction: block({
      label: 'Call to action',
      description: 'The orange button to the free sleep test',
      schema: {},
      ContentView: () => (
        <p style={{ margin: 0, padding: '0.75rem', borderRadius: 8, background: '#c2410c', color: 'white', fontWeight: 600 }}>
          Call to action: Take the free sleep test
        </p>
      ),
    }),
    Figure: block({
      label: 'Figure',
      description: 'A picture with alt text and an optional caption; its size is read from the file',
      schema: {
        // Beside the post's cover (cover.<ext>) but never in its place: a body picture's file name starts with "figure-".
        src: fields.image({ label: 'Picture', validation: { isRequired: true }, ...images, transformFilename: bodyPictureName }),
        alt: fields.text({ label: 'Alt text', description: 'what the picture shows, for readers who cannot see it', validation: { isRequired: true } }),
        caption: fields.text({ label: 'Caption', description: 'shown under the picture (optional)' }),
      },
    }),
    ProfessionalHelpLink: mark({
      label: 'Link to our sleep-health professionals',
      // A speech bubble: select the words that say to talk to a professional, then press it.
      icon: (
        <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" />
        </svg>
      ),
      schema: {},
      tag: 'a',
      style: { textDecoration: 'underline', color: '#1d4ed8' },
    }),
  } satisfies Record<keyof typeof mdxComponentSpecs, unknown>;
}
