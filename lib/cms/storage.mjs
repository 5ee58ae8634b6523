/**
 * Where the browser CMS reads and writes: the files of this checkout under
 * `npm run dev`, or a GitHub repository on a deployment that names one with
 * all of Keystatic's GitHub app variables. Anywhere else the CMS is off, and
 * /keystatic and /api/keystatic/* answer 404.
 *
 * Plain JavaScript, since next.config.mjs also asks it, to decide whether a
 * build compiles the CMS's routes at all.
 */

/** @typedef {{ kind: 'local' } | { kind: 'github', repo: `${string}/${string}` }} CmsStorage */

/** The environment variables that turn on GitHub storage; Keystatic reads the last three itself. */
export const githubStorageVariables = /** @type {const} */ ([
  'KEYSTATIC_GITHUB_REPO',
  'KEYSTATIC_GITHUB_CLIENT_ID',
  'KEYSTATIC_GITHUB_CLIENT_SECRET',
  'KEYSTATIC_SECRET',
]);

const repoPattern = /^[\w.-]+\/[\w.-]+$/;

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {CmsStorage | undefined}
 */
export function cmsStorage(env = process.env) {
  const repo = env.KEYSTATIC_GITHUB_REPO ?? '';
  if (githubStorageVariables.every((name) => env[name]) && repoPattern.test(repo)) return { kind: 'github', repo: /** @type {`${string}/${string}`} */ (repo) };
  return env.NODE_ENV === 'development' ? { kind: 'local' } : undefined;
}

/**
 * Whether a production build compiles the CMS's routes (app/keystatic/*.cms.tsx,
 * app/api/keystatic/*.cms.ts): only for a deployment with GitHub storage, or
 * when asked with CMS_ROUTES=1 (`npm run build -- --with-cms`, as the browser
 * tests' build is, to check the admin both off and on). A reader-only build
 * then holds none of the CMS's code, and compiles about 5 s faster.
 * @param {Record<string, string | undefined>} [env]
 */
export const cmsRoutesInBuild = (env = process.env) => env.CMS_ROUTES === '1' || cmsStorage(env)?.kind === 'github';

/**
 * The CMS's own addresses: the admin and its API.
 * @param {string} pathname
 */
export const isCmsPath = (pathname) => /^\/(?:api\/)?keystatic(?:\/|$)/.test(pathname);
