import { describe, expect, it } from 'vitest';
import { headersFile, nginxConfig, redirectsFile } from './host-files.mjs';
import { inlineScriptHashes, pagePath } from './inline-script-hashes.mjs';

const hashes = { '/': ['sha256-home'], '/articles/x': ['sha256-a', 'sha256-b'], '/search': [], '/404': ['sha256-missing'] };

describe('inline script hashes', () => {
  it('hashes each inline script once and ignores external ones', () => {
    const html = '<script src="/a.js"></script><script>one()</script><script>one()</script><script id="x">two()</script>';
    const found = inlineScriptHashes(html);
    expect(found).toHaveLength(2);
    for (const hash of found) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });

  it('maps built files to the addresses they are served at', () => {
    expect(['index.html', 'articles/x.html', 'guides/index.html', '404.html'].map(pagePath)).toEqual(['/', '/articles/x', '/guides', '/404']);
  });
});

describe('_headers', () => {
  const text = headersFile(hashes, ['/articles/x/opengraph-image']);
  const block = (path: string) => text.split('\n\n').find((chunk) => chunk.startsWith(`${path}\n`)) ?? '';

  it('gives every path the shared headers but no CSP, so hosts never join two policies', () => {
    expect(block('/*')).toContain('X-Content-Type-Options: nosniff');
    expect(block('/*')).not.toContain('Content-Security-Policy');
  });

  it('gives each page, under its address and its file, a CSP with exactly its own hashes', () => {
    for (const path of ['/articles/x', '/articles/x.html']) {
      expect(block(path)).toContain("'sha256-a' 'sha256-b'");
      expect(block(path)).not.toContain('sha256-home');
      expect(block(path)).not.toMatch(/unsafe-inline'[^;]*;\s*style|'unsafe-eval'/);
    }
    expect(block('/index.html')).toContain("'sha256-home'");
  });

  it('lets only search and its index compile WebAssembly, and types the Open Graph cards', () => {
    expect(block('/search')).toContain("'wasm-unsafe-eval'");
    expect(block('/pagefind/*')).toContain("'wasm-unsafe-eval'");
    expect(block('/articles/x')).not.toContain('wasm');
    expect(block('/articles/x/opengraph-image')).toContain('Content-Type: image/png');
  });
});

describe('_redirects and nginx', () => {
  const redirects = [{ source: '/articles/old', destination: '/articles/x' }];

  it('writes one permanent redirect a line, and nothing when there are none', () => {
    expect(redirectsFile(redirects)).toBe('/articles/old /articles/x 308\n');
    expect(redirectsFile([])).toBe('');
  });

  it('maps each page to its CSP, defaults to the 404 page’s, and serves only GET and HEAD', () => {
    const config = nginxConfig(hashes, redirects, '/srv/out');
    expect(config).toMatch(/map \$uri \$page_csp \{\n\s+default "[^"]*'sha256-missing'/);
    expect(config).toContain("/articles/x \"default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
    expect(config).toContain('location = /articles/old { return 308 /articles/x; }');
    expect(config).toContain('if ($request_method !~ ^(GET|HEAD)$) { return 405; }');
    expect(config).toContain('root /srv/out;');
  });
});
