/**
 * Whether this build is the fully static export for any CDN
 * (`BUILD_TARGET=static`) rather than `next start` on a Node host. Features
 * that need a server (server actions, redirects, headers) check it.
 */
export const isStaticExport = process.env.BUILD_TARGET === 'static';
