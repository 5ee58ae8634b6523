import { bodyHeadings } from './body-headings';
import { type ContentRule, parsedPosts } from './content-rule';

/** Screen-reader users move by heading level; a jump from h2 to h4 reads as a missing section. */
export const headingSkippedLevel: ContentRule = {
  id: 'heading/skipped-level',
  severity: 'error',
  summary: 'Headings go down one level at a time: the first is "##", and "####" only follows "###".',
  hint: 'use one more "#" than the heading above it at most',
  check: (context) =>
    parsedPosts(context).flatMap((doc) => {
      let previous = 1;
      return bodyHeadings(doc.body.tree).flatMap((heading) => {
        const skipped = heading.depth > previous + 1;
        const message = `a level-${heading.depth} heading follows a level-${previous} ${previous === 1 ? 'title' : 'heading'}; level ${previous + 1} is skipped`;
        previous = heading.depth;
        return skipped ? [{ file: doc.file, line: heading.line, column: heading.column, message }] : [];
      });
    }),
};
