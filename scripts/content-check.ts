#!/usr/bin/env tsx
/**
 * npm run content:check — validates all content and prints every problem at
 * once as `file:line:column  rule  message`, with a hint, then a count, and
 * lists drafts and scheduled posts. Exits 1 on any error. `--json` prints the
 * report as JSON for tools. CONTENT_DIR and PUBLIC_DIR point it elsewhere;
 * CONTENT_CHECK_DATE=YYYY-MM-DD checks as on that day (e.g. which reviews fall
 * due next month).
 *
 * npm run content:prepare (`--prepare`) is the build's content pre-step: the
 * same check, then the build's inputs from the library it has just read
 * (tooling/build/build-inputs.ts), so no other step reads it; for a public
 * SITE_URL it also warns, like `npm run launch:check`, of every placeholder
 * still to replace (without stopping the build). With `--dev`
 * (npm run dev) errors are reported but do not stop the editor's preview,
 * which shows them too.
 */
import { buildInputs, buildInputsFile, writeBuildInputs } from '../tooling/build/build-inputs';
import { checkContent } from '../tooling/content-check/check-content';
import { allPosts } from '../lib/content/collections';
import { formatIssue } from '../lib/content/locate-issue';
import { parseSiteConfig, siteConfigDefaults } from '../lib/site-config';
import { formatLaunchBlockers, isLocalOrigin, launchBlockers } from '../tooling/launch-check/launch-blockers';

const json = process.argv.includes('--json');
const prepare = process.argv.includes('--prepare');
const dev = process.argv.includes('--dev');
const checkDate = process.env.CONTENT_CHECK_DATE;
if (checkDate && Number.isNaN(Date.parse(checkDate))) {
  console.error(`CONTENT_CHECK_DATE must be a date written YYYY-MM-DD, not "${checkDate}"`);
  process.exit(2);
}
const now = checkDate ? new Date(`${checkDate.slice(0, 10)}T12:00:00Z`) : new Date();
const contentDir = process.env.CONTENT_DIR ?? 'content';
const { content, ...report } = checkContent({ contentDir, publicDir: process.env.PUBLIC_DIR ?? 'public', now });
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
  const extras = [report.scheduled.length && `${report.scheduled.length} scheduled`, report.drafts.length && plural(report.drafts.length, 'draft')].filter(
    Boolean,
  );
  console.log(
    `${listed ? '\n' : ''}content:check: ${plural(report.files, 'file')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${extras.length ? `, ${extras.join(', ')}` : ''}`,
  );
}
if (prepare) {
  const inputs = buildInputs(content, contentDir);
  writeBuildInputs(inputs);
  if (!json)
    console.log(
      `content:prepare: ${plural(inputs.redirects.length, 'redirect')}, ${plural(inputs.cards.length, 'card')} and ${plural(inputs.postPages.length, 'post page')} written to ${buildInputsFile}`,
    );
  const config = parseSiteConfig(process.env);
  const blockers = isLocalOrigin(config.url)
    ? []
    : launchBlockers({ config, defaultContactHours: siteConfigDefaults.contactHours, authors: content.authors, posts: allPosts(content), contentDir });
  if (blockers.length && !json) {
    console.log(
      `warning: ${plural(blockers.length, 'thing')} to replace before this site goes live (npm run launch:check lists them too):\n${formatLaunchBlockers(blockers)}`,
    );
  }
}
process.exit(errors && !dev ? 1 : 0);
