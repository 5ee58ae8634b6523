/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Covers and illustrations are SVG files with explicit sizes; nothing to optimise at request time.
  images: { unoptimized: true },
};

export default nextConfig;
