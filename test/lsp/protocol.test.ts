// The bundled language server spoken to over stdio, as any editor would.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, read, exampleWithoutResponse } from '../helpers/letters';
import { EXPORT_REFUSED } from '../../server/src/lsp/drafting-protocol';
import { serverForTests } from '../helpers/lsp-client';

const server = serverForTests();
let client: typeof server.client;
beforeAll(() => {
  client = server.client;
  expect(server.init.capabilities.textDocumentSync).toBe(2);
});


describe('language server over stdio', () => {
  const uri = 'file:///letters/test.corresp.md';

  it('publishes diagnostics, an outline, and a quick fix that works', async () => {
    const text = exampleWithoutResponse(2);
    const published = client.nextDiagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text } });
    const diags = await published;
    const missing = diags.diagnostics.filter((d: { code: string }) => d.code === 'missing-response');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toBe('Comment 2 (A. Selected Financial Data, page 3) has no response');
    expect(missing[0].source).toBe('corresp');
    expect(missing[0].codeDescription.href).toMatch(/docs\/rules\/missing-response\.md$/);
    expect(missing[0].relatedInformation[0].location.uri).toBe(uri);
    expect(diags.version).toBe(1);

    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const names = JSON.stringify(symbols);
    expect(names).toContain('"name":"Comment 5"');
    expect(names).not.toContain('Comment 5 — Goodwill');
    expect(symbols[0].name).toBe('Letter facts');
    const item3 = symbols.find((s: { name: string }) => s.name === 'Item 3. Key Information');
    expect(item3.children[0].name).toBe('A. Selected Financial Data, page 3');
    expect(item3.children[0].children[0].name).toBe('Comment 1');
    expect(item3.children[0].children[0].children[0].name).toBe('Response 1');

    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: missing[0].range, context: { diagnostics: [missing[0]] } });
    const insert = actions.find((a: { title: string }) => a.title === 'Insert a response to comment 2');
    expect(insert).toBeTruthy();
    expect(actions.some((a: { title: string }) => a.title === 'Disable missing-response for this line')).toBe(true);
    const docs = actions.find((a: { title: string }) => a.title === 'Show documentation for missing-response');
    expect(docs.command).toEqual({ title: 'Show documentation for missing-response', command: 'corresp.showRuleDocs', arguments: ['missing-response', expect.stringMatching(/missing-response\.md$/)] });

    const edits = insert.edit.changes[uri];
    const fixed = client.applyEdits(text, edits);
    const republished = client.nextDiagnostics(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await republished;
    expect(after.version).toBe(2);
    expect(after.diagnostics.filter((d: { code: string }) => d.code === 'missing-response')).toEqual([]);
    expect(after.diagnostics.filter((d: { code: string }) => d.code === 'empty-response')).toHaveLength(1);

    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    expect(folds.length).toBeGreaterThanOrEqual(9);
  });

  it('applies incremental changes and publishes only the newest version', async () => {
    const u = 'file:///letters/incremental.corresp.md';
    const text = read(EXAMPLE);
    const first = client.nextDiagnostics(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'corresp', version: 1, text } });
    expect((await first).diagnostics.filter((d: { severity: number }) => d.severity === 1)).toEqual([]);
    // Delete response 4's label with a range edit, then type again before the server has read the first: only the last
    // version is published.
    const start = text.indexOf('**Response:**', text.indexOf('> **4.**'));
    const pos = (offset: number) => {
      const before = text.slice(0, offset).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length };
    };
    const next = client.nextDiagnostics(u);
    client.notifyTogether([
      ['textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: pos(start), end: pos(start + '**Response:**'.length) }, text: 'Draft:' }] }],
      ['textDocument/didChange', { textDocument: { uri: u, version: 3 }, contentChanges: [{ range: { start: pos(0), end: pos(0) }, text: '' }] }],
    ]);
    const got = await next;
    expect(got.version).toBe(3);
    expect(got.diagnostics.filter((d: { code: string }) => d.code === 'missing-response').map((d: { message: string }) => d.message)).toEqual([
      'Comment 4 (Discussion of Non-GAAP Financial Measures, page 5) has no response',
    ]);
  });

  it('answers bad requests with an error or null, and keeps running', async () => {
    const unknown = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 9999, character: 9999 } });
    expect(unknown).toBeNull();
    const past = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///letters/test.corresp.md' } });
    expect(Array.isArray(past)).toBe(true);
    await expect(client.request('corresp/noSuchMethod', {})).rejects.toThrow();
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///letters/test.corresp.md' }, position: { line: 100000, character: 5 } });
    expect(hover === null || typeof hover === 'object').toBe(true);
    expect(server.exited).toBeUndefined();
  });

  it('ignores ordinary markdown files', async () => {
    const u = 'file:///notes/readme.md';
    const published = client.nextDiagnostics(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: '# Notes\n\n1. We note a thing.\n' } });
    expect((await published).diagnostics).toEqual([]);
  });
});

