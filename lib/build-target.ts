/**
 * Which deployment this build is for: `next start` on a Node host (the
 * default), or a fully static export for any CDN (`BUILD_TARGET=static`).
 * Features that need a server (server actions, redirects, headers) check it.
 */
export const buildTarget: 'server' | 'static' = process.env.BUILD_TARGET === 'static' ? 'static' : 'server';

export const isStaticExport = buildTarget === 'static';
