/**
 * Rules applied while files are read (read-sources.ts reports them, with
 * these hints unless it has a more specific one) and validated
 * (lib/content/validation-rules.ts); listed here so CONTENT.md explains every rule id.
 */
import { type RuleDoc, validationRules } from '../../../lib/content/validation-rules';

export type { RuleDoc };

export const fileRules: RuleDoc[] = [
  { id: 'file/empty', severity: 'error', summary: 'A content file is not empty.', hint: 'run `npm run new` to start from a template, or delete the file' },
  { id: 'file/extension', severity: 'error', summary: 'Posts end in .mdx; authors and categories end in .yaml.', hint: 'rename the file' },
  { id: 'file/encoding', severity: 'error', summary: 'Files are saved as UTF-8 text.', hint: 'save the file again with the encoding "UTF-8"' },
  { id: 'file/too-large', severity: 'error', summary: 'A file is smaller than 256 KB.', hint: 'split it, or remove pasted data' },
  {
    id: 'frontmatter/missing',
    severity: 'error',
    summary: 'A post starts with its frontmatter between two "---" lines.',
    hint: 'the first line must be exactly "---"; see CONTENT.md',
  },
  {
    id: 'yaml/syntax',
    severity: 'error',
    summary: 'The frontmatter is valid YAML.',
    hint: 'check indentation, and put values containing ": " or starting with a quote inside quotes',
  },
  {
    id: 'yaml/not-a-map',
    severity: 'error',
    summary: 'The frontmatter is a list of "field: value" lines.',
    hint: 'start each line with a field name and a colon; CONTENT.md has an example',
  },
  ...validationRules,
];
