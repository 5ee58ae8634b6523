import { bodyHeadings } from './body-headings';
import { type ContentRule, parsedPosts } from './content-rule';

export const headingH1: ContentRule = {
  id: 'heading/h1',
  severity: 'error',
  summary: 'The body has no level-1 heading ("# …"): the title is the page\'s only h1.',
  hint: 'use "## " for the sections of the body; the title field is already shown as the main heading',
  check: (context) =>
    parsedPosts(context).flatMap((doc) =>
      bodyHeadings(doc.body.tree)
        .filter((heading) => heading.depth === 1)
        .map((heading) => ({
          file: doc.file,
          line: heading.line,
          column: heading.column,
          message: 'a level-1 heading in the body would compete with the title',
        })),
    ),
};
