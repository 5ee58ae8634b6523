/**
 * SHA-256 hashes of the inline scripts in built HTML pages, so the CSP can
 * allow exactly those scripts instead of 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The CSP source expressions ("sha256-…") of every inline script in one HTML document.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, body] of html.matchAll(inlineScript)) {
    if (body.length) hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/**
 * The URL path an HTML file under a build folder is served at:
 * "articles/x.html" → "/articles/x", "index.html" → "/", "guides/index.html" → "/guides".
 * @param {string} relativeFile
 * @returns {string}
 */
export function pagePath(relativeFile) {
  const withoutExtension = relativeFile
    .split(path.sep)
    .join('/')
    .replace(/\.html$/, '');
  const trimmed = withoutExtension.replace(/(^|\/)index$/, '');
  return `/${trimmed}`;
}

/** The search index's folder in a built site: written while the built pages are walked, so the walk leaves it out. */
const searchIndexFolder = 'pagefind';

/**
 * The files of a built site whose names pass `keep`, relative to `folder`,
 * leaving out the search index (Pagefind writes it meanwhile).
 * @param {string} folder
 * @param {(name: string) => boolean} keep
 * @returns {string[]}
 */
export function builtFiles(folder, keep, base = folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return folder === base && entry.name === searchIndexFolder ? [] : builtFiles(full, keep, base);
    return keep(entry.name) ? [path.relative(base, full)] : [];
  });
}

/** @param {string} folder */
const htmlFiles = (folder) => builtFiles(folder, (name) => name.endsWith('.html'));

/**
 * Maps every built page's path to the hashes of its inline scripts.
 *
 * `rewrite`, when given, changes each page in the same pass, before it is
 * hashed (so each file is read once, and the hashes are those of the page as
 * served). A changed page is written beside itself and renamed into place, so
 * a reader running meanwhile (the search index) sees the old page or the new
 * one, never half of one.
 * @param {string} folder
 * @param {(html: string) => string} [rewrite]
 * @returns {Record<string, string[]>}
 */
export function hashesOfBuild(folder, rewrite) {
  return Object.fromEntries(
    htmlFiles(folder).map((file) => {
      const full = path.join(folder, file);
      const built = readFileSync(full, 'utf8');
      const html = rewrite ? rewrite(built) : built;
      if (html !== built) {
        const beside = `${full}.rewriting`;
        writeFileSync(beside, html);
        renameSync(beside, full);
      }
      return [pagePath(file), inlineScriptHashes(html)];
    }),
  );
}
