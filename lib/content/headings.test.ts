import { describe, expect, it } from 'vitest';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { bodyHeadings, contentsEntries } from './headings';
import { parseMdx } from '../../tooling/content-check/mdx-tree';
import { remarkHeadingsExport } from '../../tooling/contentlayer/remark-headings-export';

const headingsOf = (mdx: string) => {
  const { tree } = parseMdx(mdx);
  if (!tree) throw new Error('test body does not parse');
  return bodyHeadings(tree);
};

/** The ids rehype-slug writes into the rendered HTML, as the page shows them. */
async function renderedIds(markdown: string): Promise<string[]> {
  const html = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug).use(rehypeStringify).process(markdown));
  return [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1]);
}

const body = ['## Snake_case_word', '## Tea &amp; milk', '### The `feet` first', '## Why it *works*', '#### A small note', '## Why it works', '```', '## not a heading', '```'].join('\n\n');

describe('bodyHeadings', () => {
  it('gives each heading its text as readers see it and the id rehype-slug renders', async () => {
    expect(headingsOf(body)).toEqual([
      { depth: 2, text: 'Snake_case_word', id: 'snake_case_word' },
      { depth: 2, text: 'Tea & milk', id: 'tea--milk' },
      { depth: 3, text: 'The feet first', id: 'the-feet-first' },
      { depth: 2, text: 'Why it works', id: 'why-it-works' },
      { depth: 4, text: 'A small note', id: 'a-small-note' },
      { depth: 2, text: 'Why it works', id: 'why-it-works-1' },
    ]);
    expect(headingsOf(body).map((heading) => heading.id)).toEqual(await renderedIds(body));
  });

  it('lists the h2 and h3 headings in the table of contents', () => {
    expect(contentsEntries(headingsOf(body)).map((heading) => heading.id)).toEqual(['snake_case_word', 'tea--milk', 'the-feet-first', 'why-it-works', 'why-it-works-1']);
  });
});

describe('remarkHeadingsExport', () => {
  it('exports the compiled body’s table of contents beside it', async () => {
    const compiled = await evaluate(body, { ...runtime, remarkPlugins: [remarkGfm, remarkHeadingsExport], rehypePlugins: [rehypeSlug] });
    expect(compiled.headings).toEqual(contentsEntries(headingsOf(body)));
  });
});
