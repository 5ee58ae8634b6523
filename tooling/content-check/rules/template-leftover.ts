import { templateValues } from '../../new-post/post-template';
import type { ContentRule } from './content-rule';
import { textMatches } from './text-matches';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = [...new Set(Object.values(templateValues))].map((text) => new RegExp(escape(text)));

/** A warning, not an error: a new post passes the check while it is written, but should not go live like this. */
export const templateLeftover: ContentRule = {
  id: 'text/template-leftover',
  severity: 'warning',
  summary: 'No text from the `npm run new` template is left to replace.',
  hint: 'write your own text in place of the "Replace …" sentence',
  check: (context) => context.documents.flatMap((doc) => textMatches(doc, patterns, () => 'this is the template text of `npm run new`, still to be replaced')),
};
