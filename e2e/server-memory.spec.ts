/**
 * Oversized uploads are refused before they are read: 50 parallel 10 MB POSTs
 * leave both servers' memory where it was (Next used to buffer each body,
 * taking `npm start` from 440 MB to 1.7 GB). Each server is started here, on
 * a free loopback port, so its process's memory can be read.
 */
import { expect, test } from '@playwright/test';
import { send } from './helpers/raw-http';
import { residentBytes, serverCommands, spawnServer } from './helpers/spawned-server';

test.describe.configure({ mode: 'parallel' });

const body = Buffer.alloc(10 * 2 ** 20, 'a');
const refusal = { production: 413, static: 405 };

for (const kind of Object.keys(serverCommands) as (keyof typeof serverCommands)[]) {
  test(`50 parallel 10 MB POSTs leave the ${kind} server's memory where it was`, async () => {
    test.setTimeout(120_000);
    const server = await spawnServer(kind);
    try {
      for (let warm = 0; warm < 20; warm += 1) await send(server.url, { name: 'warm', path: '/' });
      const before = residentBytes(server.pid);
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          send(server.url, {
            name: `upload ${index}`,
            method: 'POST',
            path: '/sleep-test',
            headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': body.length },
            body,
          }),
        ),
      );
      const after = residentBytes(server.pid);
      // 0: the server answered and closed the connection while the upload was still being sent.
      expect(answers.filter(({ status }) => status !== 0 && status !== refusal[kind])).toEqual([]);
      expect((after - before) / 2 ** 20, `MB: ${(before / 2 ** 20).toFixed(0)} before, ${(after / 2 ** 20).toFixed(0)} after`).toBeLessThan(64);
      expect((await send(server.url, { name: 'still serving', path: '/' })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
}
