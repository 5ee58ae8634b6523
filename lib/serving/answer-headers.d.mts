import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export const answerHeaders: Readonly<Record<string, string>>;
export function presetAnswerHeaders(response: ServerResponse): void;
export function sendPlain(response: ServerResponse, status: number, text: string, headers?: Record<string, string>, close?: boolean): void;
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void;
