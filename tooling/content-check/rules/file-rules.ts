/**
 * Rules applied while files are read and validated (read-sources.ts and
 * validate.ts report them); listed here so CONTENT.md explains every rule id.
 */
export type RuleDoc = { id: string; severity: 'error' | 'warning'; summary: string; hint: string };

export const fileRules: RuleDoc[] = [
  { id: 'file/empty', severity: 'error', summary: 'A content file is not empty.', hint: 'run `npm run new` to start from a template, or delete the file' },
  { id: 'file/extension', severity: 'error', summary: 'Posts end in .mdx; authors and categories end in .yaml.', hint: 'rename the file' },
  { id: 'file/encoding', severity: 'error', summary: 'Files are saved as UTF-8 text.', hint: 'save the file again with the encoding "UTF-8"' },
  { id: 'file/too-large', severity: 'error', summary: 'A file is smaller than 256 KB.', hint: 'split it, or remove pasted data' },
  { id: 'frontmatter/missing', severity: 'error', summary: 'A post starts with its frontmatter between two "---" lines.', hint: 'the first line must be exactly "---"' },
  { id: 'yaml/syntax', severity: 'error', summary: 'The frontmatter is valid YAML.', hint: 'check indentation, and quote values that contain ": " or start with a quote' },
  { id: 'yaml/not-a-map', severity: 'error', summary: 'The frontmatter is a list of "field: value" lines.', hint: 'start each line with a field name and a colon' },
  { id: 'schema/required', severity: 'error', summary: 'Every required field is present.', hint: 'add the field; CONTENT.md lists every field and whether it is required' },
  { id: 'schema/invalid', severity: 'error', summary: 'Every field has the right kind of value (text, number, date, list), within its limits.', hint: 'compare the value with the field tables in CONTENT.md' },
  { id: 'schema/unknown-field', severity: 'error', summary: 'No field is misspelt or unknown.', hint: 'check the spelling against the field tables in CONTENT.md, or remove it' },
  { id: 'slug/duplicate', severity: 'error', summary: 'No two posts (or authors, or categories) share a file name.', hint: 'rename one of the files' },
  { id: 'reference/unresolved', severity: 'error', summary: 'author, reviewer, category, related and upNext name files that exist.', hint: 'use an existing file name, without extension' },
  { id: 'redirect/duplicate', severity: 'error', summary: 'An old address in redirectFrom is listed once, by one post.', hint: 'keep the old slug in one redirectFrom list only' },
  { id: 'redirect/circular', severity: 'error', summary: 'An old address in redirectFrom is not the address of a live page (the post itself or another).', hint: 'remove it from redirectFrom, or rename or delete the other post' },
  { id: 'seo/title-length', severity: 'error', summary: 'The title shown in search results, with the site name added, fits in 60 characters.', hint: 'add a shorter seoTitle (search results and browser tabs use it instead of the title)' },
  { id: 'reference/self', severity: 'error', summary: 'A post does not list itself as related or as its own upNext.', hint: 'remove its own slug from related or upNext' },
];
