// Workspace-wide review: letters that are not open are checked and published; changes on disk update them.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, read, ROOT, exampleWithoutResponse } from '../helpers/letters';
import { LspClient } from '../helpers/lsp-client';

const SERVER = path.join(ROOT, 'server', 'out', 'server.js');
let proc: ChildProcess;
let client: LspClient;
let dir: string;
const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();


beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-ws-'));
  fs.mkdirSync(path.join(dir, 'round-2'));
  fs.writeFileSync(path.join(dir, 'clean.corresp.md'), read(EXAMPLE));
  fs.writeFileSync(path.join(dir, 'round-2', 'draft.md'), exampleWithoutResponse(3));
  fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\n1. We note something.\n');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'node_modules', 'skip.corresp.md'), exampleWithoutResponse(1));
  proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  client = new LspClient(proc);
});

afterAll(() => {
  client.notify('exit', null);
  proc.kill();
});

describe('workspace review', () => {
  it('publishes diagnostics for letters that are not open, and only for letters', async () => {
    const draft = client.nextDiagnostics(uriOf('round-2/draft.md'));
    const clean = client.nextDiagnostics(uriOf('clean.corresp.md'));
    await client.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'letters' }], capabilities: {} });
    client.notify('initialized', {});
    const d = await draft;
    expect(d.diagnostics.filter((x: { code: string }) => x.code === 'missing-response').map((x: { message: string }) => x.message)).toEqual([
      'Comment 3 (Discussion of Non-GAAP Financial Measures, page 5) has no response',
    ]);
    expect((await clean).diagnostics.filter((x: { severity: number }) => x.severity === 1)).toEqual([]);
    expect(client.published(uriOf('notes.md'))).toBe(false);
    expect(client.published(uriOf('node_modules/skip.corresp.md'))).toBe(false);
  });

  it('updates a letter when it changes on disk, and clears it when deleted', async () => {
    const file = path.join(dir, 'round-2', 'draft.md');
    fs.writeFileSync(file, read(EXAMPLE));
    const fixed = client.nextDiagnostics(uriOf('round-2/draft.md'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('round-2/draft.md'), type: 2 }] });
    expect((await fixed).diagnostics.filter((x: { code: string }) => x.code === 'missing-response')).toEqual([]);
    fs.rmSync(file);
    const gone = client.nextDiagnostics(uriOf('round-2/draft.md'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('round-2/draft.md'), type: 3 }] });
    expect((await gone).diagnostics).toEqual([]);
  });
});
