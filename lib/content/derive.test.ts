import { describe, expect, it } from 'vitest';
import { extractHeadings, readingMinutes } from './derive';

describe('extractHeadings', () => {
  it('lists h2 and h3 headings with rehype-slug ids, skipping code fences', () => {
    const mdx = ['## Why it *works*', 'text', '```', '## not a heading', '```', '### The [science](/x)', '## Why it works'].join('\n');
    expect(extractHeadings(mdx)).toEqual([
      { depth: 2, text: 'Why it works', id: 'why-it-works' },
      { depth: 3, text: 'The science', id: 'the-science' },
      { depth: 2, text: 'Why it works', id: 'why-it-works-1' },
    ]);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});
