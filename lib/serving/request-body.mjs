/**
 * Request bodies, read by the production server before Next sees them. The
 * only body a reader sends is the sleep test's form (a few hundred bytes);
 * Next would otherwise buffer up to 10 MB of any body its proxy matches before
 * the server action's own limit applies. A body past the limit is refused
 * from its Content-Length without reading it, or once its chunks add up past
 * the limit; a body that no form could have sent is refused with 400.
 */
import { IncomingMessage } from 'node:http';

/** Room for the sleep test's form and React's action fields several times over. */
export const maxBodyBytes = 16 * 1024;

/** @typedef {{ body: Buffer } | { status: 400 | 413, text: string } | { aborted: true }} BodyResult */

const tooLarge = { status: /** @type {413} */ (413), text: `Content too large: the limit is ${maxBodyBytes / 1024} KB.` };
/** @param {string} why */
const malformed = (why) => ({ status: /** @type {400} */ (400), text: `Bad request: ${why}.` });

/**
 * Whether a request says it carries a body (a length above 0, or chunks).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {boolean}
 */
export const hasBody = (headers) => headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;

/**
 * Reads a request's body, up to `limit` bytes.
 * @param {import('node:http').IncomingMessage} request
 * @param {number} [limit]
 * @returns {Promise<BodyResult>}
 */
export function readBody(request, limit = maxBodyBytes) {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve(tooLarge);
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let bytes = 0;
    /** @param {BodyResult} result */
    const finish = (result) => {
      request.off('data', onData).off('end', onEnd).off('error', onAbort).off('aborted', onAbort);
      resolve(result);
    };
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      bytes += chunk.length;
      if (bytes > limit) {
        request.pause();
        finish(tooLarge);
      } else chunks.push(chunk);
    };
    const onEnd = () => finish(checkBody(request.headers['content-type'], Buffer.concat(chunks)));
    const onAbort = () => finish({ aborted: true });
    request.on('data', onData).on('end', onEnd).on('error', onAbort).on('aborted', onAbort);
  });
}

/**
 * The body, or 400 when it does not parse as what its Content-Type says:
 * a form (URL-encoded or multipart) or the text of a server action call.
 * @param {string | undefined} contentType
 * @param {Buffer} body
 * @returns {BodyResult}
 */
export function checkBody(contentType = '', body) {
  const [type, ...parameters] = contentType
    .toLowerCase()
    .split(';')
    .map((part) => part.trim());
  if (type === 'application/x-www-form-urlencoded') {
    try {
      decodeURIComponent(body.toString('latin1').replaceAll('+', ' '));
      return { body };
    } catch {
      return malformed('the form is not valid percent-encoding');
    }
  }
  if (type === 'multipart/form-data') {
    const boundaryParameter = parameters.find((parameter) => parameter.startsWith('boundary='));
    // The boundary's case matters, so it is read from the header as sent.
    const boundary = boundaryParameter && /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (!boundary) return malformed('a multipart form needs a boundary');
    const opening = body.indexOf(`--${boundary}`);
    if (opening === -1 || body.indexOf(`--${boundary}--`, opening) === -1) return malformed('the multipart form is not complete');
    return { body };
  }
  if (type === 'text/plain') return { body };
  return malformed('a form is URL-encoded or multipart');
}

/**
 * Whether a POST calls one of the build's server actions: by the Next-Action
 * header (a call from the page's script) or by naming the action in the form
 * (React's no-JavaScript form). Anything else would only reach Next to be
 * refused with a stack trace in the log.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {Buffer} body
 * @param {string[]} actionIds the ids in .next/server/server-reference-manifest.json
 */
export function callsKnownAction(headers, body, actionIds) {
  const header = headers['next-action'];
  if (header !== undefined) return actionIds.includes(String(header));
  return actionIds.some((id) => body.includes(id));
}

/**
 * A request Next can read again: the same method, address, headers and
 * connection, with the body already read.
 * @param {import('node:http').IncomingMessage} original
 * @param {Buffer} body
 */
export function replayRequest(original, body) {
  const replay = new IncomingMessage(/** @type {import('node:net').Socket} */ (original.socket));
  replay.method = original.method;
  replay.url = original.url;
  replay.httpVersion = original.httpVersion;
  replay.httpVersionMajor = original.httpVersionMajor;
  replay.httpVersionMinor = original.httpVersionMinor;
  const { 'transfer-encoding': _chunked, ...headers } = original.headers;
  replay.headers = { ...headers, 'content-length': String(body.length) };
  replay.rawHeaders = Object.entries(replay.headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.flatMap((one) => [name, one]) : [name, String(value)],
  );
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}
