/**
 * Which requests the production server accepts, in one place: proxy.ts applies
 * them inside Next, and scripts/server.mjs applies them before Next, because
 * some methods (TRACE, for one) make Next fail with a 500 before proxy.ts runs.
 * Plain JavaScript so the server can import it without a build step.
 */

/** Pages that accept a form POST: the sleep test's server action, which also serves readers without JavaScript. */
export const formPostPaths = ['/sleep-test'];

/** A path without its trailing slashes ("/" stays "/"). */
export const trimTrailingSlash = (pathname) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

/** The browser CMS's API, which saves with POST (lib/cms/admin-api.ts guards it; it answers 404 where the CMS is off). */
export const cmsApiPattern = /^\/api\/keystatic\//;

/** The methods a path answers, as an Allow header value. */
export function allowedMethods(pathname) {
  return formPostPaths.includes(trimTrailingSlash(pathname)) || cmsApiPattern.test(pathname) ? 'GET, HEAD, POST' : 'GET, HEAD';
}

/**
 * The plain answer a request gets before any page is rendered, or undefined
 * when it may go on: 405 for a method the path does not take, 400 for an
 * address that is not valid percent-encoding.
 * @param {string} method
 * @param {string} pathname the raw (still encoded) path
 */
export function rejection(method, pathname) {
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, text: 'Bad request: the address is not valid percent-encoding.', headers: {} };
  }
  const allowed = allowedMethods(pathname);
  if (!allowed.split(', ').includes(method)) return { status: 405, text: 'Method not allowed.', headers: { Allow: allowed } };
  return undefined;
}
