/**
 * Which requests the production server accepts, in one place: proxy.ts applies
 * them inside Next, and scripts/server.mjs applies them before Next, because
 * some methods (TRACE, for one) make Next fail with a 500 before proxy.ts runs.
 * Every step here is linear in the request's size, and an address too long to
 * be one of ours is refused before anything else looks at it.
 * Plain JavaScript so the server can import it without a build step.
 */

/**
 * Pages that accept a form POST: the sleep test's server action, which also serves readers without JavaScript.
 * @type {string[]}
 */
export const formPostPaths = ['/sleep-test'];

/** The longest path any page of ours needs is under 200 characters; a path past this is refused with 414. */
export const maxPathLength = 1024;
/** The longest request target (path and query string) taken; past it, 414. */
export const maxTargetLength = 8192;

/**
 * A path without its trailing slashes ("/" stays "/"). A loop, not /\/+$/, which backtracks quadratically on a run of slashes.
 * @param {string} pathname
 */
export function trimTrailingSlash(pathname) {
  let end = pathname.length;
  while (end > 1 && pathname.charCodeAt(end - 1) === 47) end -= 1;
  return end === pathname.length ? pathname : pathname.slice(0, end);
}

/**
 * The origin-form (path and query) of a request target. An absolute-form target
 * ("http://host/path", which HTTP/1.1 servers must accept) loses its scheme and
 * host, so no redirect built from it can point at another site. Undefined for a
 * target that is neither (such as "*").
 * @param {string} target
 */
export function originForm(target) {
  if (target.startsWith('/')) return target;
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!absolute) return undefined;
  const rest = target.slice(absolute[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The browser CMS's API, which saves with POST (lib/cms/admin-api.ts guards it; it answers 404 where the CMS is off). */
export const cmsApiPattern = /^\/api\/keystatic\//;

/**
 * The methods a path answers, as an Allow header value.
 * @param {string} pathname
 * @returns {'GET, HEAD' | 'GET, HEAD, POST'}
 */
export function allowedMethods(pathname) {
  return formPostPaths.includes(trimTrailingSlash(pathname)) || cmsApiPattern.test(pathname) ? 'GET, HEAD, POST' : 'GET, HEAD';
}

/** @typedef {{ status: 400 | 405 | 414, text: string, headers: Record<string, string> }} Rejection */

/**
 * @param {Rejection['status']} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 * @returns {Rejection}
 */
const plainRejection = (status, text, headers = {}) => ({ status, text, headers });

/**
 * The plain answer a request gets before any page is rendered, or undefined
 * when it may go on: 414 for an overlong address, 400 for an address that is
 * not valid percent-encoding, 405 for a method the path does not take.
 * @param {string} method
 * @param {string} pathname the raw (still encoded) path
 * @returns {Rejection | undefined}
 */
export function rejection(method, pathname) {
  if (pathname.length > maxPathLength) return plainRejection(414, 'URI too long.');
  try {
    decodeURIComponent(pathname);
  } catch {
    return plainRejection(400, 'Bad request: the address is not valid percent-encoding.');
  }
  const allowed = allowedMethods(pathname);
  if (!allowed.split(', ').includes(method)) return plainRejection(405, 'Method not allowed.', { Allow: allowed });
  return undefined;
}
