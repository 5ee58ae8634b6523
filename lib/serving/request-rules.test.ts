import { describe, expect, it } from 'vitest';
import { staticPaths } from '@/lib/routes';
import { allowedMethods, formPostPaths, maxPathLength, originForm, rejection, trimTrailingSlash } from './request-rules.mjs';

describe('request rules', () => {
  it('lets only the sleep test take a form POST', () => {
    expect(formPostPaths).toEqual([staticPaths.sleepTest]);
    expect(allowedMethods('/sleep-test')).toBe('GET, HEAD, POST');
    expect(allowedMethods('/sleep-test/')).toBe('GET, HEAD, POST');
    expect(allowedMethods('/articles/warm-bath-before-bed')).toBe('GET, HEAD');
  });

  it('lets GET and HEAD through everywhere', () => {
    expect(rejection('GET', '/')).toBeUndefined();
    expect(rejection('HEAD', '/guides')).toBeUndefined();
    expect(rejection('POST', '/sleep-test')).toBeUndefined();
  });

  it('answers other methods with 405 and the allowed ones', () => {
    for (const method of ['TRACE', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'PROPFIND', 'POST']) {
      expect(rejection(method, '/articles')).toEqual({ status: 405, text: 'Method not allowed.', headers: { Allow: 'GET, HEAD' } });
    }
    expect(rejection('TRACE', '/sleep-test')?.headers).toEqual({ Allow: 'GET, HEAD, POST' });
  });

  it('answers malformed percent-encoding with 400, before the method', () => {
    expect(rejection('GET', '/articles/%E0%A4%A')?.status).toBe(400);
    expect(rejection('TRACE', '/%')?.status).toBe(400);
    expect(rejection('GET', '/articles/caf%C3%A9')).toBeUndefined();
  });

  it('answers an overlong path with 414, before decoding it', () => {
    expect(rejection('GET', `/${'a'.repeat(maxPathLength)}`)?.status).toBe(414);
    expect(rejection('GET', `/a${'/'.repeat(16_000)}b`)?.status).toBe(414);
    expect(rejection('GET', `/${'a'.repeat(maxPathLength - 1)}`)).toBeUndefined();
  });

  it('trims trailing slashes but keeps the root', () => {
    expect(trimTrailingSlash('/')).toBe('/');
    expect(trimTrailingSlash('//')).toBe('/');
    expect(trimTrailingSlash('/guides//')).toBe('/guides');
    expect(trimTrailingSlash('/a//b')).toBe('/a//b');
  });

  it('trims a long run of slashes that does not end the path in one pass', () => {
    // /\/+$/ took seconds on this; a loop takes microseconds.
    const path = `/a${'/'.repeat(64_000)}b`;
    expect(trimTrailingSlash(path)).toBe(path);
    expect(trimTrailingSlash(`${path}${'/'.repeat(64_000)}`)).toBe(path);
  });

  it('takes absolute-form targets as their path, so no redirect can name another host', () => {
    expect(originForm('/about?x=1')).toBe('/about?x=1');
    expect(originForm('http://evil.example/about')).toBe('/about');
    expect(originForm('HTTPS://evil.example')).toBe('/');
    expect(originForm('http://evil.example?x')).toBe('/?x');
    expect(originForm('*')).toBeUndefined();
    expect(originForm('evil.example/about')).toBeUndefined();
  });
});
