import { describe, expect, it } from 'vitest';
import { formatIssue, locateField } from './locate-issue';

const mdx = ['---', 'title: Hello', 'cover:', '  src: /a.svg', '  alt: ""', 'steps:', '  - name: One', '    text: First', '---', 'Body'].join('\n');

describe('locateField', () => {
  it('finds a top-level key in MDX frontmatter', () => {
    expect(locateField('a.mdx', mdx, 'title')).toEqual({ line: 2, column: 1 });
  });

  it('finds a nested key', () => {
    expect(locateField('a.mdx', mdx, 'cover.alt')).toEqual({ line: 5, column: 3 });
  });

  it('finds an item of a list', () => {
    expect(locateField('a.mdx', mdx, 'steps.0.text')).toEqual({ line: 8, column: 5 });
  });

  it('points a missing field at its parent, or the frontmatter start', () => {
    expect(locateField('a.mdx', mdx, 'cover.width')).toEqual({ line: 3, column: 1 });
    expect(locateField('a.mdx', mdx, 'description')).toEqual({ line: 2, column: 1 });
  });

  it('counts lines from the top of a YAML file', () => {
    expect(locateField('a.yaml', 'name: A\nrole: B\n', 'role')).toEqual({ line: 2, column: 1 });
  });
});

describe('formatIssue', () => {
  it('prints file:line:column, rule, message and hint', () => {
    const text = formatIssue({ file: 'content/a.mdx', field: 'title', rule: 'schema/required', message: 'title is required', hint: 'add it', severity: 'error', line: 2, column: 1 });
    expect(text).toBe('content/a.mdx:2:1  schema/required  title is required\n    hint: add it');
  });
});
