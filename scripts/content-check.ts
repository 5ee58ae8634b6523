#!/usr/bin/env tsx
/**
 * npm run content:check — validates all content and prints every problem at
 * once as `file:line:column  rule  message`, with a hint, then a count.
 * Exits 1 on any error. `--json` prints the problems as JSON for tools.
 */
import { formatIssue, locateIssues } from '../lib/content/locate-issue';
import { readSources } from '../lib/content/read-sources';
import { validateCollections } from '../lib/content/validate';

const json = process.argv.includes('--json');
const contentDir = process.env.CONTENT_DIR ?? 'content';

const sources = readSources(contentDir);
const { issues: validationIssues } = validateCollections(sources.raw, contentDir);
const issues = locateIssues([...sources.issues, ...validationIssues], (file) => sources.texts.get(file)).sort(
  (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
);
const errors = issues.filter((issue) => issue.severity === 'error');
const warnings = issues.length - errors.length;

if (json) {
  console.log(JSON.stringify({ errors: errors.length, warnings, issues }, null, 2));
} else {
  for (const issue of issues) console.log(formatIssue(issue));
  const files = Object.values(sources.raw).reduce((sum, docs) => sum + docs.length, 0);
  console.log(`${issues.length ? '\n' : ''}content:check: ${files} files, ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
}
process.exit(errors.length ? 1 : 0);
