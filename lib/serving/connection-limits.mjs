/**
 * Time and connection limits for a server of pages, shared by `npm start` and
 * the static server. Node's defaults suit an API behind a proxy: a client
 * sending its headers a byte a second was only cut off after 72–90 s, a slow
 * body after 300 s, and connections were unlimited. A reader's browser sends
 * a request's headers in one packet and its only body (the sleep test's form)
 * is a few hundred bytes.
 */
import { answerClientError } from './answer-headers.mjs';

export const limits = Object.freeze({
  /** All of a request's headers must arrive within this. */
  headersTimeoutMs: 10_000,
  /** The whole request, body included. */
  requestTimeoutMs: 15_000,
  /** An idle kept-alive connection closes after this. */
  keepAliveTimeoutMs: 5_000,
  /** How often Node checks the two timeouts above (its default, 30 s, would let a slow client stay 40 s). */
  checkIntervalMs: 1_000,
  /** Connections held at once; past it, new ones are closed at once. */
  maxConnections: 1_024,
});

/** Options for http.createServer. */
export const serverOptions = Object.freeze({
  headersTimeout: limits.headersTimeoutMs,
  requestTimeout: limits.requestTimeoutMs,
  keepAliveTimeout: limits.keepAliveTimeoutMs,
  connectionsCheckingInterval: limits.checkIntervalMs,
});

/**
 * Applies the limits that are not createServer options, and answers Node's own
 * refusals (400, 408, 431) with the shared security headers.
 * @param {import('node:http').Server} server
 */
export function applyConnectionLimits(server) {
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.on('clientError', answerClientError);
  return server;
}
