/** What a page makes a modern browser download at load: HTML, stylesheets and module scripts, gzipped. */
import { gzipSync } from 'node:zlib';
import { deferredFrameworkScripts } from '../../tooling/build/after-first-paint.mjs';

export type PageAssets = { scripts: string[]; stylesheets: string[]; inlineStyles: string[] };

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find(Boolean);

/**
 * The external scripts and stylesheets an HTML page loads. Scripts marked
 * `nomodule` are left out: browsers that understand modules skip them.
 */
export function pageAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && !/\snomodule\b/i.test(tag)) scripts.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel') ?? '';
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (/\bstylesheet\b/i.test(rel)) stylesheets.add(href);
    // Next preloads the page's scripts; a modulepreload/preload of a script is downloaded too.
    if (/\b(?:modulepreload|preload)\b/i.test(rel) && (attribute(tag, 'as') === 'script' || /modulepreload/i.test(rel))) scripts.add(href);
  }
  // The build starts Next's chunks after the first paint, from a list the page carries: they are downloaded all the same.
  for (const src of deferredFrameworkScripts(html)) scripts.add(src);
  // Next inlines the stylesheet into <style> elements (experimental.inlineCss): that is the page's CSS too.
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]);
  return { scripts: [...scripts], stylesheets: [...stylesheets], inlineStyles };
}

export const gzipBytes = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;

export type PageWeight = { html: number; htmlRaw: number; css: number; js: number; requests: number };

/** Downloads a page and everything pageAssets lists, and sums their gzipped sizes. */
export async function measurePage(origin: string, path: string, expectedStatus = 200): Promise<PageWeight> {
  const response = await fetch(new URL(path, origin));
  if (response.status !== expectedStatus) throw new Error(`${path} answered ${response.status}`);
  const html = await response.text();
  const { scripts, stylesheets, inlineStyles } = pageAssets(html);
  const sizeOf = async (href: string) => {
    const asset = await fetch(new URL(href, origin));
    if (!asset.ok) throw new Error(`${href} (from ${path}) answered ${asset.status}`);
    return gzipBytes(Buffer.from(await asset.arrayBuffer()));
  };
  const sum = async (hrefs: string[]) => (await Promise.all(hrefs.map(sizeOf))).reduce((a, b) => a + b, 0);
  return {
    html: gzipBytes(html),
    htmlRaw: Buffer.byteLength(html),
    css: (await sum(stylesheets)) + (inlineStyles.length ? gzipBytes(inlineStyles.join('')) : 0),
    js: await sum(scripts),
    requests: 1 + scripts.length + stylesheets.length,
  };
}

/** The visible text of an HTML page's <main>, to compare the HTML's size against. */
export function mainTextBytes(html: string): number {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? html;
  const text = main
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Buffer.byteLength(text);
}
