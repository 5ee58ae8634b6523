/**
 * The broken-content corpus: each file in broken/ holds exactly one fault, and
 * content:check must report exactly that one error, with this rule, on this line,
 * when the file is added to the good corpus (good/).
 */

export type BrokenCase = {
  /** Path under broken/ and under content/. */
  file: string;
  rule: string;
  line: number;
  /** The fault, in words. */
  fault: string;
  /** Written by the test instead of read from broken/ (a file too large to keep in git). */
  generate?: () => string;
};

export const brokenCases: BrokenCase[] = [
  { file: 'articles/malformed-yaml.mdx', rule: 'yaml/syntax', line: 2, fault: 'malformed YAML: an unquoted colon in a value' },
  { file: 'articles/bad-indentation.mdx', rule: 'yaml/syntax', line: 11, fault: 'malformed YAML: inconsistent indentation' },
  { file: 'articles/not-utf8.mdx', rule: 'file/encoding', line: 17, fault: 'a non-UTF-8 file (Latin-1 é)' },
  { file: 'articles/empty.mdx', rule: 'file/empty', line: 1, fault: 'an empty file' },
  { file: 'articles/no-frontmatter.mdx', rule: 'frontmatter/missing', line: 1, fault: 'no frontmatter block' },
  { file: 'articles/frontmatter-list.mdx', rule: 'yaml/not-a-map', line: 2, fault: 'frontmatter is a list, not fields' },
  { file: 'articles/notes.md', rule: 'file/extension', line: 1, fault: 'wrong file extension' },
  { file: 'articles/missing-title.mdx', rule: 'schema/required', line: 2, fault: 'a required field is missing' },
  { file: 'articles/unknown-field.mdx', rule: 'schema/unknown-field', line: 14, fault: 'a misspelt field' },
  { file: 'articles/wrong-type-tags.mdx', rule: 'schema/invalid', line: 14, fault: 'tags is a number, not a list' },
  { file: 'articles/wrong-type-draft.mdx', rule: 'schema/invalid', line: 14, fault: 'draft is text, not true/false' },
  { file: 'articles/bad-date.mdx', rule: 'schema/invalid', line: 4, fault: 'a date not written YYYY-MM-DD' },
  { file: 'articles/short-description.mdx', rule: 'schema/invalid', line: 3, fault: 'description too short for search results' },
  { file: 'articles/updated-before-published.mdx', rule: 'schema/invalid', line: 14, fault: 'updatedAt before publishedAt' },
  { file: 'articles/unknown-author.mdx', rule: 'reference/unresolved', line: 7, fault: 'author does not exist' },
  { file: 'articles/unknown-reviewer.mdx', rule: 'reference/unresolved', line: 13, fault: 'reviewer does not exist' },
  { file: 'articles/unknown-category.mdx', rule: 'reference/unresolved', line: 8, fault: 'category does not exist' },
  { file: 'articles/unknown-related.mdx', rule: 'reference/unresolved', line: 15, fault: 'related post does not exist' },
  { file: 'articles/related-to-self.mdx', rule: 'reference/self', line: 14, fault: 'a post related to itself' },
  { file: 'guides/warm-bath.mdx', rule: 'slug/duplicate', line: 2, fault: 'a guide with the same slug as an article' },
  { file: 'articles/redirect-taken.mdx', rule: 'redirect/circular', line: 14, fault: 'redirectFrom is a live post’s address' },
  { file: 'articles/redirect-claimed.mdx', rule: 'redirect/duplicate', line: 15, fault: 'redirectFrom already claimed by another post' },
  { file: 'articles/broken-link.mdx', rule: 'link/broken', line: 17, fault: 'a link to a post that does not exist' },
  { file: 'articles/broken-static-link.mdx', rule: 'link/broken', line: 17, fault: 'a link to a misspelt static page' },
  { file: 'articles/bad-anchor.mdx', rule: 'link/anchor', line: 17, fault: 'an anchor that names no heading on the target' },
  { file: 'articles/bad-own-anchor.mdx', rule: 'link/anchor', line: 17, fault: 'an anchor that names no heading on the same page' },
  { file: 'articles/links-to-draft.mdx', rule: 'link/unpublished', line: 17, fault: 'a published post links to a draft' },
  { file: 'articles/missing-cover.mdx', rule: 'image/missing', line: 10, fault: 'cover image missing from public/' },
  { file: 'articles/cover-size-mismatch.mdx', rule: 'image/size-mismatch', line: 12, fault: 'cover width/height differ from the file' },
  { file: 'articles/missing-body-image.mdx', rule: 'image/missing', line: 19, fault: 'body image missing from public/' },
  { file: 'articles/figure-size-mismatch.mdx', rule: 'image/size-mismatch', line: 17, fault: 'Figure width/height swapped' },
  { file: 'articles/h1-in-body.mdx', rule: 'heading/h1', line: 17, fault: 'an h1 in the body' },
  { file: 'articles/skipped-heading.mdx', rule: 'heading/skipped-level', line: 21, fault: 'h2 followed by h4' },
  { file: 'articles/long-seo-title.mdx', rule: 'seo/title-length', line: 2, fault: 'title too long for search results, no seoTitle' },
  { file: 'articles/published-long-ago.mdx', rule: 'date/implausible', line: 4, fault: 'publishedAt a century ago' },
  { file: 'articles/published-far-ahead.mdx', rule: 'date/implausible', line: 4, fault: 'publishedAt decades ahead' },
  { file: 'articles/updated-in-future.mdx', rule: 'date/implausible', line: 14, fault: 'updatedAt in the future' },
  { file: 'articles/review-overdue.mdx', rule: 'review/overdue', line: 6, fault: 'the last medical review is more than 12 months old' },
  { file: 'articles/review-due-soon.mdx', rule: 'review/due-soon', line: 6, fault: 'the yearly review falls due within 30 days (a warning)' },
  { file: 'articles/review-in-future.mdx', rule: 'review/in-future', line: 6, fault: 'reviewedAt in the future' },
  { file: 'articles/review-missing.mdx', rule: 'schema/invalid', line: 2, fault: 'a published post without reviewedAt' },
  { file: 'articles/review-before-published.mdx', rule: 'schema/invalid', line: 6, fault: 'reviewedAt before publishedAt' },
  { file: 'articles/up-next-unknown.mdx', rule: 'reference/unresolved', line: 14, fault: 'upNext names no post' },
  { file: 'articles/up-next-self.mdx', rule: 'reference/self', line: 14, fault: 'upNext names the post itself' },
  { file: 'articles/up-next-draft.mdx', rule: 'up-next/unpublished', line: 14, fault: 'upNext names a draft' },
  { file: 'guides/minutes-mismatch.mdx', rule: 'guide/minutes-mismatch', line: 16, fault: 'minutes differ from the steps\' total' },
  { file: 'guides/step-without-minutes.mdx', rule: 'schema/required', line: 21, fault: 'a step without minutes' },
  { file: 'guides/cta-before-safety.mdx', rule: 'cta/before-safety', line: 33, fault: 'an inline call to action directly before a safety section' },
  { file: 'articles/too-few-sources.mdx', rule: 'sources/too-few', line: 14, fault: 'an article citing one source twice and nothing else' },
  { file: 'articles/as-an-ai.mdx', rule: 'text/assistant-leftover', line: 17, fault: '"As an AI language model"' },
  { file: 'articles/if-you-like.mdx', rule: 'text/assistant-leftover', line: 19, fault: '"If you’d like, I can also create…"' },
  { file: 'articles/revised-version.mdx', rule: 'text/assistant-leftover', line: 17, fault: "\"Here's a revised version\"" },
  { file: 'articles/unknown-component.mdx', rule: 'mdx/unknown-component', line: 17, fault: 'a component that does not exist' },
  { file: 'articles/figure-missing-alt.mdx', rule: 'mdx/missing-prop', line: 17, fault: 'Figure without alt' },
  { file: 'articles/import.mdx', rule: 'mdx/no-import-export', line: 17, fault: 'an import statement' },
  { file: 'articles/export.mdx', rule: 'mdx/no-import-export', line: 17, fault: 'an export statement' },
  { file: 'articles/expression.mdx', rule: 'mdx/no-expression', line: 17, fault: 'a JavaScript expression in the text' },
  { file: 'articles/prop-expression.mdx', rule: 'mdx/no-expression', line: 17, fault: 'a non-literal component prop' },
  { file: 'articles/script.mdx', rule: 'mdx/no-raw-html', line: 17, fault: 'a raw <script>' },
  { file: 'articles/iframe.mdx', rule: 'mdx/no-raw-html', line: 17, fault: 'a raw <iframe>' },
  { file: 'articles/style.mdx', rule: 'mdx/no-raw-html', line: 17, fault: 'a raw <style>' },
  { file: 'articles/onclick.mdx', rule: 'mdx/no-event-handler', line: 17, fault: 'an event-handler attribute' },
  { file: 'articles/javascript-link.mdx', rule: 'mdx/no-event-handler', line: 17, fault: 'a javascript: link' },
  { file: 'articles/unclosed-tag.mdx', rule: 'mdx/syntax', line: 17, fault: 'an unclosed component tag' },
  { file: 'authors/no-alt.yaml', rule: 'schema/required', line: 4, fault: 'author portrait without alt text' },
  { file: 'authors/missing-avatar.yaml', rule: 'image/missing', line: 5, fault: 'author portrait missing from public/' },
  { file: 'guides/minutes-as-text.mdx', rule: 'schema/invalid', line: 16, fault: 'minutes is text, not a number' },
  { file: 'guides/one-step.mdx', rule: 'schema/invalid', line: 17, fault: 'a guide with one step' },
  { file: 'categories/bad-slug-name.yaml', rule: 'schema/invalid', line: 2, fault: 'category description too short' },
  { file: 'articles/template-left.mdx', rule: 'text/template-leftover', line: 3, fault: 'the description of the new-post template, not yet replaced (a warning)' },
  {
    file: 'articles/huge.mdx',
    rule: 'file/too-large',
    line: 1,
    fault: 'a huge file (a pasted data dump)',
    generate: () => `---\ntitle: Huge\n---\n\n${'A sentence that repeats. '.repeat(12_000)}\n`,
  },
];
