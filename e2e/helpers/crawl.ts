/** Collects what search engines see on a page: status, head metadata, h1s, JSON-LD and the raw HTML. */
import type { APIRequestContext, Page } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';

export type CrawledPage = {
  path: string;
  status: number;
  html: string;
  h1: string[];
  title: string;
  /** Every meta tag's content by its name or property, e.g. "description", "og:image". */
  meta: Record<string, string>;
  canonical: string | null;
  /** The feeds linked from the head, as "type url". */
  feeds: string[];
  /** The text of every JSON-LD script. */
  jsonLd: string[];
  /** The page's visible text, to check that JSON-LD agrees with it. */
  text: string;
};

/** The path and query of an absolute URL on the site's canonical origin; anything else is an error. */
export function sitePath(url: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== new URL(siteConfig.url).origin) throw new Error(`${url} is not on the canonical origin ${siteConfig.url}`);
  return `${parsed.pathname}${parsed.search}`;
}

/** URLs compared the way search engines do: "https://x.com" and "https://x.com/" are one page. */
export const sameUrl = (a: string, b: string) => new URL(a).href === new URL(b).href;

/** The <loc> and <lastmod> of every sitemap entry. */
export async function readSitemap(request: APIRequestContext): Promise<{ loc: string; lastmod?: string }[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    loc: /<loc>([^<]*)<\/loc>/.exec(entry)?.[1] ?? '',
    lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(entry)?.[1],
  }));
}

export async function crawlPage(page: Page, path: string): Promise<CrawledPage> {
  const response = await page.goto(path);
  if (!response) throw new Error(`no response for ${path}`);
  const head = await page.evaluate(() => {
    const meta: Record<string, string> = {};
    for (const tag of document.head.querySelectorAll('meta[name], meta[property]')) {
      const key = tag.getAttribute('name') ?? tag.getAttribute('property') ?? '';
      meta[key] = key in meta ? `${meta[key]}\n${tag.getAttribute('content')}` : (tag.getAttribute('content') ?? '');
    }
    return {
      meta,
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      feeds: [...document.head.querySelectorAll('link[rel="alternate"][type]')].map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
    };
  });
  return {
    path,
    status: response.status(),
    html: await response.text(),
    h1: await page.getByRole('heading', { level: 1 }).allInnerTexts(),
    title: await page.title(),
    text: await page.locator('body').innerText(),
    ...head,
  };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
