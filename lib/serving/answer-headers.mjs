/**
 * The shared security headers for answers that are not pages: both servers'
 * own 400/405/413/414, Node's 400/408/431 and Next's redirects. A page's own
 * CSP (with its script hashes) replaces the strict one here; nothing of ours
 * is served without these.
 */
import { contentSecurityPolicy, securityHeaders } from '../security/policy.mjs';

/**
 * Header name → value, for writeHead and setHeader.
 * @type {Readonly<Record<string, string>>}
 */
export const answerHeaders = Object.freeze({
  ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
  'Content-Security-Policy': contentSecurityPolicy(),
});

/**
 * Sets the shared headers on a response before anything else answers it; a later setHeader (a page's CSP) replaces them.
 * @param {import('node:http').ServerResponse} response
 */
export function presetAnswerHeaders(response) {
  for (const [name, value] of Object.entries(answerHeaders)) response.setHeader(name, value);
}

/**
 * A plain-text answer with the shared headers. `close` ends the connection
 * after it, for answers sent while the request's body is still arriving.
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 * @param {boolean} [close]
 */
export function sendPlain(response, status, text, headers = {}, close = false) {
  const body = `${text}\n`;
  response.writeHead(status, {
    ...answerHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
    ...headers,
  });
  response.end(response.req?.method === 'HEAD' ? undefined : body);
}

/** @type {Record<400 | 408 | 413 | 431, string>} */
const reasons = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Content Too Large', 431: 'Request Header Fields Too Large' };

/**
 * Node's answers to requests it could not parse or that took too long
 * (the server's 'clientError' event), as Node sends them but with the shared
 * headers; the connection closes after.
 * @param {Error & { code?: string }} error
 * @param {import('node:stream').Duplex} socket
 */
export function answerClientError(error, socket) {
  // As Node does: never write into a response already under way on this connection.
  const inFlight = /** @type {{ _httpMessage?: { headersSent?: boolean } }} */ (socket)._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? 413 : 400;
  const body = `${reasons[status]}.\n`;
  const lines = [
    `HTTP/1.1 ${status} ${reasons[status]}`,
    ...Object.entries(answerHeaders).map(([name, value]) => `${name}: ${value}`),
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${body.length}`,
    'Cache-Control: no-store',
    'Connection: close',
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
