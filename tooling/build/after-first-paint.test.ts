import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashesOfBuild, inlineScriptHashes } from '@/lib/security/inline-script-hashes.mjs';
import { deferFrameworkScripts, deferredFrameworkScripts, frameworkScriptLoader, frameworkScriptsId } from './after-first-paint.mjs';

// The shape Next 16 writes: chunks as async scripts in the head, one preloaded at low priority and started from the body.
const page = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script><script>setTheme()</script></head>',
  '<body><main><h1>Title</h1></main><script id="_R_">push()</script><script src="/_next/static/chunks/boot.js" async=""></script></body></html>',
].join('');

describe('deferFrameworkScripts', () => {
  const deferred = deferFrameworkScripts(page);

  it('leaves no framework script or script preload for the browser to fetch before the first paint', () => {
    expect(deferred).not.toMatch(/<script src="[^"]+" async="">/);
    expect(deferred).not.toContain('rel="preload" as="script"');
  });

  it('lists every chunk, in page order, in the data block the loader reads', () => {
    expect(deferredFrameworkScripts(deferred)).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/boot.js']);
  });

  it('ends the body with the data block and the loader, and keeps every other script where it was', () => {
    expect(deferred).toContain(`<script type="application/json" id="${frameworkScriptsId}">`);
    expect(deferred.endsWith(`<script>${frameworkScriptLoader}</script></body></html>`)).toBe(true);
    for (const kept of ['<script>setTheme()</script>', '<script id="_R_">push()</script>', 'noModule=""', 'rel="stylesheet"']) expect(deferred).toContain(kept);
  });

  it('changes a page only once, and leaves pages without framework scripts alone', () => {
    expect(deferFrameworkScripts(deferred)).toBe(deferred);
    const plain = '<html><head></head><body><p>Hi</p></body></html>';
    expect(deferFrameworkScripts(plain)).toBe(plain);
    expect(deferredFrameworkScripts(plain)).toEqual([]);
  });

  it('has a loader that adds each listed script once, after the first paint is reported', () => {
    const added: string[] = [];
    let paintObserver: (() => void) | undefined;
    const timers: (() => void)[] = [];
    const scope = {
      document: {
        getElementById: (id: string) => (id === frameworkScriptsId ? { textContent: '["/a.js","/b.js"]' } : null),
        createElement: () => ({ src: '', async: false }),
        head: { appendChild: (script: { src: string }) => added.push(script.src) },
      },
      PerformanceObserver: Object.assign(
        function (this: { observe: () => void }, callback: (entries: unknown, observer: { disconnect: () => void }) => void) {
          this.observe = () => (paintObserver = () => callback([], { disconnect: () => {} }));
        },
        { supportedEntryTypes: ['paint'] },
      ),
      requestAnimationFrame: () => {},
      setTimeout: (callback: () => void) => timers.push(callback),
    };
    new Function(...Object.keys(scope), frameworkScriptLoader)(...Object.values(scope));
    expect(added).toEqual([]);
    paintObserver?.();
    expect(added).toEqual(['/a.js', '/b.js']);
    timers.forEach((timer) => timer());
    expect(added).toEqual(['/a.js', '/b.js']);
  });
});

describe('the pass over the built pages (deferred, then hashed for the CSP)', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'after-first-paint-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const plain = '<html><head><script>setTheme()</script></head><body><p>No framework</p></body></html>';
  mkdirSync(path.join(folder, 'articles'));
  writeFileSync(path.join(folder, 'articles/x.html'), page);
  writeFileSync(path.join(folder, 'plain.html'), plain);
  const hashes = hashesOfBuild(folder, deferFrameworkScripts);

  it('writes every page deferred, and leaves the others as they were', () => {
    expect(readFileSync(path.join(folder, 'articles/x.html'), 'utf8')).toBe(deferFrameworkScripts(page));
    expect(readFileSync(path.join(folder, 'plain.html'), 'utf8')).toBe(plain);
    expect(readdirSync(folder, { recursive: true }).map(String).sort()).toEqual(['articles', 'articles/x.html', 'plain.html']);
  });

  it('hashes each page as written, the loader included, so the CSP allows what the browser runs', () => {
    expect(hashes['/articles/x']).toEqual(inlineScriptHashes(deferFrameworkScripts(page)));
    expect(hashes['/articles/x']).toEqual(expect.arrayContaining(inlineScriptHashes(`<script>${frameworkScriptLoader}</script>`)));
    expect(hashes['/plain']).toEqual(inlineScriptHashes(plain));
  });
});
