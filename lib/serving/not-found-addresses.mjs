/**
 * Which addresses Next can only answer with its prerendered 404 page, judged
 * from the build's own manifests, so the production server can replay that
 * page from memory instead of sending every distinct unknown address through
 * Next's router. Anything the manifests leave open (public files, Next's own
 * files and payloads, redirects, routes rendered on request) still goes to
 * Next; when in doubt, the answer is "not known to be a 404".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ redirects: { regex: string }[], staticRoutes: { page: string, regex: string }[], dynamicRoutes: { page: string, regex: string }[], rewrites?: unknown }} RoutesManifest
 * @typedef {{ routes: Record<string, unknown>, dynamicRoutes: Record<string, { fallback?: unknown }> }} PrerenderManifest
 */

/**
 * Next's internal pages: prerendered, yet never a reader's page (asked for directly, they are a 404).
 * @type {string[]}
 */
export const internalPages = ['/_not-found', '/_global-error'];

/** @param {unknown} rewrites routes-manifest's `rewrites`: a list, or lists by phase */
const hasRewrites = (rewrites) =>
  Array.isArray(rewrites) ? rewrites.length > 0 : Object.values(rewrites ?? {}).some((list) => Array.isArray(list) && list.length > 0);

/**
 * @param {{ routes: RoutesManifest, prerender: PrerenderManifest, publicFiles: Set<string> }} build
 * @returns {(pathname: string) => boolean} whether a (still encoded) path is known to be a 404
 */
export function notFoundTest({ routes, prerender, publicFiles }) {
  // A rewrite can give any address a page: nothing is known then.
  if (hasRewrites(routes.rewrites)) return () => false;
  const redirects = routes.redirects.map(({ regex }) => new RegExp(regex));
  const staticRoutes = routes.staticRoutes.filter(({ page }) => !internalPages.includes(page)).map(({ regex }) => new RegExp(regex));
  // Dynamic routes whose every page was prerendered (dynamicParams = false) answer anything else with the 404 page.
  const dynamicRoutes = routes.dynamicRoutes.map(({ page, regex }) => ({
    regex: new RegExp(regex),
    closed: prerender.dynamicRoutes[page]?.fallback === false,
  }));
  return (pathname) => {
    if (internalPages.includes(pathname)) return true;
    // Next's own files and payloads, and addresses it redirects to a cleaner form (repeated slashes), are its to answer.
    if (
      pathname in prerender.routes ||
      pathname.startsWith('/_next/') ||
      pathname.includes('.rsc') ||
      pathname.includes('.segments') ||
      pathname.includes('//')
    )
      return false;
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    if (publicFiles.has(decoded) || redirects.some((redirect) => redirect.test(pathname)) || staticRoutes.some((route) => route.test(pathname))) return false;
    const dynamic = dynamicRoutes.find((route) => route.regex.test(pathname));
    return dynamic ? dynamic.closed : true;
  };
}

/**
 * Every file under a folder, as the address it is served at.
 * @param {string} folder
 * @param {string} [prefix]
 * @returns {string[]}
 */
function servedFiles(folder, prefix = '') {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? servedFiles(path.join(folder, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

/**
 * The test for a built site in `root` (its .next manifests and public/ folder).
 * @param {string} root
 * @returns {(pathname: string) => boolean}
 */
export function notFoundTestForBuild(root) {
  /** @param {string} name */
  const read = (name) => JSON.parse(readFileSync(path.join(root, '.next', name), 'utf8'));
  return notFoundTest({
    routes: read('routes-manifest.json'),
    prerender: read('prerender-manifest.json'),
    publicFiles: new Set(servedFiles(path.join(root, 'public'))),
  });
}