describe('ordinary markdown', () => {
  it('gets no outline, hover or code actions from corresp', async () => {
    const u = 'file:///notes/plain.md';
    const published = client.nextDiagnostics(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: '# Notes\n\n> **1.** We note a thing.\n' } });
    await published;
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: u } })).toBeNull();
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } })).toBeNull();
  });

  it('becomes a letter when its front matter says so', async () => {
    const u = 'file:///notes/letter.md';
    const published = client.nextDiagnostics(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: '---\ncompany: Example Corp\n---\n\n> **1.** Please describe your segments.\n' } });
    expect((await published).diagnostics.map((d: { code: string }) => d.code)).toContain('missing-response');
  });
});

describe('citations through the protocol', () => {
  const u = 'file:///letters/cites.corresp.md';
  const text = read(EXAMPLE);
  const pos = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  beforeAll(async () => {
    const published = client.nextDiagnostics(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'corresp', version: 1, text } });
    await published;
  });

  it('hovers an ASC cite with its title path', async () => {
    const at = text.indexOf('ASC 350-20-35-30') + 6;
    const hover = await client.request('textDocument/hover', { textDocument: { uri: u }, position: pos(at) });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toMatch(/Goodwill/);
    expect(hover.contents.value).toMatch(/Subsequent Measurement/);
    expect(hover.range.start).toEqual(pos(text.indexOf('ASC 350-20-35-30')));
  });

  it('goes from a response label to its comment, and back from the comment number', async () => {
    const label = text.indexOf('**Response:**', text.indexOf('> **2.**'));
    const toComment = await client.request('textDocument/definition', { textDocument: { uri: u }, position: pos(label + 4) });
    expect(toComment).toHaveLength(1);
    // The test client declares no link support: plain locations, at the comment's number.
    expect(toComment[0].uri).toBe(u);
    expect(toComment[0].range.start).toEqual(pos(text.indexOf('2.', text.indexOf('> **2.**'))));
    const back = await client.request('textDocument/definition', { textDocument: { uri: u }, position: pos(text.indexOf('> **2.**') + 4) });
    expect(back[0].range.start.line).toBe(pos(label).line);
    expect(await client.request('textDocument/definition', { textDocument: { uri: u }, position: pos(text.indexOf('ASC 350-20-35-30')) })).toBeNull();
  });

  it('lists and highlights every place that names a comment', async () => {
    const number = text.indexOf('> **2.**') + 4;
    const refs = await client.request('textDocument/references', { textDocument: { uri: u }, position: pos(number), context: { includeDeclaration: true } });
    expect(refs.length).toBeGreaterThanOrEqual(2);
    expect(refs[0].range.start).toEqual(pos(text.indexOf('2.', text.indexOf('> **2.**'))));
    const highlights = await client.request('textDocument/documentHighlight', { textDocument: { uri: u }, position: pos(number) });
    expect(highlights.map((h: { range: unknown }) => h.range)).toEqual(refs.map((r: { range: unknown }) => r.range));
  });

  it('links cites to their public pages', async () => {
    const links = await client.request('textDocument/documentLink', { textDocument: { uri: u } });
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const l of links) expect(l.target).toMatch(/^https:\/\//);
  });

  it('completes ASC topics after "ASC "', async () => {
    const u2 = 'file:///letters/typing.corresp.md';
    const typing = '---\ncompany: X\n---\n\n> **1.** Please explain.\n\n**Response:**\n\nUnder ASC 35';
    const published = client.nextDiagnostics(u2);
    client.notify('textDocument/didOpen', { textDocument: { uri: u2, languageId: 'corresp', version: 1, text: typing } });
    await published;
    const lines = typing.split('\n');
    const items = await client.request('textDocument/completion', { textDocument: { uri: u2 }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
    const list = Array.isArray(items) ? items : items.items;
    expect(list.some((i: { label: string; detail?: string }) => i.label.includes('350') && /Goodwill/.test(`${i.label} ${i.detail ?? ''}`))).toBe(true);
  });
});

