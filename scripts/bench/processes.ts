/** Starting and stopping the servers and builds a benchmark measures, on loopback only. */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const binDir = path.join(repoRoot, 'node_modules/.bin');

/** The environment for child commands: the repo's binaries first, no telemetry. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${binDir}:${process.env.PATH}`, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

export type Server = { url: string; stop: () => Promise<void>; pid: number };

/** Waits until the URL answers (any status), or throws after timeoutMs. */
export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function killTree(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole process group: npm, next and its workers
    } catch {
      child.kill('SIGTERM');
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5_000).unref();
  });
}

/** Runs a long-lived command (a server) in its own process group and waits for its URL. */
export async function startServer(command: string, args: string[], cwd: string, url: string, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4_000)));
  try {
    await waitForUrl(url);
  } catch (error) {
    await killTree(child);
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { url, pid: child.pid!, stop: () => killTree(child) };
}

/** Resident memory in bytes of a process and all its descendants. */
export function treeRss(rootPid: number): number {
  return treeMemory(rootPid).total;
}

/** Resident memory in bytes of a process tree: all of it, and its largest single process. */
export function treeMemory(rootPid: number): { total: number; largest: number } {
  let table: string;
  try {
    table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  } catch {
    return { total: 0, largest: 0 };
  }
  const rows = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const [pid, ppid, kb] of rows) {
    rss.set(pid, kb * 1024);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  let largest = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    largest = Math.max(largest, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/**
 * peakBytes: the most the whole process tree held at once; peakProcessBytes: the most any one process held;
 * keptLines: the output lines the caller asked to keep (see runMeasured's `keep`).
 */
export type CommandRun = { seconds: number; peakBytes: number; peakProcessBytes: number; keptLines: string[] };

/**
 * Runs a command to completion, timing it and sampling the peak memory of its process tree.
 * `keep` picks output lines to return whole (the rest is kept only as the tail shown on failure).
 */
export function runMeasured(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  keep: (line: string) => boolean = () => false,
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keptLines: string[] = [];
    let partial = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk).slice(-8_000);
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      keptLines.push(...lines.filter(keep));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakBytes = 0;
    let peakProcessBytes = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const { total, largest } = treeMemory(child.pid);
      peakBytes = Math.max(peakBytes, total);
      peakProcessBytes = Math.max(peakProcessBytes, largest);
    }, 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (partial && keep(partial)) keptLines.push(partial);
      if (code === 0) resolve({ seconds, peakBytes, peakProcessBytes, keptLines });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code} in ${cwd}\n${output}`));
    });
  });
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Plain `next start` on the build in `dir`, on a free loopback port. */
export async function startNext(dir: string = repoRoot): Promise<Server> {
  const port = await freePort();
  return startServer('next', ['start', '-H', '127.0.0.1', '-p', String(port)], dir, `http://127.0.0.1:${port}/`);
}

/** The site's production server, `npm start` (scripts/server.mjs), on a free loopback port. */
export async function startProductionServer(): Promise<Server> {
  const port = await freePort();
  return startServer('node', ['scripts/server.mjs'], repoRoot, `http://127.0.0.1:${port}/`, { PORT: String(port) });
}
