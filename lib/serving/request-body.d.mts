import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

export const maxBodyBytes: number;
export type BodyResult = { body: Buffer } | { status: 400 | 413; text: string } | { aborted: true };
export function hasBody(headers: IncomingHttpHeaders): boolean;
export function readBody(request: IncomingMessage, limit?: number): Promise<BodyResult>;
export function checkBody(contentType: string | undefined, body: Buffer): BodyResult;
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage;
export function callsKnownAction(headers: IncomingHttpHeaders, body: Buffer, actionIds: string[]): boolean;
