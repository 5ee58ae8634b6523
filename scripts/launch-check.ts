#!/usr/bin/env tsx
/**
 * npm run launch:check — lists everything the template ships that a real
 * launch must replace (sample people, example contact details, a local or
 * example SITE_URL, example source addresses) and exits 1 while any remains.
 * `--warn` (used by npm run build) prints the list as a warning and exits 0,
 * and prints nothing when SITE_URL is a local address. CONTENT_DIR points it
 * at another content folder.
 */
import { readSources } from '../tooling/content-check/read-sources';
import { validateCollections } from '../lib/content/validate';
import { formatLaunchBlockers, isLocalOrigin, launchBlockers } from '../tooling/launch-check/launch-blockers';
import { parseSiteConfig, siteConfigDefaults } from '../lib/site-config';

const warnOnly = process.argv.includes('--warn');
const contentDir = process.env.CONTENT_DIR ?? 'content';
const config = parseSiteConfig(process.env);
if (warnOnly && isLocalOrigin(config.url)) process.exit(0);

const { content } = validateCollections(readSources(contentDir).raw, contentDir);
const blockers = launchBlockers({
  config,
  defaultContactHours: siteConfigDefaults.contactHours,
  authors: content.authors,
  posts: [...content.articles, ...content.guides],
  contentDir,
});

if (!blockers.length) {
  if (!warnOnly) console.log('launch:check: nothing left to replace before going live');
  process.exit(0);
}
const heading = `${blockers.length} thing${blockers.length === 1 ? '' : 's'} to replace before this site goes live`;
console.log(`${warnOnly ? `warning: ${heading} (npm run launch:check lists them too)` : `launch:check: ${heading}`}:\n${formatLaunchBlockers(blockers)}`);
process.exit(warnOnly ? 0 : 1);
