/**
 * Derives contentlayer's field declarations from the Zod schemas, so the two
 * cannot drift. Contentlayer only transports the data (every field as JSON,
 * required unless the schema has a default or is optional); Zod validates it.
 */
import type { z } from 'zod';

type ContentlayerField = { type: 'json'; required: boolean; description?: string };

export function contentlayerFields(schema: z.ZodObject): Record<string, ContentlayerField> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => {
      const zodField = field as z.ZodType;
      const required = !zodField.safeParse(undefined).success;
      return [name, { type: 'json', required, description: zodField.description }];
    }),
  );
}
