import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security/policy.mjs';
import { answerClientError, answerHeaders, sendPlain } from './answer-headers.mjs';

describe('answerHeaders', () => {
  it('are the shared security headers with the strict CSP', () => {
    for (const { key, value } of securityHeaders) expect(answerHeaders[key]).toBe(value);
    expect(answerHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(answerHeaders['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('sendPlain', () => {
  it('answers with the shared headers, its own length, and closes when asked', () => {
    const sent: { status?: number; headers?: Record<string, string>; body?: string } = {};
    const response = {
      req: { method: 'GET' },
      writeHead: (status: number, headers: Record<string, string>) => Object.assign(sent, { status, headers }),
      end: (body?: string) => (sent.body = body),
    } as unknown as ServerResponse;
    sendPlain(response, 413, 'Content too large.', {}, true);
    expect(sent.status).toBe(413);
    expect(sent.headers).toMatchObject({ ...answerHeaders, 'content-length': '19', connection: 'close' });
    expect(sent.body).toBe('Content too large.\n');
  });
});

describe('answerClientError', () => {
  const socket = (inFlight?: { headersSent: boolean }) => {
    const written: string[] = [];
    const fake = Object.assign(new EventEmitter(), {
      writable: true,
      destroyed: false,
      _httpMessage: inFlight,
      end: (text: string) => written.push(text),
      destroy: () => (fake.destroyed = true),
    });
    return { socket: fake as unknown as Duplex & { destroyed: boolean }, written };
  };
  const error = (code: string) => Object.assign(new Error(code), { code });

  it("answers Node's refusals as Node does, with the shared headers, and closes", () => {
    for (const [code, status] of [
      ['HPE_HEADER_OVERFLOW', '431'],
      ['ERR_HTTP_REQUEST_TIMEOUT', '408'],
      ['HPE_INVALID_METHOD', '400'],
    ] as const) {
      const { socket: fake, written } = socket();
      answerClientError(error(code), fake);
      expect(written[0]).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(written[0]).toContain(`Content-Security-Policy: ${answerHeaders['Content-Security-Policy']}\r\n`);
      expect(written[0]).toContain('X-Content-Type-Options: nosniff\r\n');
      expect(written[0]).toContain('Connection: close\r\n');
    }
  });

  it('never writes into a response already under way, or to a reset connection', () => {
    for (const [fake, code] of [
      [socket({ headersSent: true }), 'ERR_HTTP_REQUEST_TIMEOUT'],
      [socket(), 'ECONNRESET'],
    ] as const) {
      answerClientError(error(code), fake.socket);
      expect(fake.written).toEqual([]);
      expect(fake.socket.destroyed).toBe(true);
    }
  });
});
