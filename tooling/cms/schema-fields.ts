/**
 * Keystatic fields derived from the Zod content model (through its JSON
 * Schema), so the browser CMS asks for exactly what content:check accepts:
 * the schema's descriptions are the help texts, and its limits, enums and
 * defaults are the fields' own. Only what a schema cannot say (which
 * collection a slug names, where pictures live) comes from lib/cms/cms-collections.ts.
 */
import { fields, type ComponentSchema } from '@keystatic/core';
import type { JsonSchema } from '../json-schema';
import { slugPattern } from '@/lib/content/collections';

/** What the schema cannot say about a field: set per field path (like "cover" or "steps.text") in cms-collections.ts. */
export type FieldOverride = (field: { label: string; description?: string; required: boolean; schema: JsonSchema }) => ComponentSchema;
export type FieldOverrides = Record<string, FieldOverride | 'computed'>;

const isDate = (schema: JsonSchema) => schema.type === 'string' && !!schema.pattern?.startsWith('^\\d{4}-\\d{2}-\\d{2}');
const isSlug = (schema: JsonSchema) => schema.pattern === slugPattern.source;

/** "seoTitle" reads "SEO title", "publishedAt" "Published at". */
export function fieldLabel(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  const text = words.replace(/^seo\b/, 'SEO').replace(/\burl\b/, 'address');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The smallest number the schema allows: "positive" is 1 for an integer, one step (0.5) for half minutes. */
function minimumOf(schema: JsonSchema): number | undefined {
  if (schema.minimum !== undefined || schema.exclusiveMinimum === undefined) return schema.minimum;
  const step = schema.type === 'integer' ? 1 : schema.multipleOf;
  return step === undefined ? undefined : schema.exclusiveMinimum + step;
}
/** Zod's integer type states Number.MAX_SAFE_INTEGER as its maximum; that is no limit for an editor. */
const maximumOf = (schema: JsonSchema) => (schema.maximum !== undefined && schema.maximum < 1e9 ? schema.maximum : undefined);

/**
 * Zod trims text before it checks the length; Keystatic counts what was typed.
 * The wrapped field checks and stores the trimmed text, so "70 characters and a
 * space" is refused in the form, not after a save.
 */
function trimmedText(field: ReturnType<typeof fields.text>): ReturnType<typeof fields.text> {
  return {
    ...field,
    validate: (value, args) => field.validate(value.trim(), args),
    serialize: (value) => field.serialize(value.trim()),
  };
}

function scalarField(label: string, description: string | undefined, required: boolean, schema: JsonSchema): ComponentSchema {
  if (schema.enum) {
    const options = schema.enum.map((value) => ({ label: value, value }));
    return fields.select({ label, description, options, defaultValue: (schema.default as string | undefined) ?? schema.enum[0] });
  }
  switch (schema.type) {
    case 'boolean':
      return fields.checkbox({ label, description, defaultValue: (schema.default as boolean | undefined) ?? false });
    case 'integer':
      return fields.integer({
        label,
        description,
        defaultValue: schema.default as number | undefined,
        validation: { isRequired: required, min: minimumOf(schema), max: maximumOf(schema) },
      });
    case 'number': {
      // 0.6.9 checks the step when `validateStep` is set, though its types call the option `step`.
      const stepped = schema.multipleOf !== undefined;
      const validation = { isRequired: required, min: minimumOf(schema), max: maximumOf(schema), step: stepped, ...(stepped ? { validateStep: true } : {}) };
      return fields.number({ label, description, defaultValue: schema.default as number | undefined, step: schema.multipleOf, validation });
    }
    case 'string':
      if (isDate(schema)) return fields.date({ label, description, validation: { isRequired: required } });
      if (schema.format === 'uri') return fields.url({ label, description, validation: { isRequired: required } });
      return trimmedText(
        fields.text({
          label,
          description,
          multiline: (schema.maxLength ?? Infinity) > 160,
          validation: {
            isRequired: required,
            // An optional text left empty is not written at all, so "not empty" only binds a required one.
            length: { min: required || (schema.minLength ?? 0) > 1 ? schema.minLength : undefined, max: schema.maxLength },
            ...(isSlug(schema) ? { pattern: { regex: slugPattern, message: 'lower-case letters, digits and single hyphens, like "neck-and-shoulders"' } } : {}),
          },
        }),
      );
    default:
      throw new Error(`no CMS field for a JSON Schema of type ${schema.type ?? 'unknown'}`);
  }
}

/** The text an array item shows in the list: its own text, or its first text field's (a step's name). */
function previewText(props: object): string {
  if ('value' in props && typeof props.value === 'string') return props.value;
  if (!('fields' in props) || !props.fields || typeof props.fields !== 'object') return '';
  const first = Object.values(props.fields).find((field: unknown) => typeof (field as { value?: unknown }).value === 'string') as { value: string } | undefined;
  return first?.value ?? '';
}

/** The Keystatic field for one schema property; `path` is its dotted path, for overrides. */
export function cmsField(path: string, schema: JsonSchema, required: boolean, overrides: FieldOverrides): ComponentSchema {
  const key = path.split('.').pop() ?? path;
  const label = fieldLabel(key);
  const { description } = schema;
  const override = overrides[path];
  if (typeof override === 'function') return Object.assign(override({ label, description, required, schema }), { description });
  if (schema.type === 'object') return fields.object(cmsFields(schema, overrides, `${path}.`), { label, description });
  if (schema.type === 'array') {
    const item = schema.items ?? {};
    const element = item.type === 'object' ? fields.object(cmsFields(item, overrides, `${path}.`)) : scalarField(fieldLabel(key), undefined, true, item);
    return fields.array(element, {
      label,
      description,
      validation: { length: { min: schema.minItems, max: schema.maxItems } },
      itemLabel: (props) => previewText(props).slice(0, 80) || label,
    });
  }
  // Form fields keep their help text inside their input; stating it on the field lets a test compare it with the schema's.
  return Object.assign(scalarField(label, description, required, schema), { description });
}

/** Keystatic fields for every property of an object schema, in the schema's order; `computed` ones are left out. */
export function cmsFields(schema: JsonSchema, overrides: FieldOverrides, prefix = ''): Record<string, ComponentSchema> {
  const entries = Object.entries(schema.properties ?? {})
    .filter(([key]) => overrides[`${prefix}${key}`] !== 'computed')
    .map(([key, property]) => [key, cmsField(`${prefix}${key}`, property, !!schema.required?.includes(key) && property.default === undefined, overrides)]);
  return Object.fromEntries(entries);
}