describe('commitments through the protocol', () => {
  it('puts a code lens with the register status above each commitment', async () => {
    const u = 'file:///letters/lens.corresp.md';
    const text = read(EXAMPLE);
    const published = client.nextDiagnostics(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'corresp', version: 1, text } });
    await published;
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: u } });
    expect(lenses.length).toBeGreaterThanOrEqual(4);
    for (const l of lenses) expect(l.command.title).toMatch(/^(?:Documented · |Not in register — record it)/);
  });
});

describe('recording commitments through the protocol', () => {
  const u = 'file:///letters/record-all.corresp.md';
  const text = `---
company: Example Corp.
filing: Form 10-K for the fiscal year ended December 31, 2024
---
# Item 7
> **1.** Please revise to quantify each factor.

**Response:**

In future filings, we will quantify each material factor.

> **2.** Please disclose the assumptions.

**Response:**

We will disclose the key assumptions in future filings. We will also describe the sensitivity of the estimate in future filings.
`;

  it('offers one "Record all N" action whose edit records every commitment, and single fixes of their own', async () => {
    const published = client.nextDiagnostics(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'corresp', version: 1, text } });
    const unrecorded = (await published).diagnostics.filter((d: { code: string }) => d.code === 'undocumented-commitment');
    expect(unrecorded).toHaveLength(3);
    // Lean: no `data`; the code action finds each commitment by its rule, range and message.
    for (const d of unrecorded) expect(d.data).toBeUndefined();

    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: unrecorded[1].range, context: { diagnostics: [unrecorded[1]] } });
    const all = actions.filter((a: { title: string }) => /^Record all/.test(a.title));
    expect(all.map((a: { title: string }) => a.title)).toEqual(['Record all 3 commitments in the register']);
    expect(all[0].kind).toBe('quickfix');
    expect(actions.filter((a: { title: string }) => a.title === 'Record this commitment in the register')).toHaveLength(1);

    const fixed = client.applyEdits(text, all[0].edit.changes[u]);
    expect(fixed.match(/^ {2}- comment: /gm)).toHaveLength(3);
    const republished = client.nextDiagnostics(u);
    client.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await republished;
    expect(after.diagnostics.filter((d: { code: string }) => d.code === 'undocumented-commitment')).toEqual([]);
    expect(after.diagnostics.filter((d: { code: string }) => /register|commitment-entry/.test(d.code))).toEqual([]);
  });

  it('fix-all writes the register key once and every commitment', async () => {
    const v = 'file:///letters/record-fix-all.corresp.md';
    const published = client.nextDiagnostics(v);
    client.notify('textDocument/didOpen', { textDocument: { uri: v, languageId: 'corresp', version: 1, text } });
    await published;
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: v }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    const fixAll = actions.find((a: { kind: string }) => a.kind === 'source.fixAll.corresp');
    const fixed = client.applyEdits(text, fixAll.edit.changes[v]);
    expect(fixed.match(/^commitments:/gm)).toHaveLength(1);
    expect(fixed.match(/^ {2}- comment: /gm)).toHaveLength(3);
  });
});

