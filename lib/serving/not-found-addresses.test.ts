import { describe, expect, it } from 'vitest';
import { notFoundTest, type PrerenderManifest, type RoutesManifest } from './not-found-addresses.mjs';

const routes: RoutesManifest = {
  redirects: [{ regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))/$' }, { regex: '^/old-post(?:/)?$' }],
  staticRoutes: [
    { page: '/', regex: '^/(?:/)?$' },
    { page: '/_not-found', regex: '^/_not\\-found(?:/)?$' },
    { page: '/live', regex: '^/live(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/articles/[slug]', regex: '^/articles/([^/]+?)(?:/)?$' },
    { page: '/api/[name]', regex: '^/api/([^/]+?)(?:/)?$' },
  ],
  rewrites: { beforeFiles: [], afterFiles: [], fallback: [] },
};
const prerender: PrerenderManifest = {
  routes: { '/': {}, '/articles/warm-bath': {}, '/_not-found': {} },
  dynamicRoutes: { '/articles/[slug]': { fallback: false } },
};
const isNotFound = notFoundTest({ routes, prerender, publicFiles: new Set(['/logo.svg', '/images/moon night.svg']) });

describe('notFoundTest', () => {
  it('knows unknown addresses, unknown posts and internal pages as the 404 page', () => {
    for (const path of ['/nope', '/a/b/c', '/articles/nope', '/_not-found', '/_global-error']) expect(isNotFound(path), path).toBe(true);
  });

  it('leaves pages, files, redirects, payloads and routes rendered on request to Next', () => {
    for (const path of [
      '/',
      '/articles/warm-bath',
      '/logo.svg',
      '/images/moon%20night.svg',
      '/_next/static/x.js',
      '/nope/',
      '/old-post',
      '/live',
      '/api/x',
      '/articles/warm-bath.rsc',
      '/x.segments/_tree.segment.rsc',
      '//evil.example',
      '/%zz',
    ]) {
      expect(isNotFound(path), path).toBe(false);
    }
  });

  it('knows nothing when a rewrite could give any address a page', () => {
    const rewriting = notFoundTest({
      routes: { ...routes, rewrites: { beforeFiles: [{ source: '/:path*' }], afterFiles: [], fallback: [] } },
      prerender,
      publicFiles: new Set(),
    });
    expect(rewriting('/nope')).toBe(false);
  });
});
