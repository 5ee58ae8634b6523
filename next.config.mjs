import { availableParallelism } from 'node:os';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { cmsRoutesInBuild } from './lib/cms/storage.mjs';
import { contentSecurityPolicy, securityHeaders } from './lib/security/policy.mjs';
import { readBuildInputs } from './tooling/build/build-inputs-file.mjs';

/**
 * The content swap: production builds read contentlayer's output from disk
 * rather than bundling it, so lib/content/queries.ts's import of
 * `contentlayer/generated` resolves to lib/content/generated-from-disk.ts;
 * dev keeps the import so a saved MDX file refreshes the page.
 */
const contentSource = { 'contentlayer/generated': './lib/content/generated-from-disk.ts' };

const shared = {
  reactStrictMode: true,
  // Default page extensions: the browser CMS's routes (*.cms.tsx, *.cms.ts) are no routes here.
  pageExtensions: ['tsx', 'ts', 'jsx', 'js'],
  experimental: {
    // The 404 is its own document (app/global-not-found.tsx), not a part of every page's payload.
    globalNotFound: true,
    // Next sizes every page's prefetch segments by gzipping them, to inline the small ones into one prefetch
    // response. No page prefetches (links are plain anchors, components/site-link.tsx), so that was work for
    // nothing: rendering 1,000 articles' pages took 31–33 busy core-seconds without it, 37–41 with it.
    prefetchInlining: false,
    // Next renders pages in cores − 1 workers by default, but the build's main process only waits
    // meanwhile: every core can render (a 1,000-article build on 2 cores renders about 1.7× faster).
    cpus: availableParallelism(),
  },
  poweredByHeader: false,
  // `npm run typecheck` checks types (npm test runs it first, and so does CI); the build does not
  // repeat it, which at 1,000 articles took 7 s of a build whose budget is 60 s.
  // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/typescript
  typescript: { ignoreBuildErrors: true },
  // Covers and illustrations are SVG files with explicit sizes; nothing to optimise at request time.
  images: { unoptimized: true },
};

/**
 * `npm run build:static`: every page as files in out/ for any CDN. Headers and
 * redirects cannot be served by Next there; scripts/write-host-files.mjs
 * writes them in the hosts' own formats instead.
 * @see https://nextjs.org/docs/app/guides/static-exports
 * @type {import('next').NextConfig}
 */
const staticExportConfig = {
  ...shared,
  output: 'export',
  distDir: 'out',
  // Server actions cannot be exported: the sleep test's no-JavaScript action is swapped for a stand-in.
  turbopack: { resolveAlias: { ...contentSource, '@/app/(site)/sleep-test/actions': './lib/sleep-test/static-export-action.ts' } },
};

/**
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  if (process.env.BUILD_TARGET === 'static') return staticExportConfig;
  // The dev server needs inline scripts and eval for hot reloading; the script policy is for production.
  const production = phase !== PHASE_DEVELOPMENT_SERVER;
  /** @param {{ webAssembly?: boolean }} [options] */
  const policy = (options) => (production ? [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(options) }] : []);
  return {
    ...shared,
    // The browser CMS's routes (app/keystatic, app/api/keystatic) exist under `next dev` and in a server build for a
    // deployment that can run the CMS (lib/cms/storage.mjs), never in the static export.
    pageExtensions: production && !cmsRoutesInBuild() ? shared.pageExtensions : [...shared.pageExtensions, 'cms.tsx', 'cms.ts'],
    ...(production ? { turbopack: { resolveAlias: contentSource } } : {}),
    // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/redirects
    // The posts' redirectFrom addresses, from the content pre-step (`npm run content:prepare`).
    async redirects() {
      return readBuildInputs().redirects;
    },
    // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/headers
    async headers() {
      // Every response gets these; proxy.ts replaces the CSP of each page with one that lists its inline scripts' hashes.
      return [
        { source: '/:path*', headers: [...securityHeaders, ...policy()] },
        // Pagefind's worker compiles the search index's WebAssembly under its own response's policy.
        ...(production ? [{ source: '/pagefind/:path*', headers: policy({ webAssembly: true }) }] : []),
      ];
    },
  };
}
