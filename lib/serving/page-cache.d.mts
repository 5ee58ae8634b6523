import type { IncomingMessage, ServerResponse } from 'node:http';

export type CachedPage = {
  headers: Record<string, string>;
  bodies: { identity: Buffer; gzip?: Buffer; br?: Buffer };
  size: number;
};
export type PageCache = {
  get(path: string): CachedPage | undefined;
  set(path: string, page: CachedPage): void;
  readonly bytes: number;
  readonly size: number;
};
export function isPlainPageRequest(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): boolean;
export function preferredEncoding(acceptEncoding?: string): 'br' | 'gzip' | 'identity';
export function cachedPage(headers: Headers, body: Buffer): CachedPage;
export function createPageCache(maxBytes: number): PageCache;
export function sendCachedPage(request: IncomingMessage, response: ServerResponse, page: CachedPage): void;