describe('drafting requests (the work behind the VS Code commands runs in the server)', () => {
  it('exports a letter as HTML text and as a base64 DOCX', async () => {
    const html = await client.request('corresp/exportLetter', { text: read(EXAMPLE), format: 'html' });
    expect(html.files.map((f: { suffix: string; encoding: string }) => [f.suffix, f.encoding])).toEqual([['', 'utf8']]);
    expect(html.files[0].contents).toMatch(/<html[\s\S]*Goodwill/i);
    const docx = await client.request('corresp/exportLetter', { text: read(EXAMPLE), format: 'docx' });
    expect(docx.files[0].encoding).toBe('base64');
    expect(Buffer.from(docx.files[0].contents, 'base64').subarray(0, 2).toString()).toBe('PK');
    await expect(client.request('corresp/exportLetter', { text: 'x', format: 'pdf' })).rejects.toThrow(/format/);
  });

  it('refuses a letter that would leak its register: the reasons first, and an export asked anyway fails', async () => {
    const text = read(EXAMPLE);
    const unclosed = text.replace(/\n---\n/, '\n'); // the front matter's closing line removed
    expect(await client.request('corresp/exportRefusals', { text })).toEqual([]);
    const reasons = await client.request('corresp/exportRefusals', { text: unclosed });
    expect(reasons.join(' ')).toMatch(/front matter/i);
    await expect(client.request('corresp/exportLetter', { text: unclosed, format: 'txt' })).rejects.toMatchObject({ code: EXPORT_REFUSED, message: expect.stringMatching(/front matter/i) });
  });

  it('says why a letter is not ready to file, and a DRAFT export is marked so', async () => {
    const text = read(EXAMPLE);
    expect(await client.request('corresp/exportReadiness', { text })).toEqual([]);
    const undated = text.replace('The Company respectfully', '[TBD] The Company respectfully');
    const findings = await client.request('corresp/exportReadiness', { text: undated });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f: { message: string }) => f.message).join(' ')).toMatch(/TBD/);
    expect(findings.every((f: { line: unknown }) => typeof f.line === 'number')).toBe(true);
    const draft = await client.request('corresp/exportLetter', { text: undated, format: 'html', draft: true });
    expect(draft.files[0].contents).toMatch(/DRAFT/);
    const filed = await client.request('corresp/exportLetter', { text, format: 'html' });
    expect(filed.files[0].contents).not.toMatch(/NOT FOR FILING/);
  });

  it('imports a staff letter into a draft with a report', async () => {
    const staff = 'Dear Mr. Smith:\n\nWe have reviewed your filing.\n\nForm 10-K\n\n1. Please explain your revenue.\n\n2. Please describe your segments.\n\nSincerely,\n\nDivision of Corporation Finance\n';
    const draft = await client.request('corresp/importStaffLetter', { text: staff, format: 'text' });
    expect(draft.report.comments).toEqual([1, 2]);
    expect(draft.markdown).toMatch(/Please describe your segments/);
  });

  it('builds the commitments register from files on disk and open documents, skipping files that are not letters', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-register-'));
    fs.writeFileSync(path.join(dir, 'a.corresp.md'), read(EXAMPLE));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nWe will revise future filings.\n');
    const open = 'file:///letters/open-register.corresp.md';
    const published = client.nextDiagnostics(open);
    client.notify('textDocument/didOpen', { textDocument: { uri: open, languageId: 'corresp', version: 1, text: read(EXAMPLE) } });
    await published;
    const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
    const register = await client.request('corresp/commitmentRegister', {
      letters: [
        { uri: uri('a.corresp.md'), name: 'a.corresp.md' },
        { uri: uri('notes.md'), name: 'notes.md' },
        { uri: open, name: 'open.corresp.md' },
      ],
    });
    expect(register.summary).toMatch(/^\d+ commitments in 2 letters/);
    const rows = JSON.parse(register.texts.json);
    expect(new Set(rows.map((r: { letter: string }) => r.letter))).toEqual(new Set(['a.corresp.md', 'open.corresp.md']));
    expect(register.texts.csv.split('\n')[0]).toMatch(/^Letter,Company,Comment,Line,Sentence/);
  });
});

// Which editor documents the server analyses: the corresp language, and markdown whose name or front matter says it
// is a letter; never plaintext, python or any other language, whatever the text (core/letter-files.ts).
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

describe('corresp.config.json in the editor', () => {
  it('is found by walking up from the letter, as the CLI finds it, and laid over the settings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-lsp-config-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'letters'));
    fs.writeFileSync(path.join(dir, 'corresp.config.json'), JSON.stringify({ rules: { 'missing-response': 'off', 'undocumented-commitment': 'error' } }));
    const uri = pathToFileURL(path.join(dir, 'letters', 'a.corresp.md')).toString();
    const codes = await open(uri, 'corresp', unanswered());
    expect(codes).not.toContain('missing-response');
    expect(codes).toContain('undocumented-commitment');
  });
});
