import { contentSecurityPolicy, securityHeaders } from './lib/security/policy.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Covers and illustrations are SVG files with explicit sizes; nothing to optimise at request time.
  images: { unoptimized: true },
  // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/headers
  async headers() {
    // Every response gets these; proxy.ts replaces the CSP of each page with one that lists its inline scripts' hashes.
    return [{ source: '/:path*', headers: [...securityHeaders, { key: 'Content-Security-Policy', value: contentSecurityPolicy() }] }];
  },
};

export default nextConfig;
