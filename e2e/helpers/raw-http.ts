/** Requests sent exactly as written (no normalising of the path, any method, raw bytes), for the hostile-request specs. */
import { request as http, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

export type RawRequest = { name: string; method?: string; path: string; headers?: Record<string, string | number>; body?: Buffer | string };
export type RawAnswer = { status: number; headers: IncomingHttpHeaders; body: string; ms: number };

/** Sends one request with Node's client; status 0 when the server closed the connection before answering. */
export function send(baseURL: string, probe: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseURL);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http(
      { host: hostname, port, method: probe.method ?? 'GET', path: probe.path, headers: probe.headers, timeout: 10_000, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body = (body + chunk).slice(0, 100_000)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms: performance.now() - started }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${probe.name}: no answer within 10 s`)));
    req.on('error', (error: NodeJS.ErrnoException) =>
      ['ECONNRESET', 'EPIPE'].includes(error.code ?? '') ? resolve({ status: 0, headers: {}, body: '', ms: performance.now() - started }) : reject(error),
    );
    req.end(probe.body);
  });
}

/**
 * Opens a connection, writes `opening` at once, then one more byte of `trickle`
 * a second, and resolves when the server closes it: the seconds it took and
 * the status line it answered with, if any. Gives up after `giveUpMs`.
 */
export function slowClient(baseURL: string, opening: string, trickle: string, giveUpMs = 30_000): Promise<{ seconds: number; statusLine: string }> {
  const { hostname, port } = new URL(baseURL);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    let next = 0;
    socket.write(opening);
    const ticker = setInterval(() => socket.writable && socket.write(trickle[next++ % trickle.length]), 1_000);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(ticker);
      clearTimeout(giveUp);
      resolve({ seconds: (performance.now() - started) / 1000, statusLine: answer.split('\r\n')[0] });
    });
  });
}

/** The median of some numbers. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
