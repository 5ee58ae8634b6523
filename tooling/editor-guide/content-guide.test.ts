import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../content-check/rules/content-rules';
import { contentGuide } from './content-guide';
import { articleSchema, guideSchema } from '../../lib/content/collections';

const committed = readFileSync(path.join(import.meta.dirname, '..', '..', 'CONTENT.md'), 'utf8');

describe('CONTENT.md', () => {
  it('is up to date: run `npm run content:docs` after changing a schema, component or rule', () => {
    expect(committed).toBe(contentGuide());
  });

  it('documents every field, every rule and every component', () => {
    for (const field of [...Object.keys(articleSchema.shape), ...Object.keys(guideSchema.shape)]) expect(committed).toContain(`| \`${field}\` |`);
    for (const rule of allRules) expect(committed).toContain(`| \`${rule.id}\` |`);
    expect(committed).toContain('### `<Figure>`');
  });
});
