/**
 * The CMS asks for exactly what the content model accepts: every schema field
 * has a CMS field (or is computed from a file), with the schema's description,
 * default, options and limits.
 */
import type { ComponentSchema } from '@keystatic/core';
import { describe, expect, it } from 'vitest';
import { cmsCollections, type CmsCollectionName, collectionFields } from './cms-collections';
import { inputJsonSchema, type JsonSchema } from '../json-schema';

/** Fields the pipeline computes from the picture file, so the form has none. */
const computed = new Set(['cover.width', 'cover.height', 'avatar.width', 'avatar.height']);

type Field = ComponentSchema & {
  description?: string;
  options?: readonly { value: string }[];
  validation?: { length?: { min?: number; max?: number } };
  fields?: Record<string, Field>;
  element?: Field;
  defaultValue?: () => unknown;
  validate?: (value: unknown, args?: unknown) => unknown;
};

const passesAs = (field: Field, value: unknown, slugField = false) => {
  // The title (or name) a file name is made from holds both.
  const stored = slugField ? { name: value, slug: 'a-file-name' } : value;
  try {
    field.validate?.(stored, undefined);
    return true;
  } catch (e) {
    if (process.env.DEBUG_CMS) console.log(String(e));
    return false;
  }
};

/** Every (path, schema, field) pair, or a missing field as `undefined`. */
function pairs(schema: JsonSchema, cms: Record<string, Field>, prefix = ''): [string, JsonSchema, Field | undefined, boolean][] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
    const path = `${prefix}${key}`;
    if (computed.has(path)) return [];
    const field = cms[key];
    const required = !!schema.required?.includes(key) && property.default === undefined;
    const own: [string, JsonSchema, Field | undefined, boolean] = [path, property, field, required];
    if (property.type === 'object' && field?.fields) return [own, ...pairs(property, field.fields, `${path}.`)];
    if (property.type === 'array' && property.items?.type === 'object' && field?.element?.fields)
      return [own, ...pairs(property.items, field.element.fields, `${path}.`)];
    return [own];
  });
}

describe.each(Object.keys(cmsCollections) as CmsCollectionName[])('the CMS collection %s', (name) => {
  const json = inputJsonSchema(cmsCollections[name].schema);
  const cms = collectionFields(name, [{ slug: 'a-post', title: 'A post', type: 'article' }]) as Record<string, Field>;
  const all = pairs(json, cms);

  it('has a field for every schema field', () => {
    expect(all.filter(([, , field]) => !field).map(([path]) => path)).toEqual([]);
  });

  it('shows each field with the schema description as its help text', () => {
    for (const [path, schema, field] of all) {
      if (schema.description && !path.endsWith('.src') && !path.endsWith('.alt')) expect(field?.description, path).toBe(schema.description);
    }
  });

  it('offers the enums of the schema, with the same default', () => {
    for (const [path, schema, field] of all.filter(([, s]) => s.enum)) {
      expect(
        field?.options?.map((o) => o.value),
        path,
      ).toEqual(schema.enum);
      if (schema.default !== undefined) expect(field?.defaultValue?.(), path).toBe(schema.default);
    }
  });

  it('writes the schema default for a field left alone', () => {
    for (const [path, schema, field] of all.filter(([, s]) => s.default !== undefined && s.type !== 'array')) {
      expect(field?.defaultValue?.(), path).toEqual(schema.default);
    }
    for (const [path, schema, field] of all.filter(([, s]) => s.type === 'array' && s.default !== undefined)) {
      // Keystatic's lists and multi-pickers start empty, as the schema's list defaults do.
      expect(schema.default, path).toEqual([]);
      expect(field?.kind === 'array' || (field?.defaultValue?.() as unknown[] | undefined)?.length === 0, path).toBe(true);
    }
  });

  it('enforces the same text lengths and number ranges', () => {
    for (const [path, schema, field] of all) {
      if (!field?.validate || schema.enum) continue;
      const passes = (f: Field, value: unknown) => passesAs(f, value, path === cmsCollections[name].slugField);
      if (schema.type === 'string' && schema.maxLength !== undefined) {
        expect(passes(field, 'x'.repeat(schema.maxLength)), `${path} at its limit`).toBe(true);
        expect(passes(field, 'x'.repeat(schema.maxLength + 1)), `${path} over its limit`).toBe(false);
      }
      if (schema.type === 'string' && (schema.minLength ?? 0) > 1) {
        expect(passes(field, 'x'.repeat(schema.minLength!)), `${path} at its minimum`).toBe(true);
        expect(passes(field, 'x'.repeat(schema.minLength! - 1)), `${path} under its minimum`).toBe(false);
        // Zod trims first: a space at the end does not count.
        expect(passes(field, `${'x'.repeat(schema.minLength! - 1)} `), `${path} with a trailing space`).toBe(false);
      }
      if (schema.type === 'integer' && schema.maximum !== undefined && schema.maximum < 1e9) {
        expect(passes(field, schema.maximum), `${path} at its maximum`).toBe(true);
        expect(passes(field, schema.maximum + 1), `${path} over its maximum`).toBe(false);
      }
      if (schema.type === 'integer' && schema.minimum !== undefined) expect(passes(field, schema.minimum - 1), `${path} under its minimum`).toBe(false);
      if (schema.type === 'number') {
        const step = schema.multipleOf ?? 1;
        if (schema.maximum !== undefined) {
          expect(passes(field, schema.maximum), `${path} at its maximum`).toBe(true);
          expect(passes(field, schema.maximum + step), `${path} over its maximum`).toBe(false);
        }
        if (schema.exclusiveMinimum !== undefined) expect(passes(field, schema.exclusiveMinimum), `${path} at its exclusive minimum`).toBe(false);
        if (schema.multipleOf !== undefined) {
          expect(passes(field, 3 * step), `${path} a multiple of ${step}`).toBe(true);
          expect(passes(field, 3 * step + step / 2), `${path} between steps`).toBe(false);
        }
      }
    }
  });

  it('limits lists to the same number of items', () => {
    for (const [path, schema, field] of all.filter(([, s]) => s.type === 'array' && hasLengthLimit(s))) {
      expect(field?.validation?.length?.min, path).toBe(schema.minItems);
      expect(field?.validation?.length?.max, path).toBe(schema.maxItems);
    }
  });
});

/** Lists of text or objects are Keystatic lists; lists of slugs that name posts are pickers instead. */
function hasLengthLimit(schema: JsonSchema) {
  return schema.minItems !== undefined || schema.maxItems !== undefined;
}
