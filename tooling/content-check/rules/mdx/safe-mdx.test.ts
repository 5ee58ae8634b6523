import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../mdx-tree';
import { findViolations, safeMdxRules } from './safe-mdx';

function violations(mdx: string) {
  const { tree, error } = parseMdx(mdx);
  if (!tree) throw new Error(error.message);
  return findViolations(tree, safeMdxRules).map(({ rule, line }) => `${rule.id}@${line}`);
}

describe('safe MDX rules', () => {
  it('accept Markdown, comments, HTML elements and plain values in props', () => {
    const mdx = [
      '## Heading',
      '',
      'Text with *emphasis* and a [link](/guides/x).',
      '',
      '{/* a note for editors */}',
      '',
      '<Figure src="/a.svg" alt="A" width={800} height={600} caption={`Plain`} />',
      '',
      '<div className="note" data-items={["a", 1, true, null, -2, { b: "c" }]}>Text</div>',
    ].join('\n');
    expect(violations(mdx)).toEqual([]);
  });

  it('reject imports, exports and code', () => {
    expect(violations("import X from 'x'\n\nText")).toEqual(['mdx/no-import-export@1']);
    expect(violations('export const a = 1\n\nText')).toEqual(['mdx/no-import-export@1']);
    expect(violations('Text {new Date().getFullYear()}')).toEqual(['mdx/no-expression@1']);
    expect(violations('{"a string in the text"}')).toEqual(['mdx/no-expression@1']);
    expect(violations('<Figure {...props} />')).toEqual(['mdx/no-expression@1']);
    expect(violations('<Figure width={400 + 1} />')).toEqual(['mdx/no-expression@1']);
    expect(violations('<Figure alt={`a ${b}`} />')).toEqual(['mdx/no-expression@1']);
    expect(violations('<Figure data={[fetch()]} />')).toEqual(['mdx/no-expression@1']);
  });

  it('reject unsafe elements and attributes, in any case', () => {
    expect(violations('<script>{""}</script>')).toContain('mdx/no-raw-html@1');
    expect(violations('<IFRAME src="https://x.org" />')).toEqual(['mdx/no-raw-html@1']);
    expect(violations('\n<style>a</style>')).toEqual(['mdx/no-raw-html@2']);
    expect(violations('<a href="/x" onmouseover="steal()">x</a>')).toEqual(['mdx/no-event-handler@1']);
    expect(violations('<a href="JavaScript:void(0)">x</a>')).toEqual(['mdx/no-event-handler@1']);
    expect(violations('[x](javascript:alert(1))')).toEqual(['mdx/no-event-handler@1']);
  });

  it('counts lines from the top of the file when given the body start', () => {
    const { tree } = parseMdx('\n<script>a</script>', 10);
    expect(tree && findViolations(tree, safeMdxRules)[0]).toMatchObject({ line: 11, column: 1 });
  });
});
