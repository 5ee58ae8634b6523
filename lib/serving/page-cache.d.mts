import type { IncomingMessage, ServerResponse } from 'node:http';

export type CachedPage = {
  status: number;
  headers: Record<string, string>;
  bodies: { identity: Buffer; gzip?: Buffer; br?: Buffer };
  size: number;
};
export type PageCache = {
  get(path: string): CachedPage | undefined;
  wants(path: string): boolean;
  set(path: string, page: CachedPage): boolean;
  readonly bytes: number;
  readonly size: number;
};
export function isPlainPageRequest(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): boolean;
export function preferredEncoding(acceptEncoding?: string): 'br' | 'gzip' | 'identity';
export function variantEtag(etag: string, encoding: 'br' | 'gzip' | 'identity'): string;
export function cachedPage(headers: Headers, body: Buffer, status?: number): Promise<CachedPage>;
export function createPageCache(maxBytes: number, options?: { sampleSize?: number }): PageCache;
export function matchesEtag(ifNoneMatch: string, etag: string): boolean;
export function sendCachedPage(request: IncomingMessage, response: ServerResponse, page: CachedPage): void;
