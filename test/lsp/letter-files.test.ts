// Which editor documents the server analyses: the corresp language, and markdown whose name or front matter says it
// is a letter; never plaintext, python or any other language, whatever the text (core/letter-files.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, read, ROOT } from '../helpers/letters';
import { LspClient } from '../helpers/lsp-client';

const SERVER = path.join(ROOT, 'server', 'out', 'server.js');
let proc: ChildProcess;
let client: LspClient;

beforeAll(async () => {
  expect(fs.existsSync(SERVER), 'run `npm run build` first').toBe(true);
  proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  client = new LspClient(proc);
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 20 } });
  client.notify('initialized', {});
});

afterAll(async () => {
  await client.request('shutdown', null).catch(() => undefined);
  client.notify('exit', null);
  proc.kill();
});

/** The example letter without its second response: a letter gets a missing-response error. */
function unanswered(): string {
  const text = read(EXAMPLE);
  const at = text.indexOf('> **3.**');
  return text.slice(0, text.lastIndexOf('**Response:**', at)) + text.slice(at);
}

async function open(uri: string, languageId: string, text: string): Promise<string[]> {
  const published = client.nextDiagnostics(uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return (await published).diagnostics.map((d: { code: string }) => d.code);
}

describe('documents the server analyses', () => {
  it.each([
    ['plaintext', 'file:///letters/a.corresp.txt'],
    ['plaintext', 'file:///letters/notes.txt'],
    ['python', 'file:///letters/letter.py'],
  ])('never a %s document (%s), even with a letter in it', async (languageId, uri) => {
    expect(await open(uri, languageId, unanswered())).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toBeNull();
  });

  it('the corresp language, whatever the name', async () => {
    expect(await open('file:///letters/untitled-1', 'corresp', unanswered())).toContain('missing-response');
  });

  it('markdown named *.corresp.md, or declaring a letter in its front matter', async () => {
    expect(await open('file:///letters/b.corresp.md', 'markdown', '# Draft\n\n> **1.** Tell us more.\n')).toContain('missing-response');
    expect(await open('file:///letters/c.md', 'markdown', unanswered())).toContain('missing-response');
    expect(await open('file:///letters/d.md', 'markdown', '# Notes\n\n> **1.** Tell us more.\n')).toEqual([]);
  });
});
