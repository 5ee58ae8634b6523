/**
 * The CMS's API route (/api/keystatic/*): Keystatic's own handler behind three
 * checks of ours. With local storage it answers only requests addressed to
 * this machine by name (a page elsewhere that resolves its host name to
 * 127.0.0.1, DNS rebinding, gets 403), writes nowhere but content/ and
 * public/images/, and refuses with 422 a save that content:check would fail,
 * before anything is written. Keystatic shows the 422's text in the admin.
 */
import { makeRouteHandler } from '@keystatic/next/route-handler';
import { formatIssue } from '@/lib/content/locate-issue';
import { keystaticConfig } from '@/keystatic.config';
import { checkSave, isWritablePath, type ProposedSave } from './save-check';
import { type CmsStorage, cmsStorage } from '@/lib/cms/storage.mjs';

const localHostNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The host name a request was addressed to (its Host header), without the port. */
function addressedHost(request: Request): string {
  const host = request.headers.get('host') ?? '';
  return host.replace(/:\d+$/, '').toLowerCase();
}

const text = (status: number, body: string) => new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

function decodeBase64Url(value: string): Uint8Array {
  return Uint8Array.from(Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

/** The save a POST to /api/keystatic/update proposes, or why it cannot be one. */
function proposedSave(body: unknown): ProposedSave | string {
  if (!body || typeof body !== 'object') return 'the request body is not a save';
  const { additions, deletions } = body as { additions?: unknown; deletions?: unknown };
  if (!Array.isArray(additions) || !Array.isArray(deletions)) return 'the request body is not a save';
  const paths = [...additions, ...deletions].map((entry) => (entry as { path?: unknown })?.path);
  const outside = paths.find((file) => typeof file !== 'string' || !isWritablePath(file));
  if (outside !== undefined || paths.some((file) => typeof file !== 'string'))
    return `the CMS writes only inside content/ and public/images/, not ${JSON.stringify(outside)}`;
  if (additions.some((entry) => typeof (entry as { contents?: unknown }).contents !== 'string')) return 'the request body is not a save';
  return {
    additions: additions.map((entry: { path: string; contents: string }) => ({ path: entry.path, contents: decodeBase64Url(entry.contents) })),
    deletions: deletions.map((entry: { path: string }) => ({ path: entry.path })),
  };
}

/** What the admin shows for a refused save: each problem as content:check prints it. */
export function refusal(issues: ReturnType<typeof checkSave>): string {
  const lines = issues.map((issue) => formatIssue(issue));
  return `Not saved: the post would break the site's build.\n${lines.join('\n')}`;
}

async function guardedLocal(request: Request, keystatic: (request: Request) => Promise<Response>): Promise<Response> {
  if (!localHostNames.has(addressedHost(request))) return text(403, 'The CMS answers only at 127.0.0.1 or localhost.');
  const origin = request.headers.get('origin');
  if (request.method !== 'GET' && origin && !localHostNames.has(new URL(origin).hostname.toLowerCase()))
    return text(403, 'Saves come only from the CMS on this machine.');
  if (request.method !== 'POST') return keystatic(request);
  if (request.headers.get('no-cors') !== '1' || request.headers.get('content-type') !== 'application/json') return text(400, 'Bad Request');
  const raw = await request.text();
  if (new URL(request.url).pathname === '/api/keystatic/update') {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return text(400, 'the request body is not JSON');
    }
    const save = proposedSave(body);
    if (typeof save === 'string') return text(400, save);
    const issues = checkSave(save);
    if (issues.length) return text(422, refusal(issues));
  }
  return keystatic(new Request(request.url, { method: 'POST', headers: request.headers, body: raw }));
}

const handlers = new Map<string, (request: Request) => Promise<Response>>();

function keystaticHandler(storage: CmsStorage) {
  const id = JSON.stringify(storage);
  if (!handlers.has(id)) handlers.set(id, makeRouteHandler({ config: keystaticConfig(storage) }).POST);
  return handlers.get(id)!;
}

export async function adminApi(request: Request): Promise<Response> {
  const storage = cmsStorage();
  if (!storage) return text(404, 'Not Found');
  const keystatic = keystaticHandler(storage);
  return storage.kind === 'local' ? guardedLocal(request, keystatic) : keystatic(request);
}
