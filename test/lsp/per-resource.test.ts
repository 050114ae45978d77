// Issue 11, loose end: per-document analysis state and per-resource configuration, through the real server. Two
// workspace folders with different corresp.config.json files: each letter is checked by its own folder's settings,
// the folder that turns the workspace review off is not reviewed, and two open letters with different settings,
// edited in turn, never see each other's results.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, read, withoutResponse } from '../helpers/letters';
import { LspClient, SERVER } from '../helpers/lsp-client';

let proc: ChildProcess;
let client: LspClient;
let dir: string;
const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();


const LETTER = withoutResponse(read(EXAMPLE), 3);
type Diag = { code: string; severity: number; message: string };
const missing = (p: { diagnostics: Diag[] }) => p.diagnostics.filter((d) => d.code === 'missing-response');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-per-resource-'));
  for (const folder of ['strict', 'quiet']) fs.mkdirSync(path.join(dir, folder));
  fs.writeFileSync(path.join(dir, 'strict', 'corresp.config.json'), JSON.stringify({ rules: { 'missing-response': 'warning' } }));
  fs.writeFileSync(path.join(dir, 'quiet', 'corresp.config.json'), JSON.stringify({ rules: { 'missing-response': 'off' }, workspaceReview: false }));
  fs.writeFileSync(path.join(dir, 'strict', 'closed.corresp.md'), LETTER);
  fs.writeFileSync(path.join(dir, 'quiet', 'closed.corresp.md'), LETTER);
  proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  client = new LspClient(proc);
  const reviewed = client.nextDiagnostics(uriOf('strict/closed.corresp.md'));
  // "quiet" first: the review once read the first folder's settings for every folder (and from the folder's parent).
  const workspaceFolders = ['quiet', 'strict'].map((f) => ({ uri: pathToFileURL(path.join(dir, f)).toString(), name: f }));
  await client.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders, capabilities: {} });
  client.notify('initialized', {});
  await reviewed;
});

afterAll(async () => {
  await client.request('shutdown', null).catch(() => undefined);
  client.notify('exit', null);
  proc.kill();
});

describe('two workspace folders with different settings', () => {
  it('reviews each folder by its own settings: the one that turns the review off is not reviewed', () => {
    const strict = client.publishes.get(uriOf('strict/closed.corresp.md'))!;
    expect(strict.map((p) => missing(p).map((d) => d.severity))).toEqual([[2]]);
    expect(client.published(uriOf('quiet/closed.corresp.md'))).toBe(false);
  });

  it('two open letters with different settings, edited in turn, each keep their own results', async () => {
    const strict = uriOf('strict/open.corresp.md');
    const quiet = uriOf('quiet/open.corresp.md');
    const opened = [client.nextDiagnostics(strict), client.nextDiagnostics(quiet)];
    client.notify('textDocument/didOpen', { textDocument: { uri: strict, languageId: 'corresp', version: 1, text: LETTER } });
    client.notify('textDocument/didOpen', { textDocument: { uri: quiet, languageId: 'corresp', version: 1, text: LETTER } });
    const [s1, q1] = await Promise.all(opened);
    expect(missing(s1).map((d) => d.severity)).toEqual([2]);
    expect(missing(q1)).toEqual([]);
    const shape = (p: { diagnostics: Diag[] }) => p.diagnostics.map((d) => `${d.code}/${d.severity}: ${d.message}`).sort();

    // The same edits, alternately: a response to comment 3 written and taken out again, in each letter.
    const at = LETTER.indexOf('> **4.**');
    const line = LETTER.slice(0, at).split('\n').length - 1;
    const insert = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '**Response:**\n\nThe Company respectfully advises the Staff that it has considered the guidance.\n\n' };
    const remove = { range: { start: { line, character: 0 }, end: { line: line + 4, character: 0 } }, text: '' };
    for (let version = 2; version <= 7; version++) {
      const change = version % 2 === 0 ? insert : remove;
      const both = [client.nextDiagnostics(strict), client.nextDiagnostics(quiet)];
      client.notify('textDocument/didChange', { textDocument: { uri: strict, version }, contentChanges: [change] });
      client.notify('textDocument/didChange', { textDocument: { uri: quiet, version }, contentChanges: [change] });
      const [s, q] = await Promise.all(both);
      expect(s.version).toBe(version);
      expect(q.version).toBe(version);
      if (version % 2 === 0) {
        // Every comment answered: the two letters now read the same, whatever their settings.
        expect(missing(s)).toEqual([]);
        expect(shape(s)).toEqual(shape(q));
      } else {
        expect(shape(s)).toEqual(shape(s1));
        expect(shape(q)).toEqual(shape(q1));
      }
    }
  });
});

describe('renaming an open letter in a workspace folder', () => {
  it('clears the problems published under the old name (the old file is gone, so nothing reviews it)', async () => {
    const before = path.join(dir, 'strict', 'draft.corresp.md');
    const after = path.join(dir, 'strict', 'acme-response.corresp.md');
    fs.writeFileSync(before, LETTER);
    const oldUri = pathToFileURL(before).toString();
    const newUri = pathToFileURL(after).toString();
    const opened = client.nextDiagnostics(oldUri);
    client.notify('textDocument/didOpen', { textDocument: { uri: oldUri, languageId: 'corresp', version: 1, text: LETTER } });
    expect((await opened).diagnostics.length).toBeGreaterThan(0);
    // The explorer renames the file: VS Code closes the old document and opens the new one.
    fs.renameSync(before, after);
    const cleared = client.nextDiagnostics(oldUri, 3000);
    const published = client.nextDiagnostics(newUri);
    client.notify('textDocument/didClose', { textDocument: { uri: oldUri } });
    client.notify('textDocument/didOpen', { textDocument: { uri: newUri, languageId: 'corresp', version: 1, text: LETTER } });
    expect((await cleared).diagnostics).toEqual([]);
    expect((await published).diagnostics.length).toBeGreaterThan(0);
  });

  it('clears a closed letter in a folder that is not reviewed', async () => {
    const uri = uriOf('quiet/closing.corresp.md');
    fs.writeFileSync(path.join(dir, 'quiet', 'closing.corresp.md'), withoutResponse(read(EXAMPLE), 2));
    const opened = client.nextDiagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text: withoutResponse(read(EXAMPLE), 2) } });
    expect((await opened).diagnostics.length).toBeGreaterThan(0);
    const cleared = client.nextDiagnostics(uri, 3000);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    expect((await cleared).diagnostics).toEqual([]);
  });
});
