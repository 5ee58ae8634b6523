import { existsSync, readFileSync } from 'node:fs';

/** Written by `npm run content:redirects` (scripts/write-redirects.ts) from the posts' redirectFrom lists. */
const redirectsFile = '.contentlayer/redirects.json';

/** The content's permanent redirects; a static export cannot serve redirects, so it gets none. */
function contentRedirects() {
  if (process.env.BUILD_TARGET === 'static') return [];
  if (!existsSync(redirectsFile)) {
    throw new Error(`${redirectsFile} is missing: run "npm run content:redirects" before next (npm run build and npm run dev do).`);
  }
  return JSON.parse(readFileSync(redirectsFile, 'utf8'));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Covers and illustrations are SVG files with explicit sizes; nothing to optimise at request time.
  images: { unoptimized: true },
  // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/redirects
  async redirects() {
    return contentRedirects();
  },
};

export default nextConfig;
