import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { callsKnownAction, checkBody, hasBody, maxBodyBytes, readBody, replayRequest } from './request-body.mjs';

/** A request whose body arrives in the given chunks. */
function incoming(headers: Record<string, string>, chunks: Buffer[] = []) {
  const request = new IncomingMessage(new Socket());
  request.method = 'POST';
  request.url = '/sleep-test';
  request.headers = headers;
  setImmediate(() => {
    for (const chunk of chunks) request.push(chunk);
    request.push(null);
  });
  return request;
}
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('readBody', () => {
  it('reads a small form whole', async () => {
    expect(await readBody(incoming(form, [Buffer.from('a=1&'), Buffer.from('b=2')]))).toEqual({ body: Buffer.from('a=1&b=2') });
  });

  it('refuses a body declared too large without reading a byte of it', async () => {
    const request = incoming({ ...form, 'content-length': String(10 * 2 ** 20) });
    let read = 0;
    request.on('data', (chunk: Buffer) => (read += chunk.length));
    expect(await readBody(request)).toMatchObject({ status: 413 });
    expect(read).toBe(0);
  });

  it('refuses chunks once they add up past the limit', async () => {
    const chunk = Buffer.alloc(4096, 'a');
    const result = await readBody(
      incoming(
        { ...form, 'transfer-encoding': 'chunked' },
        Array.from({ length: 100 }, () => chunk),
      ),
    );
    expect(result).toMatchObject({ status: 413 });
    expect(maxBodyBytes).toBeLessThan(100 * 4096);
  });

  it('answers a body that does not parse as its type with 400', async () => {
    expect(await readBody(incoming(form, [Buffer.from('a=%zz')]))).toMatchObject({ status: 400 });
  });
});

describe('checkBody', () => {
  const multipart = (boundary: string) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--${boundary}--\r\n`);

  it('takes forms and action calls', () => {
    expect(checkBody('application/x-www-form-urlencoded', Buffer.from('a=1+2&b=%C3%A9'))).toHaveProperty('body');
    expect(checkBody('multipart/form-data; boundary=----Web123', multipart('----Web123'))).toHaveProperty('body');
    expect(checkBody('multipart/form-data; boundary="Quoted"', multipart('Quoted'))).toHaveProperty('body');
    expect(checkBody('text/plain;charset=UTF-8', Buffer.from('["$K1"]'))).toHaveProperty('body');
  });

  it('refuses malformed bodies with 400', () => {
    expect(checkBody('multipart/form-data', multipart('x'))).toMatchObject({ status: 400 });
    expect(checkBody('multipart/form-data; boundary=other', multipart('x'))).toMatchObject({ status: 400 });
    expect(checkBody('multipart/form-data; boundary=x', Buffer.from('--x\r\ncut short'))).toMatchObject({ status: 400 });
    expect(checkBody('application/json', Buffer.from('{}'))).toMatchObject({ status: 400 });
    expect(checkBody(undefined, Buffer.from('a=1'))).toMatchObject({ status: 400 });
  });
});

describe('callsKnownAction', () => {
  const ids = ['607bf410e96cc7c3262bb0cf80040caa1ab8d2f979'];
  it("takes a known action by header or in the no-JavaScript form's fields", () => {
    expect(callsKnownAction({ 'next-action': ids[0] }, Buffer.from('[]'), ids)).toBe(true);
    expect(callsKnownAction({}, Buffer.from(`name="$ACTION_1:0"\r\n\r\n{"id":"${ids[0]}","bound":"$@1"}`), ids)).toBe(true);
  });
  it('refuses anything else', () => {
    expect(callsKnownAction({ 'next-action': 'abc' }, Buffer.from(ids[0]), ids)).toBe(false);
    expect(callsKnownAction({}, Buffer.from('a=1'), ids)).toBe(false);
  });
});

describe('hasBody and replayRequest', () => {
  it('tells requests with a body', () => {
    expect(hasBody({ 'content-length': '10' })).toBe(true);
    expect(hasBody({ 'transfer-encoding': 'chunked' })).toBe(true);
    expect(hasBody({ 'content-length': '0' })).toBe(false);
    expect(hasBody({})).toBe(false);
  });

  it('hands Next the same request with the body read, as a fixed length', async () => {
    const original = incoming({ ...form, 'transfer-encoding': 'chunked', 'next-action': 'x' });
    const replay = replayRequest(original, Buffer.from('a=1'));
    expect(replay.method).toBe('POST');
    expect(replay.url).toBe('/sleep-test');
    expect(replay.headers).toEqual({ ...form, 'next-action': 'x', 'content-length': '3' });
    const chunks: Buffer[] = [];
    for await (const chunk of replay) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('a=1');
  });
});
