import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { applyConnectionLimits, limits, serverOptions } from './connection-limits.mjs';

describe('connection limits', () => {
  it('cut a slow client off well within 20 s', () => {
    // Node checks the timeouts every checkIntervalMs, so a client can last up to the timeout plus one interval.
    expect(limits.headersTimeoutMs + limits.checkIntervalMs).toBeLessThan(20_000);
    expect(limits.requestTimeoutMs + limits.checkIntervalMs).toBeLessThan(20_000);
    expect(limits.headersTimeoutMs).toBeLessThanOrEqual(limits.requestTimeoutMs);
  });

  it('are applied to a server, with the clientError answer', () => {
    const server = applyConnectionLimits(createServer(serverOptions));
    expect(server.headersTimeout).toBe(limits.headersTimeoutMs);
    expect(server.requestTimeout).toBe(limits.requestTimeoutMs);
    expect(server.keepAliveTimeout).toBe(limits.keepAliveTimeoutMs);
    expect(server.maxConnections).toBe(limits.maxConnections);
    expect(server.listenerCount('clientError')).toBe(1);
  });
});
