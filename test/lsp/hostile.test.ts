// Hostile bytes on stdio (issue 11, defect 5): malformed bodies, odd cancellations, unknown methods and truncated
// JSON must not take the server down; a valid request sent after all of them is answered.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { frame, unframe } from '../helpers/framing';
import { ROOT } from '../helpers/letters';

const SERVER = path.join(ROOT, 'server', 'out', 'server.js');

/** A frame whose body is exactly `body` (which need not be JSON). */
function raw(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

const hostile: [string, Buffer][] = [
  ['a body of null', raw('null')],
  ['a body that is a number', raw('42')],
  ['a body that is an array', raw('[1,2]')],
  ['$/cancelRequest with id null', frame([{ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: null } }])],
  ['$/cancelRequest with empty params', frame([{ jsonrpc: '2.0', method: '$/cancelRequest', params: {} }])],
  ['$/cancelRequest with no params', frame([{ jsonrpc: '2.0', method: '$/cancelRequest' }])],
  ['$/cancelRequest with params null', frame([{ jsonrpc: '2.0', method: '$/cancelRequest', params: null }])],
  ['an unknown request', frame([{ jsonrpc: '2.0', id: 'u1', method: 'corresp/noSuchRequest', params: {} }])],
  ['an unknown notification', frame([{ jsonrpc: '2.0', method: 'corresp/noSuchNotification', params: {} }])],
  ['an unknown $/ notification', frame([{ jsonrpc: '2.0', method: '$/noSuchThing' }])],
  ['truncated JSON', raw('{"jsonrpc":"2.0","id":77,"method":"textDocument/hov')],
  ['a request with no method', raw('{"jsonrpc":"2.0","id":78}')],
  ['didOpen with no params', frame([{ jsonrpc: '2.0', method: 'textDocument/didOpen' }])],
  ['didChange of a document never opened', frame([{ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///x.corresp.md', version: 2 }, contentChanges: [{ text: 'x' }] } }])],
];

function run(input: Buffer[]): Promise<{ messages: any[]; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = Buffer.alloc(0);
    let stderr = '';
    const timer = setTimeout(() => (proc.kill(), reject(new Error(`no answer to the final request; stderr: ${stderr}`))), 20_000);
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.on('data', (d: Buffer) => {
      out = Buffer.concat([out, d]);
      const messages = unframe(out);
      if (messages.some((m) => m.id === 'last')) {
        clearTimeout(timer);
        proc.kill();
        resolve({ messages, code: proc.exitCode, stderr });
      }
    });
    proc.on('exit', (code) => {
      if (code !== null) {
        clearTimeout(timer);
        resolve({ messages: unframe(out), code, stderr });
      }
    });
    for (const chunk of input) proc.stdin.write(chunk);
  });
}

const initialize = frame([
  { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
  { jsonrpc: '2.0', method: 'initialized', params: {} },
]);
const last = frame([{ jsonrpc: '2.0', id: 'last', method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///never-opened.corresp.md' } } }]);

it.each(hostile)('after %s, the next request is answered', async (_name, bytes) => {
  const { messages, code, stderr } = await run([initialize, bytes, last]);
  expect(code, `server exited; stderr: ${stderr}`).toBeNull();
  expect(messages.find((m) => m.id === 'last')).toEqual({ jsonrpc: '2.0', id: 'last', result: null });
});

it('after all of them in one stream, before and after initialize, the next request is answered', async () => {
  const all = hostile.map(([, b]) => b);
  const { messages, code, stderr } = await run([...all, initialize, ...all, last]);
  expect(code, `server exited; stderr: ${stderr}`).toBeNull();
  expect(messages.find((m) => m.id === 1)?.result?.serverInfo?.name).toBe('corresp');
  expect(messages.find((m) => m.id === 'last')).toEqual({ jsonrpc: '2.0', id: 'last', result: null });
  // An unknown request is answered with MethodNotFound, not left hanging.
  expect(messages.find((m) => m.id === 'u1')?.error?.code).toBe(-32601);
});
