// The server reads stdin through one reused buffer when it is a pipe, and through Node's ordinary stdin otherwise
// (a file, as when a session is replayed from disk). Both must answer the same protocol.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { frame, unframe } from '../helpers/framing';
import { ROOT } from '../helpers/letters';

const SERVER = path.join(ROOT, 'server', 'out', 'server.js');

const session = frame([
  { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
  { jsonrpc: '2.0', method: 'initialized', params: {} },
  { jsonrpc: '2.0', id: 2, method: 'shutdown', params: null },
]);

// The input ends after "shutdown" (no "exit"): every answer is still written before the server stops, with code 0.
it.each(['pipe', 'file'])('answers a whole session read from a %s, then exits 0 when the input ends', (kind) => {
  let input: number | Buffer = session;
  let fd: number | undefined;
  if (kind === 'file') {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-stdin-')), 'session.bin');
    fs.writeFileSync(file, session);
    fd = fs.openSync(file, 'r');
    input = fd;
  }
  const r = spawnSync(process.execPath, [SERVER, '--stdio'], typeof input === 'number' ? { stdio: [input, 'pipe', 'pipe'], timeout: 20_000 } : { input, timeout: 20_000 });
  if (fd !== undefined) fs.closeSync(fd);
  expect(r.status, r.stderr?.toString()).toBe(0);
  const got: { id?: number; result?: unknown }[] = unframe(r.stdout);
  expect(got.find((m) => m.id === 1)?.result).toMatchObject({ capabilities: expect.any(Object), serverInfo: { name: 'corresp' } });
  expect(got.find((m) => m.id === 2)).toMatchObject({ id: 2, result: null });
});
