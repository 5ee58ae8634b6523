#!/usr/bin/env tsx
/**
 * npm run content:check — validates all content and prints every problem at
 * once as `file:line:column  rule  message`, with a hint, then a count, and
 * lists drafts and scheduled posts. Exits 1 on any error. `--json` prints the
 * report as JSON for tools. CONTENT_DIR and PUBLIC_DIR point it elsewhere;
 * CONTENT_CHECK_DATE=YYYY-MM-DD checks as on that day (e.g. which reviews fall
 * due next month).
 */
import { checkContent } from '../tooling/content-check/check-content';
import { formatIssue } from '../lib/content/locate-issue';

const json = process.argv.includes('--json');
const checkDate = process.env.CONTENT_CHECK_DATE;
if (checkDate && Number.isNaN(Date.parse(checkDate))) {
  console.error(`CONTENT_CHECK_DATE must be a date written YYYY-MM-DD, not "${checkDate}"`);
  process.exit(2);
}
const now = checkDate ? new Date(`${checkDate.slice(0, 10)}T12:00:00Z`) : new Date();
const report = checkContent({ contentDir: process.env.CONTENT_DIR ?? 'content', publicDir: process.env.PUBLIC_DIR ?? 'public', now });
const errors = report.issues.filter((issue) => issue.severity === 'error').length;
const warnings = report.issues.length - errors;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

if (json) {
  console.log(JSON.stringify({ errors, warnings, ...report }, null, 2));
} else {
  for (const issue of report.issues) console.log(formatIssue(issue));
  for (const { file, publishedAt } of report.scheduled) console.log(`${file}  scheduled  publishes on ${publishedAt}`);
  for (const { file } of report.drafts) console.log(`${file}  draft  shown only in npm run dev`);
  const listed = report.issues.length + report.scheduled.length + report.drafts.length;
  const extras = [report.scheduled.length && `${report.scheduled.length} scheduled`, report.drafts.length && plural(report.drafts.length, 'draft')].filter(Boolean);
  console.log(`${listed ? '\n' : ''}content:check: ${plural(report.files, 'file')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${extras.length ? `, ${extras.join(', ')}` : ''}`);
}
process.exit(errors ? 1 : 0);
