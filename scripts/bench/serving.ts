/**
 * Serving: requests per second and p99 latency for one article page from
 * `next start`, beside the same HTML from a minimal static server (the
 * limit), in the same run. Loopback only, bounded in time.
 */
import { createServer } from 'node:http';
import autocannon from 'autocannon';

export type LoadResult = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number };
export type ServingResult = { next: LoadResult; staticServer: LoadResult; ratio: number };

export async function load(url: string, seconds = 10, connections = 50): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds });
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** Loads the Next page, then the same bytes from a plain server, one after the other. */
export async function measureServing(nextUrl: string, seconds = 10): Promise<ServingResult> {
  const response = await fetch(nextUrl);
  const html = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? 'text/html; charset=utf-8';
  const next = await load(nextUrl, seconds);
  const server = createServer((_request, reply) => {
    reply.writeHead(200, { 'content-type': contentType, 'content-length': html.length });
    reply.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const staticServer = await load(`http://127.0.0.1:${port}/`, seconds);
    return { next, staticServer, ratio: next.requestsPerSecond / staticServer.requestsPerSecond };
  } finally {
    server.close();
  }
}
