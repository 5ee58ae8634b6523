/**
 * Where the browser CMS reads and writes: the files of this checkout under
 * `npm run dev`, or a GitHub repository on a deployment that names one with
 * all of Keystatic's GitHub app variables. Anywhere else the CMS is off, and
 * /keystatic and /api/keystatic/* answer 404.
 */
export type CmsStorage = { kind: 'local' } | { kind: 'github'; repo: `${string}/${string}` };

/** The environment variables that turn on GitHub storage; Keystatic reads the last three itself. */
export const githubStorageVariables = ['KEYSTATIC_GITHUB_REPO', 'KEYSTATIC_GITHUB_CLIENT_ID', 'KEYSTATIC_GITHUB_CLIENT_SECRET', 'KEYSTATIC_SECRET'] as const;

const repoPattern = /^[\w.-]+\/[\w.-]+$/;

export function cmsStorage(env: Record<string, string | undefined> = process.env): CmsStorage | undefined {
  const repo = env.KEYSTATIC_GITHUB_REPO ?? '';
  if (githubStorageVariables.every((name) => env[name]) && repoPattern.test(repo)) return { kind: 'github', repo: repo as `${string}/${string}` };
  return env.NODE_ENV === 'development' ? { kind: 'local' } : undefined;
}

/** The CMS's own addresses: the admin and its API. */
export const isCmsPath = (pathname: string) => /^\/(?:api\/)?keystatic(?:\/|$)/.test(pathname);
