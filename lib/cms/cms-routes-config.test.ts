import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nextConfig from '../../next.config.mjs';

const cmsExtensions = ['cms.tsx', 'cms.ts'];
const extensions = (phase: string) => nextConfig(phase).pageExtensions ?? [];

afterEach(() => vi.unstubAllEnvs());

describe("the CMS's routes in Next's configuration", () => {
  it('are routes under next dev', () => {
    expect(extensions(PHASE_DEVELOPMENT_SERVER)).toEqual(expect.arrayContaining(cmsExtensions));
  });

  it('are no routes in a reader build, so none of their code is compiled', () => {
    vi.stubEnv('CMS_ROUTES', '');
    vi.stubEnv('KEYSTATIC_GITHUB_REPO', '');
    expect(extensions(PHASE_PRODUCTION_BUILD)).not.toContain('cms.tsx');
    expect(extensions(PHASE_PRODUCTION_BUILD)).not.toContain('cms.ts');
  });

  it('are routes in a build for GitHub storage', () => {
    vi.stubEnv('KEYSTATIC_GITHUB_REPO', 'example/calm-nights');
    vi.stubEnv('KEYSTATIC_GITHUB_CLIENT_ID', 'Iv1.x');
    vi.stubEnv('KEYSTATIC_GITHUB_CLIENT_SECRET', 's');
    vi.stubEnv('KEYSTATIC_SECRET', 'k');
    expect(extensions(PHASE_PRODUCTION_BUILD)).toEqual(expect.arrayContaining(cmsExtensions));
  });

  it('are never routes in the static export', () => {
    vi.stubEnv('CMS_ROUTES', '1');
    vi.stubEnv('BUILD_TARGET', 'static');
    expect(extensions(PHASE_PRODUCTION_BUILD)).not.toContain('cms.tsx');
  });
});
