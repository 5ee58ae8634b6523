/**
 * The MDX map's editor components as Keystatic content components, so editors
 * insert them from the rich editor with typed props. What Keystatic writes for
 * them (`<CallToAction />`, `<Figure src="…" alt="…" />`) passes the safe-MDX
 * rules; a unit test keeps this list in step with components/mdx/mdx-component-specs.ts.
 */
import { fields } from '@keystatic/core';
import { block } from '@keystatic/core/content-components';
import type { MdxComponentName } from '@/components/mdx/mdx-component-specs';

/** "Feet at Night.PNG" is stored as "figure-feet-at-night.png". */
export function bodyPictureName(original: string): string {
  const dot = original.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [original.slice(0, dot), original.slice(dot + 1)] : [original, ''];
  const words = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'picture';
  return `figure-${words}${extension ? `.${extension.toLowerCase()}` : ''}`;
}

export function mdxEditorComponents(images: { directory: string; publicPath: string }) {
  return {
    CallToAction: block({
      label: 'Call to action',
      description: 'The orange button to the free sleep test',
      schema: {},
      ContentView: () => <p style={{ margin: 0, padding: '0.75rem', borderRadius: 8, background: '#c2410c', color: 'white', fontWeight: 600 }}>Call to action: Take the free sleep test</p>,
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
  } satisfies Record<MdxComponentName, unknown>;
}
