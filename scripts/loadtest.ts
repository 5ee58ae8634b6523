/**
 * `npm run loadtest`: a traffic spike against the production build. Starts
 * the production server (`npm start`, or plain `next start` with
 * --server=next-start) on 127.0.0.1, sends a mix of home, index, article and guide
 * requests over 100 connections for about a minute (bounded, loopback only),
 * and prints throughput, latency percentiles, errors, non-2xx answers and the
 * server's memory before and after. Run `npm run build` first.
 * Options: --seconds=50 --connections=100 --server=production|next-start
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { repoRoot, startNext, startProductionServer, treeRss } from './bench/processes';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '50' }, connections: { type: 'string', default: '100' }, server: { type: 'string', default: 'production' } },
});
const seconds = Math.min(Number(values.seconds), 120);
const slugs = (folder: string) => readdirSync(path.join(repoRoot, 'content', folder)).map((file) => file.replace(/\.mdx$/, ''));

/** The mix: a reader's session touches the home page, indexes, then articles and guides. */
const paths = ['/', '/articles', '/guides', ...slugs('articles').map((slug) => `/articles/${slug}`), ...slugs('guides').map((slug) => `/guides/${slug}`)];
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

if (!['production', 'next-start'].includes(values.server)) throw new Error(`--server must be production or next-start, not ${values.server}`);
const server = values.server === 'production' ? await startProductionServer() : await startNext();
try {
  // Warm every route once, so the figures are steady state rather than first render.
  for (const page of paths) await fetch(`${server.url}${page.slice(1)}`);
  const before = treeRss(server.pid);
  let next = 0;
  const result = await autocannon({
    url: server.url,
    connections: Number(values.connections),
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  const after = treeRss(server.pid);
  const rows = [
    ['server', values.server === 'production' ? 'npm start (Next behind the page cache)' : 'next start'],
    ['pages in the mix', String(paths.length)],
    ['connections', String(values.connections)],
    ['duration', `${seconds} s`],
    ['requests', String(result.requests.total)],
    ['throughput', `${result.requests.average.toFixed(0)} req/s (${(result.throughput.average / 2 ** 20).toFixed(1)} MB/s)`],
    ['latency p50 / p90 / p99 / max', `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms`],
    ['errors (connection, timeout)', `${result.errors} (${result.timeouts} timeouts)`],
    ['non-2xx answers', String(result.non2xx)],
    ['server memory before / after', `${megabytes(before)} / ${megabytes(after)}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
  process.exitCode = result.errors + result.timeouts + result.non2xx === 0 ? 0 : 1;
} finally {
  await server.stop();
}
