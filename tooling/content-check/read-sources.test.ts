import { describe, expect, it } from 'vitest';
import { readSource } from './read-sources';

describe('readSource', () => {
  it('splits an MDX file into fields and body', () => {
    const { doc, issues } = readSource('content/articles/a.mdx', 'articles/a.mdx', '---\ntitle: Hi\n---\n\n## Body\n');
    expect(issues).toEqual([]);
    expect(doc?.fields).toEqual({ title: 'Hi' });
    expect(doc?.body?.raw).toBe('\n## Body\n');
  });

  it('reports malformed YAML with its line', () => {
    const { doc, issues } = readSource('content/articles/a.mdx', 'articles/a.mdx', '---\ntitle: Hi\ncover:\n  alt: "open\n---\nBody');
    expect(doc).toBeUndefined();
    expect(issues[0]).toMatchObject({ rule: 'yaml/syntax', line: expect.any(Number) });
    expect(issues[0].line).toBeGreaterThanOrEqual(2);
  });

  it('reports an empty file and a missing frontmatter block', () => {
    expect(readSource('c/a.mdx', 'a.mdx', '  \n').issues[0].rule).toBe('file/empty');
    expect(readSource('c/a.mdx', 'a.mdx', 'title: Hi\n').issues[0].rule).toBe('frontmatter/missing');
  });

  it('reads a YAML data file', () => {
    expect(readSource('c/authors/a.yaml', 'authors/a.yaml', 'name: A\n').doc?.fields).toEqual({ name: 'A' });
  });
});
