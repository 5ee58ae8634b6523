/**
 * The Zod content model as JSON Schema, as an editor writes a file (before
 * defaults apply): what the CMS fields and CONTENT.md's field tables are both
 * generated from.
 */
import { z } from 'zod';

/** The parts of JSON Schema the content model uses. */
export type JsonSchema = {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
};

/** The schema as JSON Schema, as an editor writes it (defaults not yet applied). */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}
