/**
 * What a content problem is (`ContentIssue`), and the rules validation checks (validate.ts and the modules it calls), each
 * with its meaning and the fix to suggest when an issue has no more specific
 * hint of its own. CONTENT.md lists them with content:check's other rules.
 */
/** One problem found in the content, with where it is and how to fix it. */
export type ContentIssue = {
  /** Path relative to the repository root, e.g. "content/articles/x.mdx". */
  file: string;
  /** Dotted path of the frontmatter field, e.g. "cover.alt"; empty for the whole file. */
  field: string;
  rule: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
  line?: number;
  column?: number;
};

export type RuleDoc = { id: string; severity: 'error' | 'warning'; summary: string; hint: string };

export const validationRules: RuleDoc[] = [
  { id: 'schema/required', severity: 'error', summary: 'Every required field is present.', hint: 'add the field; CONTENT.md lists every field and whether it is required' },
  { id: 'schema/invalid', severity: 'error', summary: 'Every field has the right kind of value (text, number, date, list), within its limits.', hint: 'compare the value with the field tables in CONTENT.md' },
  { id: 'schema/unknown-field', severity: 'error', summary: 'No field is misspelt or unknown.', hint: 'check the spelling against the fields listed in CONTENT.md, or remove it' },
  { id: 'slug/duplicate', severity: 'error', summary: 'No two posts (or authors, or categories) share a file name.', hint: 'rename one of the files: the file name is the address of the page' },
  { id: 'reference/unresolved', severity: 'error', summary: 'author, reviewer, category, related and upNext name files that exist.', hint: 'use an existing file name, without extension' },
  { id: 'redirect/duplicate', severity: 'error', summary: 'An old address in redirectFrom is listed once, by one post.', hint: 'keep the old slug in one redirectFrom list only' },
  { id: 'redirect/circular', severity: 'error', summary: 'An old address in redirectFrom is not the address of a live page (the post itself or another).', hint: 'remove it from redirectFrom, or rename or delete the other post' },
  { id: 'seo/title-length', severity: 'error', summary: 'The title shown in search results, with the site name added, fits in 60 characters.', hint: 'add a shorter seoTitle (search results and browser tabs use it instead of the title)' },
  { id: 'reference/self', severity: 'error', summary: 'A post does not list itself as related or as its own upNext.', hint: 'remove its own slug from related or upNext' },
];

const hints = new Map(validationRules.map((rule) => [rule.id, rule.hint]));

/** The issue with its rule's hint when it names none of its own. */
export const withRuleHint = (issue: ContentIssue): ContentIssue => (issue.hint ? issue : { ...issue, hint: hints.get(issue.rule) });
