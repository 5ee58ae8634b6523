/**
 * Derives contentlayer's field declarations from the Zod schemas, so the two
 * cannot drift. Contentlayer only transports the data (every field as JSON);
 * Zod validates it. Every field is declared optional to contentlayer on
 * purpose: when contentlayer rejects a missing field itself, `contentlayer2
 * dev` stops regenerating and the open page silently keeps the old text.
 * Passing the document on lets Zod report it, with its line, in the browser
 * overlay, the terminal and content:check alike.
 */
import type { z } from 'zod';

type ContentlayerField = { type: 'json'; required: false; description?: string };

export function contentlayerFields(schema: z.ZodObject): Record<string, ContentlayerField> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, { type: 'json', required: false, description: (field as z.ZodType).description }]),
  );
}
