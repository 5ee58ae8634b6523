/**
 * Hostile and odd requests get a plain 400, 404, 405 or 431: never a 500, a
 * stack trace, or a file from outside the site.
 */
import { request as http } from 'node:http';
import { expect, test } from '@playwright/test';

type Probe = { name: string; method?: string; path: string; headers?: Record<string, string>; expect: number[] };

const article = '/articles/warm-bath-before-bed';
const probes: Probe[] = [
  { name: 'encoded traversal to /etc/passwd', path: '/..%2f..%2f..%2fetc%2fpasswd', expect: [400, 404] },
  { name: 'dot-segment traversal', path: '/%2e%2e/%2e%2e/etc/passwd', expect: [400, 404] },
  { name: 'traversal out of the static folder', path: '/_next/static/..%2f..%2fpackage.json', expect: [400, 404] },
  { name: 'traversal out of the images folder', path: '/images/..%2f..%2f..%2fpackage.json', expect: [400, 404] },
  { name: 'double-encoded traversal', path: '/%252e%252e/%252e%252e/package.json', expect: [400, 404] },
  { name: 'the project’s own files', path: '/package.json', expect: [404] },
  { name: 'environment file', path: '/.env', expect: [404] },
  { name: 'git metadata', path: '/.git/config', expect: [404] },
  { name: 'build internals', path: '/.next/server/app/index.html', expect: [404] },
  { name: 'a NUL byte', path: `${article}%00`, expect: [400, 404] },
  { name: 'malformed percent-encoding in a page address', path: '/articles/%E0%A4%A', expect: [400] },
  { name: 'a lone percent sign', path: '/%', expect: [400] },
  { name: 'an overlong path', path: `/${'a'.repeat(8_000)}`, expect: [404, 414] },
  // 0: the server answered 431 and closed the connection while the request was still being sent.
  { name: 'a path too long for the server', path: `/${'a'.repeat(70_000)}`, expect: [414, 431, 0] },
  { name: 'junk query string', path: `${article}?%00=%ff&a[]=<script>&${'x=1&'.repeat(500)}`, expect: [200] },
  { name: 'a huge header', path: '/', headers: { 'x-junk': 'a'.repeat(40_000) }, expect: [431] },
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'].map((method) => ({ name: `${method} to a page`, method, path: article, expect: [405] })),
  { name: 'DELETE to a static file', method: 'DELETE', path: '/icon.svg', expect: [404, 405] },
];

/** Sends the request as written (no normalising of the path), with Node's client. */
function send(baseURL: string, probe: Probe): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http({ host: hostname, port, method: probe.method ?? 'GET', path: probe.path, headers: probe.headers, timeout: 10_000, insecureHTTPParser: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body = (body + chunk).slice(0, 100_000)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`${probe.name}: no answer within 10 s`)));
    req.on('error', (error: NodeJS.ErrnoException) => (['ECONNRESET', 'EPIPE'].includes(error.code ?? '') ? resolve({ status: 0, body: '' }) : reject(error)));
    req.end();
  });
}

for (const probe of probes) {
  test(`${probe.name} gets ${probe.expect.map((status) => status || 'the connection closed').join(' or ')}`, { tag: '@static' }, async ({ baseURL }) => {
    const { status, body } = await send(baseURL!, probe);
    expect(probe.expect, `status ${status}`).toContain(status);
    expect(body, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(body, 'no file from outside the site').not.toMatch(/root:x:0:0|"name": "sleep-health-site"|\[core\]/);
  });
}

// Next itself fails on TRACE (its fetch-style request object cannot carry it);
// the production server (scripts/server.mjs) and the static host refuse it first.
test('TRACE gets 405 without echoing the request or leaking details', { tag: '@static' }, async ({ baseURL }) => {
  const { status, body } = await send(baseURL!, { name: 'TRACE', method: 'TRACE', path: article, headers: { cookie: 'secret=1' }, expect: [] });
  expect(status).toBe(405);
  expect(body).not.toContain('secret=1');
  expect(body).not.toMatch(/\n\s+at .+:\d+:\d+/);
});
