import { describe, expect, it } from 'vitest';
import { cmsRoutesInBuild, cmsStorage, isCmsPath } from './storage.mjs';

describe('where the CMS saves', () => {
  it('writes the local files under npm run dev', () => {
    expect(cmsStorage({ NODE_ENV: 'development' })).toEqual({ kind: 'local' });
  });

  /** A deployment configured for GitHub storage: Keystatic's GitHub mode needs all four. */
  const github = {
    KEYSTATIC_GITHUB_REPO: 'example/calm-nights',
    KEYSTATIC_GITHUB_CLIENT_ID: 'Iv1.x',
    KEYSTATIC_GITHUB_CLIENT_SECRET: 's',
    KEYSTATIC_SECRET: 'k',
  };

  it('is off in production without GitHub storage, or with only part of it', () => {
    expect(cmsStorage({ NODE_ENV: 'production' })).toBeUndefined();
    expect(cmsStorage({ NODE_ENV: 'production', ...github, KEYSTATIC_SECRET: '' })).toBeUndefined();
    expect(cmsStorage({ NODE_ENV: 'production', ...github, KEYSTATIC_GITHUB_REPO: 'not a repository' })).toBeUndefined();
  });

  it('commits to the named repository when all four variables are set', () => {
    expect(cmsStorage({ NODE_ENV: 'production', ...github })).toEqual({ kind: 'github', repo: 'example/calm-nights' });
  });

  it('is compiled into a production build only for GitHub storage, or when asked', () => {
    expect(cmsRoutesInBuild({})).toBe(false);
    expect(cmsRoutesInBuild({ ...github, KEYSTATIC_SECRET: '' })).toBe(false);
    expect(cmsRoutesInBuild({ CMS_ROUTES: '0' })).toBe(false);
    expect(cmsRoutesInBuild(github)).toBe(true);
    expect(cmsRoutesInBuild({ CMS_ROUTES: '1' })).toBe(true);
  });

  it('knows its own addresses', () => {
    expect(['/keystatic', '/keystatic/collection/articles', '/api/keystatic/update'].every(isCmsPath)).toBe(true);
    expect(['/keystatically', '/articles/keystatic', '/api/other'].some(isCmsPath)).toBe(false);
  });
});
