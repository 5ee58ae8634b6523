import type { Server, ServerOptions } from 'node:http';

export const limits: Readonly<{
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  checkIntervalMs: number;
  maxConnections: number;
}>;
export const serverOptions: Readonly<ServerOptions>;
export function applyConnectionLimits<T extends Server>(server: T): T;
