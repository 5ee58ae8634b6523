/**
 * The Content-Security-Policy of the CMS's pages and API in production. The
 * admin is rendered per request and Next's inline scripts differ each time,
 * so they cannot be hashed like the readers' pages; no eval is allowed, and
 * the only other hosts are the ones GitHub storage talks to.
 */
export const adminContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' https://api.github.com",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self' https://github.com",
].join('; ');
