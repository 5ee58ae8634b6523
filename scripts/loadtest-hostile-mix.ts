/**
 * The hostile half of `npm run loadtest`: requests an attacker sends beside
 * the readers, each kind in turn: long paths, odd methods, oversized bodies,
 * distinct 404s, and a client cycling through every prerendered page (more
 * than a small page cache holds) to push the readers' pages out.
 */
import type { Request } from 'autocannon';

export const hostileKinds = ['slash run', 'long path', 'odd method', 'oversized body', 'distinct 404', 'cache cycling'] as const;

const slashRun = `/a${'/'.repeat(16_000)}b`;
const longPath = `/${'a'.repeat(8_000)}`;
const oddMethods = ['PUT', 'DELETE', 'TRACE', 'PROPFIND', 'PATCH', 'OPTIONS'] as const;
// Past the server's 16 KB limit, small enough not to saturate loopback: the refusal comes from the Content-Length.
const oversizedBody = Buffer.alloc(64 * 1024, 'a');

/** One autocannon request whose every call is the next hostile request; `pages` are all the prerendered pages. */
export function hostileRequest(pages: string[]): Request {
  let call = 0;
  return {
    setupRequest: (request) => {
      const n = call++;
      const kind = hostileKinds[n % hostileKinds.length];
      const base = { ...request, method: 'GET' as const, headers: {}, body: undefined };
      switch (kind) {
        case 'slash run':
          return { ...base, path: slashRun };
        case 'long path':
          return { ...base, path: longPath };
        case 'odd method':
          return { ...base, method: oddMethods[n % oddMethods.length], path: '/about' };
        case 'oversized body':
          return { ...base, method: 'POST', path: '/sleep-test', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: oversizedBody };
        case 'distinct 404':
          return { ...base, path: `/no-such-page-${n}` };
        default:
          return { ...base, path: pages[Math.floor(n / hostileKinds.length) % pages.length] };
      }
    },
  };
}
