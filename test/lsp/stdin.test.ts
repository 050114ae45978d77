// The server's life on stdio: it answers, exits 0 after "shutdown" and "exit", and stops when its input closes
// without "exit" (an editor that died) rather than linger.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { frame, unframe } from '../helpers/framing';
import { ROOT } from '../helpers/letters';

const SERVER = path.join(ROOT, 'server', 'out', 'server.js');

const initialize = [
  { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
  { jsonrpc: '2.0', method: 'initialized', params: {} },
  { jsonrpc: '2.0', id: 2, method: 'shutdown', params: null },
];

it('answers a session and exits 0 after shutdown and exit', async () => {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = Buffer.alloc(0);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
  await new Promise<void>((resolve) => {
    proc.stdout.on('data', (d: Buffer) => {
      out = Buffer.concat([out, d]);
      if (unframe(out).some((m) => m.id === 2)) resolve();
    });
    proc.stdin.write(frame(initialize));
  });
  proc.stdin.write(frame([{ jsonrpc: '2.0', method: 'exit' }]));
  expect(await exited).toBe(0);
  const got: { id?: number; result?: unknown }[] = unframe(out);
  expect(got.find((m) => m.id === 1)?.result).toMatchObject({ capabilities: expect.any(Object), serverInfo: { name: 'corresp' } });
  expect(got.find((m) => m.id === 2)).toMatchObject({ id: 2, result: null });
});

it('stops when its input closes without "exit", with a non-zero code', () => {
  const r = spawnSync(process.execPath, [SERVER, '--stdio'], { input: frame(initialize.slice(0, 2)), timeout: 20_000 });
  expect(r.error, 'the server outlived its input').toBeUndefined();
  expect(r.status).toBe(1);
});
