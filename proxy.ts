/**
 * Runs before every page request:
 * - gives each page the Content-Security-Policy that allows exactly its own
 *   inline scripts (hashed at build time by scripts/write-csp-hashes.mjs), so
 *   script-src needs neither 'unsafe-inline' nor 'unsafe-eval';
 * - answers odd methods with 405 and malformed addresses with 400, so a
 *   hostile request never reaches a renderer that could fail with a 500.
 * The other security headers come from next.config.mjs.
 * @see https://nextjs.org/docs/app/guides/content-security-policy
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/policy.mjs';
import { staticPaths } from '@/lib/routes';
import { formPostPaths } from '@/lib/security/form-post-paths';

type HashManifest = Record<string, string[]>;
let manifest: HashManifest | undefined;

function pageHashes(page: string): string[] {
  manifest ??= JSON.parse(readFileSync(path.join(process.cwd(), '.next/csp-hashes.json'), 'utf8')) as HashManifest;
  // Any address that is not a built page is answered with the built 404 page.
  return manifest[page] ?? manifest['/_not-found'] ?? [];
}

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new NextResponse(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const page = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plain(400, 'Bad request: the address is not valid percent-encoding.');
  }
  const allowed = formPostPaths.includes(page) ? 'GET, HEAD, POST' : 'GET, HEAD';
  if (!allowed.split(', ').includes(request.method)) return plain(405, 'Method not allowed.', { Allow: allowed });

  // Files keep next.config's headers; development serves scripts React needs to eval, so pages get no policy there.
  if (/\.[a-z0-9]+$/i.test(page) || process.env.NODE_ENV !== 'production') return NextResponse.next();
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', contentSecurityPolicy({ scriptHashes: pageHashes(page), webAssembly: page === staticPaths.search }));
  return response;
}

export const config = {
  // Everything but Next's own hashed build files, so odd methods on public files get a 405 too.
  matcher: ['/((?!_next/static/).*)'],
};
