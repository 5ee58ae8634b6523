import { describe, expect, it } from 'vitest';
import { staticPath } from './static-path.mjs';

describe('staticPath', () => {
  it('reads every spelling of a page as the one path its rules are written for', () => {
    for (const target of ['/about', '/about/', '/.%2Fabout', '/x%2F..%2Fabout', '//about', 'http://evil.example/about', '/about?x=1']) {
      expect(staticPath(target), target).toEqual({ path: '/about', hidden: false });
    }
    expect(staticPath('/')).toEqual({ path: '/', hidden: false });
  });

  it('keeps traversal inside the root', () => {
    expect(staticPath('/..%2f..%2fetc%2fpasswd')).toEqual({ path: '/etc/passwd', hidden: false });
  });

  it("hides the host's configuration files and Next's internal pages", () => {
    for (const target of ['/_headers', '/_redirects', '/nginx.conf.example', '/.%2F_headers', '/_not-found', '/_global-error/']) {
      expect(staticPath(target), target).toMatchObject({ hidden: true });
    }
  });

  it('refuses what is not an address', () => {
    expect(staticPath('/%zz')).toEqual({ status: 400 });
    expect(staticPath('/a%00')).toEqual({ status: 400 });
    expect(staticPath('*')).toEqual({ status: 400 });
    expect(staticPath(`/a${'/'.repeat(16_000)}b`)).toEqual({ status: 414 });
    expect(staticPath(`/?${'x'.repeat(9_000)}`)).toEqual({ status: 414 });
  });
});
