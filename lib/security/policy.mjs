/**
 * The site's security headers, in one place: next.config.mjs sends them on
 * every response, proxy.ts adds each page's script hashes to the CSP, and the
 * static build writes the same policy into the CDN and nginx files.
 * Plain JavaScript so next.config.mjs and the build scripts can import it.
 */

/**
 * The Content-Security-Policy. Scripts run only from this origin or when an
 * inline script's SHA-256 hash (computed from the built HTML) is listed; no
 * 'unsafe-inline' and no 'unsafe-eval' for scripts. Styles allow inline
 * attributes because React writes style="" for a few layout values.
 * `webAssembly` lets a page compile WebAssembly (the search page's Pagefind
 * index), which is not arbitrary eval.
 * @param {{ scriptHashes?: string[], webAssembly?: boolean }} [options]
 */
export function contentSecurityPolicy({ scriptHashes = [], webAssembly = false } = {}) {
  const scripts = ["'self'", ...(webAssembly ? ["'wasm-unsafe-eval'"] : []), ...scriptHashes.map((hash) => `'${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Headers every response carries, except the CSP's page-specific hashes. */
export const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];
