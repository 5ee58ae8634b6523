import { deferFrameworkScripts } from '../../tooling/build/after-first-paint.mjs';
import { describe, expect, it } from 'vitest';
import { gzipBytes, mainTextBytes, pageAssets } from './page-weight';

describe('pageAssets', () => {
  it('lists module scripts and stylesheets, leaving out nomodule polyfills', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next">
      <link rel="preload" as="script" href="/_next/static/chunks/b.js">
      <script src="/_next/static/chunks/polyfills.js" noModule=""></script>
      <script src="/_next/static/chunks/b.js" async=""></script>
      <script src='/_next/static/chunks/c.js'></script>
      <script>self.__next_f.push([1,"x"])</script>
    </head></html>`;
    expect(pageAssets(html)).toEqual({
      scripts: ['/_next/static/chunks/b.js', '/_next/static/chunks/c.js'],
      stylesheets: ['/_next/static/css/a.css'],
      inlineStyles: [],
    });
  });

  it('lists the stylesheets Next inlined into <style> elements', () => {
    const html = '<head><style data-precedence="next" data-href="/_next/static/chunks/a.css">body{color:red}</style></head><p>hi</p>';
    expect(pageAssets(html)).toEqual({ scripts: [], stylesheets: [], inlineStyles: ['body{color:red}'] });
  });

  it('counts the framework scripts the build starts after the first paint', () => {
    const html = deferFrameworkScripts('<head><script src="/_next/static/chunks/b.js" async=""></script></head><body><p>hi</p></body>');
    expect(pageAssets(html).scripts).toEqual(['/_next/static/chunks/b.js']);
  });

  it('returns nothing for a page without external assets', () => {
    expect(pageAssets('<p>hello</p>')).toEqual({ scripts: [], stylesheets: [], inlineStyles: [] });
  });
});

describe('sizes', () => {
  it('gzips repetitive text to far fewer bytes', () => {
    expect(gzipBytes('a'.repeat(10_000))).toBeLessThan(100);
  });

  it('counts the text of <main> only, without tags or scripts', () => {
    expect(mainTextBytes('<header>menu</header><main><h1>Hi</h1> <p>there</p><script>var x</script></main>')).toBe('Hi there'.length);
  });
});
