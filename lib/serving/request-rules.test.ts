import { describe, expect, it } from 'vitest';
import { staticPaths } from '@/lib/routes';
import { allowedMethods, formPostPaths, rejection, trimTrailingSlash } from './request-rules.mjs';

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

  it('trims trailing slashes but keeps the root', () => {
    expect(trimTrailingSlash('/')).toBe('/');
    expect(trimTrailingSlash('/guides//')).toBe('/guides');
  });
});
