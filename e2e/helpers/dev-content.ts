/**
 * For specs that edit content through `npm run dev`: a contentlayer2 watcher
 * (so saved files reach the pages), the dev server's address, and a way to put
 * every file a test touched back as it was.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const devPort = Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 100);
export const devUrl = `http://127.0.0.1:${devPort}`;

/** Starts `contentlayer2 dev` in its own process group; resolves once it has generated the content. */
export async function startContentWatcher(): Promise<{ stop: () => void; generated: () => number }> {
  let output = '';
  const child: ChildProcess = spawn(path.join('node_modules', '.bin', 'contentlayer2'), ['dev'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const generated = () => output.split('Generated ').length - 1;
  const deadline = Date.now() + 120_000;
  while (generated() === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  return { stop, generated };
}

/** Remembers files as they are now; `restore()` writes them back, and removes those that did not exist. */
export function fileSnapshot(files: string[]) {
  const saved = new Map(files.map((file) => [file, existsSync(file) ? readFileSync(file) : undefined]));
  return {
    restore() {
      for (const [file, bytes] of saved) {
        if (bytes === undefined) rmSync(file, { force: true, recursive: true });
        else writeFileSync(file, bytes);
      }
    },
  };
}
