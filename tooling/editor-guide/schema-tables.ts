/** Markdown tables of frontmatter fields, generated from the Zod schemas (via JSON Schema) for CONTENT.md. */
import type { z } from 'zod';
import { inputJsonSchema, type JsonSchema } from '../json-schema';
import { slugPattern } from '../../lib/content/collections';

type Row = { field: string; required: string; value: string; meaning: string };

function range(min: number | undefined, max: number | undefined, unit: string): string {
  const units = (n: number) => (unit ? ` ${unit}${n === 1 ? '' : 's'}` : '');
  if (min !== undefined && min > 1 && max !== undefined) return `${min} to ${max}${units(max)}`;
  if (max !== undefined) return `up to ${max}${units(max)}`;
  if (min !== undefined) return unit === 'character' && min === 1 ? 'not empty' : `at least ${min}${units(min)}`;
  return '';
}

/** What kind of value a field holds, in words an editor understands. */
function describeValue(schema: JsonSchema): string {
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  switch (schema.type) {
    case 'string':
      if (schema.pattern === slugPattern.source) return 'a slug (lower-case words joined by hyphens)';
      if (schema.pattern?.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return 'a date, YYYY-MM-DD';
      if (schema.format === 'uri') return 'a full https:// address';
      if (schema.format === 'starts_with') return 'a path starting with "/"';
      return ['text', range(schema.minLength, schema.maxLength, 'character')].filter(Boolean).join(', ');
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
      const max = schema.maximum !== undefined && schema.maximum < 1e9 ? schema.maximum : undefined;
      if (min !== undefined && max !== undefined) return `a whole number, ${min} to ${max}`;
      return min !== undefined ? `a whole number, at least ${min}` : 'a whole number';
    }
    case 'boolean':
      return '`true` or `false`';
    case 'array': {
      const item = schema.items ?? {};
      const items =
        item.type === 'object'
          ? 'entries (below)'
          : item.pattern === slugPattern.source
            ? 'slugs'
            : item.type === 'string'
              ? 'lines of text'
              : describeValue(item);
      return [`a list of ${items}`, range(schema.minItems, schema.maxItems, 'item')].filter(Boolean).join(', ');
    }
    case 'object':
      return 'a group of fields (below)';
    default:
      return 'any value';
  }
}

function rows(schema: JsonSchema, prefix = ''): Row[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const required = schema.required?.includes(name) && field.default === undefined;
    const row: Row = {
      field: `\`${path}\``,
      required: required ? 'required' : field.default !== undefined ? `optional (default \`${JSON.stringify(field.default)}\`)` : 'optional',
      value: describeValue(field),
      meaning: field.description ?? '',
    };
    const nested =
      field.type === 'object' ? rows(field, `${path}.`) : field.type === 'array' && field.items?.type === 'object' ? rows(field.items, `${path}[].`) : [];
    return [row, ...nested];
  });
}

/** A Markdown table of a schema's fields; `except` leaves out fields documented elsewhere. */
export function fieldTable(schema: z.ZodType, except: string[] = []): string {
  const json = inputJsonSchema(schema);
  const lines = rows(json)
    .filter((row) => !except.some((name) => row.field === `\`${name}\`` || row.field.startsWith(`\`${name}.`) || row.field.startsWith(`\`${name}[]`)))
    .map((row) => `| ${row.field} | ${row.required} | ${row.value} | ${row.meaning.replace(/\|/g, '\\|')} |`);
  return ['| field | | value | meaning |', '| --- | --- | --- | --- |', ...lines].join('\n');
}
