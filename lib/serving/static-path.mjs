/**
 * The static server's reading of an address: the one path it both looks up
 * `_headers` rules for and serves, so a page can never be served under a
 * spelling its rules do not match (`/.%2Fabout`, `/x%2F..%2Fsleep-test`).
 */
import path from 'node:path';
import { hostFileNames } from '../security/host-files.mjs';
import { maxPathLength, maxTargetLength, originForm, trimTrailingSlash } from './request-rules.mjs';

/** Next's internal pages, exported as files, yet not pages of the site. */
const internalPages = ['/_not-found', '/_global-error'];
const hidden = new Set([...hostFileNames.map((name) => `/${name}`), ...internalPages]);

/**
 * The normalised path for a request target, or the status to refuse it with:
 * 414 when too long, 400 when not an address, not valid percent-encoding or
 * holding a NUL. `hidden` marks the host's configuration files and Next's
 * internal pages, which are answered as not found.
 * @param {string} target
 * @returns {{ path: string, hidden: boolean } | { status: 400 | 414 }}
 */
export function staticPath(target) {
  if (target.length > maxTargetLength) return { status: 414 };
  const origin = originForm(target);
  if (origin === undefined) return { status: 400 };
  const query = origin.indexOf('?');
  const raw = query === -1 ? origin : origin.slice(0, query);
  if (raw.length > maxPathLength) return { status: 414 };
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  // Resolves "." and ".." segments and repeated slashes the way the file lookup would; "/.." stays at the root.
  const normalised = trimTrailingSlash(path.posix.normalize(decoded));
  return { path: normalised, hidden: hidden.has(normalised) };
}
