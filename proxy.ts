/**
 * Runs before every page request:
 * - gives each page the Content-Security-Policy that allows exactly its own
 *   inline scripts (hashed at build time by scripts/write-csp-hashes.mjs), so
 *   script-src needs neither 'unsafe-inline' nor 'unsafe-eval';
 * - answers odd methods with 405 and malformed addresses with 400
 *   (lib/serving/request-rules.mjs, which scripts/server.mjs also applies
 *   before Next), so a hostile request never reaches a renderer.
 * The other security headers come from next.config.mjs.
 * @see https://nextjs.org/docs/app/guides/content-security-policy
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/policy.mjs';
import { adminContentSecurityPolicy } from '@/lib/cms/admin-policy';
import { cmsStorage, isCmsPath } from '@/lib/cms/storage.mjs';
import { staticPaths } from '@/lib/routes';
import { rejection, trimTrailingSlash } from '@/lib/serving/request-rules.mjs';

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
  const page = trimTrailingSlash(pathname);
  const rejected = rejection(request.method, pathname);
  if (rejected) return plain(rejected.status, rejected.text, rejected.headers);

  if (isCmsPath(page)) {
    // The browser CMS: off unless GitHub storage is configured (or under npm run dev), and under its own policy.
    if (!cmsStorage()) return plain(404, 'Not Found');
    const admin = NextResponse.next();
    if (process.env.NODE_ENV === 'production') admin.headers.set('Content-Security-Policy', adminContentSecurityPolicy);
    return admin;
  }
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
