/** One of our servers started by a spec itself, on a free loopback port, when the spec needs its process (to read its memory). */
import { execFileSync, spawn } from 'node:child_process';

export type SpawnedServer = { url: string; pid: number; stop: () => Promise<void> };

/** The commands for `npm start` and the static export's server, each told to take a free port. */
export const serverCommands = {
  production: { args: ['scripts/server.mjs'], env: { PORT: '0' } },
  static: { args: ['scripts/serve-static.mjs', 'out', '0'], env: {} },
};

/** Starts a server and resolves once it prints the address it listens on. */
export function spawnServer(kind: keyof typeof serverCommands, timeoutMs = 60_000): Promise<SpawnedServer> {
  const { args, env } = serverCommands[kind];
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`${kind} server did not start:\n${output}`))), timeoutMs);
    const onOutput = (chunk: Buffer) => {
      output += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (!url) return;
      clearTimeout(timer);
      child.stdout.off('data', onOutput);
      resolve({ url: `${url}/`, pid: child.pid!, stop });
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', (chunk) => (output += chunk));
  });
}

/** Resident memory of a process in bytes, from `ps` (the same on Linux and macOS). */
export const residentBytes = (pid: number) => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024;
