import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkSafeMdx } from './remark-safe-mdx';

/** Compiles as contentlayer does: the raw document data rides on the vfile. */
function compileAs(sourceFilePath: string, value: string) {
  const file = new VFile({ value, data: { rawDocumentData: { sourceFilePath } } });
  return compile(file, { remarkPlugins: [remarkSafeMdx] });
}

describe('remarkSafeMdx', () => {
  it('lets safe MDX compile', async () => {
    await expect(compileAs('articles/a.mdx', '## Hi\n\n<CallToAction />\n\n{/* note */}\n')).resolves.toBeDefined();
  });

  it('stops the compiler with the content:check message for every unsafe node', async () => {
    const error = await compileAs('articles/a.mdx', 'Text\n\n<script>x</script>\n\n<b onClick="x()">b</b>\n').catch((caught: Error) => caught);
    expect(String(error)).toContain('content/articles/a.mdx:3:1  mdx/no-raw-html  <script> is not allowed in a post');
    expect(String(error)).toContain('content/articles/a.mdx:5:1  mdx/no-event-handler  the attribute onClick on <b> runs code');
    expect(String(error)).toContain('hint: remove the element');
  });
});
