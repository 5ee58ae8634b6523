/**
 * `npm run loadtest`: a traffic spike against the production build, then the
 * same spike with an attack beside it. Starts the production server (`npm
 * start`, or plain `next start` with --server=next-start) on 127.0.0.1 and
 * sends a mix of home, index, article and guide requests over 100
 * connections (bounded, loopback only): first alone (the clean run), then
 * while 20 more connections send the hostile mix (scripts/loadtest-hostile-mix.ts).
 * Prints throughput, latency percentiles, errors and non-2xx answers for
 * each run, the readers' p99 under attack against the clean run (target:
 * within 2×), and the server's memory. Run `npm run build` first.
 * Options: --seconds=30 (each run) --connections=100 --hostile-connections=20
 *          --server=production|next-start --cache-mb=4 (PAGE_CACHE_MB, smaller than the site)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { prerenderedPages } from './bench/page-cache-pages';
import { freePort, repoRoot, startNext, startServer, treeRss } from './bench/processes';
import { hostileRequest } from './loadtest-hostile-mix';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '100' },
    'hostile-connections': { type: 'string', default: '20' },
    server: { type: 'string', default: 'production' },
    'cache-mb': { type: 'string', default: '4' },
  },
});
const seconds = Math.min(Number(values.seconds), 120);
const slugs = (folder: string) => readdirSync(path.join(repoRoot, 'content', folder)).map((file) => file.replace(/\.mdx$/, ''));

/** The readers' mix: a reader's session touches the home page, indexes, then articles and guides. */
const paths = ['/', '/articles', '/guides', ...slugs('articles').map((slug) => `/articles/${slug}`), ...slugs('guides').map((slug) => `/guides/${slug}`)];
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function readers(url: string) {
  let next = 0;
  return autocannon({
    url,
    connections: Number(values.connections),
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
}

if (!['production', 'next-start'].includes(values.server)) throw new Error(`--server must be production or next-start, not ${values.server}`);
const port = await freePort();
const server =
  values.server === 'production'
    ? await startServer('node', ['scripts/server.mjs'], repoRoot, `http://127.0.0.1:${port}/`, { PORT: String(port), PAGE_CACHE_MB: values['cache-mb'] })
    : await startNext();
try {
  // Warm every route once, so the figures are steady state rather than first render.
  for (const page of paths) await fetch(`${server.url}${page.slice(1)}`);
  const before = treeRss(server.pid);
  const clean = await readers(server.url);
  const afterClean = treeRss(server.pid);
  const [underAttack, hostile] = await Promise.all([
    readers(server.url),
    autocannon({
      url: server.url,
      connections: Number(values['hostile-connections']),
      duration: seconds,
      requests: [hostileRequest(prerenderedPages(repoRoot))],
    }),
  ]);
  const after = treeRss(server.pid);

  const run = (result: autocannon.Result) => [
    `${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s`,
    `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms`,
    `${result.errors} (${result.timeouts} timeouts)`,
    String(result.non2xx),
  ];
  const [cleanRun, attackRun, hostileRun] = [run(clean), run(underAttack), run(hostile)];
  const statuses = Object.entries(hostile.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}: ${count}`)
    .join(', ');
  const ratio = underAttack.latency.p99 / Math.max(clean.latency.p99, 1);
  const rows = [
    ['server', values.server === 'production' ? `npm start (Next behind the page cache, PAGE_CACHE_MB=${values['cache-mb']})` : 'next start'],
    ['readers', `${paths.length} pages over ${values.connections} connections, ${seconds} s a run`],
    [
      'hostile mix',
      `${values['hostile-connections']} connections: 16 KB slash runs, 8 KB paths, odd methods, 64 KB bodies, distinct 404s, cycling through every page`,
    ],
    ['', 'clean run | readers under attack | hostile mix'],
    ['requests', `${cleanRun[0]} | ${attackRun[0]} | ${hostileRun[0]}`],
    ['latency p50 / p90 / p99 / max', `${cleanRun[1]} | ${attackRun[1]} | ${hostileRun[1]}`],
    ['errors (connection, timeout)', `${cleanRun[2]} | ${attackRun[2]} | ${hostileRun[2]}`],
    ['non-2xx answers', `${cleanRun[3]} | ${attackRun[3]} | ${hostileRun[3]} (${statuses})`],
    ["readers' p99 under attack / clean", `${ratio.toFixed(2)}× (target within 2×: ${ratio <= 2 ? 'met' : 'missed'})`],
    ['server memory before / after clean / after attack', `${megabytes(before)} / ${megabytes(afterClean)} / ${megabytes(after)}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
  // Readers must never see an error; the hostile mix is refused by design.
  process.exitCode = [clean, underAttack].every((result) => result.errors + result.timeouts + result.non2xx === 0) ? 0 : 1;
} finally {
  await server.stop();
}
