// Word drafts and PDFs in the language server: the workspace review checks a DOCX response letter and names the
// paragraph of each finding, leaves a staff letter's PDF alone, and converts a document for the client's view.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../server/src/core/export';
import { EXAMPLE, read, ROOT } from '../helpers/letters';
import { LspClient } from '../helpers/lsp-client';
import { writePdf } from '../helpers/pdf-writer';
import { staffLetterPages } from '../helpers/staff-pdf';

const SERVER = path.join(ROOT, 'server', 'out', 'server.js');
let proc: ChildProcess;
let client: LspClient;
let dir: string;
const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-docs-'));
  const text = read(EXAMPLE);
  const at = text.indexOf('> **3.**');
  const unanswered = text.slice(0, text.indexOf('**Response:**', at)) + text.slice(text.indexOf('> **4.**'));
  fs.writeFileSync(path.join(dir, 'DRAFT.docx'), (await exportDocx(unanswered)).output);
  fs.writeFileSync(path.join(dir, 'STAFF.pdf'), writePdf(staffLetterPages()));
  proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  client = new LspClient(proc);
});

afterAll(() => {
  client.notify('exit', null);
  proc.kill();
});

describe('documents in the language server', () => {
  it('reviews a Word response letter in the workspace, naming paragraphs; a staff PDF stays quiet', async () => {
    const draft = client.nextDiagnostics(uriOf('DRAFT.docx'));
    await client.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'letters' }], capabilities: {} });
    client.notify('initialized', {});
    const d = await draft;
    const missing = d.diagnostics.filter((x: { code: string }) => x.code === 'missing-response').map((x: { message: string }) => x.message);
    expect(missing).toEqual([expect.stringMatching(/^Comment 3 .* has no response \(paragraph \d+\)$/)]);
    expect(client.published(uriOf('STAFF.pdf'))).toBe(false);
  });

  it('converts a document for the client (corresp/convertDocument)', async () => {
    const r = await client.request('corresp/convertDocument', { uri: uriOf('STAFF.pdf'), emphasis: false });
    expect(r.format).toBe('pdf');
    expect(r.text).toMatch(/^4\. Please revise your forward-looking/m);
    const missing = await client.request('corresp/convertDocument', { uri: uriOf('nope.pdf') });
    expect(missing.error).toMatch(/nope\.pdf|ENOENT/);
  });
});

describe('the converted view of a document', () => {
  it('gets diagnostics that name the paragraph, and the document\u2019s notes', async () => {
    const file = uriOf('DRAFT.docx');
    const r = await client.request('corresp/convertDocument', { uri: file });
    const view = `corresp-converted:${decodeURIComponent(new URL(file).pathname)}.corresp.md`;
    const published = client.nextDiagnostics(view);
    client.notify('textDocument/didOpen', { textDocument: { uri: view, languageId: 'corresp', version: 1, text: r.text } });
    const d = await published;
    const missing = d.diagnostics.filter((x: { code: string }) => x.code === 'missing-response');
    expect(missing.map((x: { message: string }) => x.message)).toEqual([expect.stringMatching(/^Comment 3 .* has no response \(paragraph \d+\)$/)]);
    expect(missing[0].range.start.line).toBeGreaterThan(0); // on the comment's line in the view
  });
});
