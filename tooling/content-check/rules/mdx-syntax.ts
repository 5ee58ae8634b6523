import type { ContentRule } from './content-rule';

export const mdxSyntax: ContentRule = {
  id: 'mdx/syntax',
  severity: 'error',
  summary: 'The body is valid MDX: every <Tag> is closed, and a literal "<" or "{" in the text is written &lt; or &#123;.',
  hint: 'close the tag (<Figure … />), or write a literal < as &lt; and { as &#123;; an HTML comment <!-- … --> is written {/* … */} in MDX',
  check: (context) =>
    context.documents.flatMap((doc) => {
      const error = doc.body?.error;
      return error ? [{ file: doc.file, line: error.line, column: error.column, message: `the body is not valid MDX: ${error.message}` }] : [];
    }),
};
