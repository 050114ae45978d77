// Issue 13, loose end: no flicker of the Problems count on the first save of a new letter. A new response letter
// starts as an untitled document with a path ("New Response from Staff Letter…"); on its first save VS Code opens
// the file and then closes the untitled document, and the file watcher reports the file created. The test records
// every publishDiagnostics of open → change → save and follows the Problems count (the sum over documents).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, read, withoutResponse } from '../helpers/letters';
import { serverForTests } from '../helpers/lsp-client';

const server = serverForTests({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });


/** The Problems count after each publish, from the publishes recorded since `from`. */
function counts(from: number): number[] {
  const now = new Map<string, number>();
  const out: number[] = [];
  for (const n of server.client.notifications.slice(from)) {
    if (n.method !== 'textDocument/publishDiagnostics') continue;
    now.set(n.params.uri, n.params.diagnostics.length);
    out.push([...now.values()].reduce((a, b) => a + b, 0));
  }
  return out;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('first save of a new letter', () => {
  it.each(['open, watcher, close', 'watcher, open, close', 'close, open, watcher'])('saving an untitled letter publishes its problems once, never two copies (%s)', async (order) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-first-save-'));
    const file = path.join(dir, 'acme-2025-03-17-response.corresp.md');
    const fileUri = pathToFileURL(file).toString();
    // As VS Code writes it: a Uri with a path and no authority.
    const untitled = `untitled:${fileUri.slice('file://'.length)}`;
    const text = withoutResponse(read(EXAMPLE), 3);
    const start = server.client.notifications.length;

    const opened = server.client.nextDiagnostics(untitled);
    server.client.notify('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'corresp', version: 1, text: '' } });
    await opened;
    const changed = server.client.nextDiagnostics(untitled);
    server.client.notify('textDocument/didChange', { textDocument: { uri: untitled, version: 2 }, contentChanges: [{ text }] });
    const before = (await changed).diagnostics.length;
    expect(before).toBeGreaterThan(0);

    // Save: the file is written, VS Code opens it and closes the untitled document; the watcher reports the file.
    fs.writeFileSync(file, text);
    const watcher = () => server.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri, type: 1 }] });
    const openFile = () => server.client.notify('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: 'corresp', version: 1, text } });
    const closeUntitled = () => server.client.notify('textDocument/didClose', { textDocument: { uri: untitled } });
    if (order === 'open, watcher, close') [openFile, watcher, closeUntitled].forEach((f) => f());
    if (order === 'watcher, open, close') [watcher, openFile, closeUntitled].forEach((f) => f());
    if (order === 'close, open, watcher') [closeUntitled, openFile, watcher].forEach((f) => f());
    // Done when the untitled document has been cleared (it always is: on the hand-over, or a second after its close).
    for (let i = 0; i < 60 && !server.client.publishes.get(untitled)!.some((p, k, all) => k === all.length - 1 && p.diagnostics.length === 0); i++) await wait(50);
    await wait(200); // anything published late would show here

    const seen = counts(start);
    const afterChange = seen.slice(seen.indexOf(before));
    // The count never falls to zero (or below the letter's problems) while the letter is saved, and ends where it was.
    expect(Math.min(...afterChange)).toBe(before);
    expect(seen[seen.length - 1]).toBe(before);
    // The file is published once, with its problems; the untitled document is cleared in the very next message.
    const publishes = server.client.notifications.slice(start).filter((n) => n.method === 'textDocument/publishDiagnostics');
    const fileAt = publishes.findIndex((n) => n.params.uri === fileUri);
    expect(publishes.filter((n) => n.params.uri === fileUri).map((n) => n.params.diagnostics.length)).toEqual([before]);
    expect(publishes.slice(fileAt + 1).map((n) => [n.params.uri, n.params.diagnostics.length])).toEqual([[untitled, 0]]);
  });
});
