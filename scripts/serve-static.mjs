#!/usr/bin/env node
/**
 * A plain static file server for out/, behaving as a CDN would with the host
 * files the build wrote: pretty addresses (/x serves x.html), the `_headers`
 * and `_redirects` rules, 404.html for anything else, GET and HEAD only.
 * Rules are matched on the same normalised path that is served
 * (lib/serving/static-path.mjs); the host files themselves are never served.
 * Its own answers carry the shared security headers, and slow clients are cut
 * off as by `npm start` (lib/serving/connection-limits.mjs).
 * Loopback only. Usage: node scripts/serve-static.mjs [dir] [port]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { sendPlain } from '../lib/serving/answer-headers.mjs';
import { applyConnectionLimits, serverOptions } from '../lib/serving/connection-limits.mjs';
import { hasBody } from '../lib/serving/request-body.mjs';
import { staticPath } from '../lib/serving/static-path.mjs';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.argv[3] ?? 3300);
/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.rsc': 'text/x-component',
};

/** @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule */

/**
 * `_headers` rules: a path (with an optional trailing *) and its headers.
 * @returns {HeaderRule[]}
 */
function readHeaderRules() {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return [];
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [key, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([key, value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * `_redirects` rules: an old address, where it now is, and the status.
 * @returns {Map<string, { destination: string, status: number }>}
 */
function readRedirects() {
  const file = path.join(root, '_redirects');
  if (!existsSync(file)) return new Map();
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [source, destination, status] = line.split(/\s+/);
        return /** @type {const} */ ([source, { destination, status: Number(status) }]);
      }),
  );
}

const headerRules = readHeaderRules();
const redirects = readRedirects();
/** @type {(pattern: string, urlPath: string) => boolean} */
const matches = (pattern, urlPath) => (pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : pattern === urlPath);
// Header names are case-insensitive: later rules replace earlier ones and the defaults.
/** @type {(urlPath: string) => Record<string, string>} */
const headersFor = (urlPath) =>
  Object.fromEntries(
    headerRules.filter((rule) => matches(rule.pattern, urlPath)).flatMap((rule) => rule.headers.map(([key, value]) => [key.toLowerCase(), value])),
  );

/**
 * The file for an address, trying the address itself, then .html, then index.html; never outside root.
 * @param {string} urlPath
 */
function fileFor(urlPath) {
  for (const candidate of [urlPath, `${urlPath}.html`, path.join(urlPath, 'index.html')]) {
    const full = path.join(root, candidate);
    if (full !== root && !full.startsWith(`${root}${path.sep}`)) return undefined;
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

const reasons = { 400: 'Bad request.', 414: 'URI too long.' };

const server = createServer(serverOptions, (request, response) => {
  // A body is never read here: the connection closes after the answer instead of taking it in.
  const close = hasBody(request.headers);
  if (!['GET', 'HEAD'].includes(request.method ?? '')) return sendPlain(response, 405, 'Method not allowed.', { allow: 'GET, HEAD' }, close);
  const address = staticPath(request.url ?? '/');
  if ('status' in address) return sendPlain(response, address.status, reasons[address.status], {}, close);
  const redirect = redirects.get(address.path);
  if (redirect) {
    response.writeHead(redirect.status, { location: redirect.destination, ...headersFor(address.path) });
    return response.end();
  }
  const file = address.hidden ? undefined : fileFor(address.path);
  const served = file ?? path.join(root, '404.html');
  const headersPath = file ? address.path : '/404';
  response.writeHead(file ? 200 : 404, { 'content-type': types[path.extname(served)] ?? 'application/octet-stream', ...headersFor(headersPath) });
  if (request.method === 'HEAD') return response.end();
  createReadStream(served).pipe(response);
});

// Port 0 picks a free port; the line names the one it got.
applyConnectionLimits(server).listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`serving ${root} at http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`);
});
