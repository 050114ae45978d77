// The bundled language server against bad requests and awkward text: it answers (a result, null or an error
// response) and never exits; LSP ranges count UTF-16 code units even after emoji and CJK text.
import { beforeAll, describe, expect, it } from 'vitest';
import { serverForTests } from '../helpers/lsp-client';

const server = serverForTests();
let client: typeof server.client;
beforeAll(() => void (client = server.client));

/** A request must be answered — with a result, null, or an error response — and leave the server running. */
async function answered(method: string, params: unknown): Promise<{ result?: unknown; error?: string }> {
  try {
    return { result: await client.request(method, params, 10_000) };
  } catch (err) {
    const message = (err as Error).message;
    expect(message, `${method} got no answer`).not.toMatch(/no answer in/);
    return { error: message };
  }
}

async function alive(): Promise<void> {
  expect(server.exited, `server exited; stderr: ${server.stderr}`).toBeUndefined();
  const r = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///never-opened.md' } }, 10_000);
  expect(r).toBeNull();
}

function open(uri: string, text: string, version = 1) {
  const published = client.nextDiagnostics(uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version, text } });
  return published;
}

/** Slices `text` by an LSP range, counting characters as UTF-16 code units (what JavaScript strings index). */
function sliceRange(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return text.slice(starts[range.start.line] + range.start.character, starts[range.end.line] + range.end.character);
}

describe('UTF-16 positions', () => {
  const text = [
    '---',
    'company: 世纪互联 21Vianet 😀 Group',
    '---',
    '',
    '# Item 5. 😀 世纪互联 Review',
    '',
    '## 👩‍👩‍👧 Goodwill, page 84',
    '',
    '> **1.** We note 😀😀 世纪互联 disclosure. Refer to ASC 350-20-35-30.',
    '',
    '**Response:**',
    '',
    '😀😀😀 世纪互联 𝒳 The Company will consider revising its future filings, as appropriate. See 😀 ASC 999-99-99-99 and 世纪 SFAS 142.',
    '',
  ].join('\n');

  it('ranges after emoji (surrogate pairs) and CJK text cover exactly the flagged words', async () => {
    const uri = 'file:///letters/utf16.corresp.md';
    const diags = (await open(uri, text)).diagnostics as { code: string; range: any }[];
    const expected: Record<string, string> = { 'hedged-commitment': 'will consider', 'unknown-authority': 'ASC 999-99-99-99', 'superseded-standard': 'SFAS 142' };
    const seen = diags.filter((d) => d.code in expected);
    expect(seen.map((d) => d.code).sort()).toEqual(Object.keys(expected).sort());
    const line = text.split('\n')[12];
    for (const d of seen) {
      expect(d.range.start.line).toBe(12);
      expect(sliceRange(text, d.range)).toBe(expected[d.code]);
      // Counting code points instead would land earlier: the line has astral characters before each finding.
      const codePoints = [...line.slice(0, d.range.start.character)].length;
      expect(codePoints).toBeLessThan(d.range.start.character);
    }
  });

  it('an edit made in UTF-16 coordinates after emoji moves the finding by exactly the inserted text', async () => {
    const uri = 'file:///letters/utf16-edit.corresp.md';
    await open(uri, text);
    const line = text.split('\n')[12];
    const at = line.indexOf('See');
    const next = client.nextDiagnostics(uri);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 12, character: at }, end: { line: 12, character: at } }, text: '😀世 ' }],
    });
    const after = text.split('\n');
    after[12] = line.slice(0, at) + '😀世 ' + line.slice(at);
    const edited = after.join('\n');
    const diags = (await next).diagnostics as { code: string; range: any }[];
    const unknown = diags.find((d) => d.code === 'unknown-authority')!;
    expect(sliceRange(edited, unknown.range)).toBe('ASC 999-99-99-99');
  });
});

describe('bad requests never take the server down', () => {
  const uri = 'file:///letters/bad.corresp.md';
  beforeAll(async () => {
    await open(uri, '> **1.** We note ASC 350-20-35-30.\n\n**Response:**\n\nThe Company will revise future filings.\n');
  });

  it.each([
    ['hover far past the end', 'textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 99999 } }],
    ['hover at a negative position', 'textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } }],
    ['completion past the end of a line', 'textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 10_000 } }],
    ['code actions for a range past the end', 'textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 500, character: 0 }, end: { line: 900, character: 3 } }, context: { diagnostics: [] } }],
    ['fix-all code actions', 'textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }],
    ['a quick fix from a forged diagnostic', 'textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ source: 'corresp', code: 'x', message: 'x', range: { start: { line: 77, character: 0 }, end: { line: 78, character: 0 } }, data: { fixes: 'not an array' } }] } }],
    ['symbols of an unknown URI', 'textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.md' } }],
    ['hover on an unknown URI', 'textDocument/hover', { textDocument: { uri: 'untitled:Untitled-9' }, position: { line: 0, character: 0 } }],
    ['folding ranges with no textDocument', 'textDocument/foldingRange', {}],
    ['links with null params', 'textDocument/documentLink', null],
    ['an unknown method', 'corresp/noSuchThing', {}],
  ])('%s', async (_name, method, params) => {
    const r = await answered(method, params);
    expect(r.error !== undefined || r.result === null || typeof r.result === 'object').toBe(true);
    await alive();
  });

  it('a closed document: requests answer null, edits to it are ignored', async () => {
    const closed = 'file:///letters/closed.corresp.md';
    await open(closed, '> **1.** We note.\n');
    const cleared = client.nextDiagnostics(closed);
    client.notify('textDocument/didClose', { textDocument: { uri: closed } });
    expect((await cleared).diagnostics).toEqual([]);
    expect((await answered('textDocument/hover', { textDocument: { uri: closed }, position: { line: 0, character: 3 } })).result ?? null).toBeNull();
    client.notify('textDocument/didChange', { textDocument: { uri: closed, version: 9 }, contentChanges: [{ text: 'x' }] });
    await alive();
  });

  it('edits with ranges past the end, and stale versions, are absorbed', async () => {
    const next = client.nextDiagnostics(uri);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4000, character: 9 }, end: { line: 5000, character: 0 } }, text: '\n> **2.** Tell us more.\n' }],
    });
    const d = await next;
    expect(d.version).toBe(2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: 'stale' }] });
    await alive();
  });

  it('a cancelled request still gets an answer (a result or RequestCancelled), and the server goes on', async () => {
    const pending = answered('textDocument/documentSymbol', { textDocument: { uri } });
    client.notify('$/cancelRequest', { id: 999_999 }); // unknown id: ignored
    const id = (client as unknown as { nextId: number }).nextId - 1;
    client.notify('$/cancelRequest', { id });
    await pending;
    await alive();
  });

  it('a letter over corresp.maxFileSize (default 5 MB) gets one clear diagnostic and no analysis', async () => {
    const big = 'file:///letters/big.corresp.md';
    const text = ('> **1.** We note ASC 350-20-35-30.\n\n**Response:**\n\nThe Company will revise future filings.\n\n').repeat(60_000);
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const d = await open(big, text);
    expect(d.diagnostics).toHaveLength(1);
    expect(d.diagnostics[0].code).toBe('file-too-large');
    expect(d.diagnostics[0].message).toMatch(/corresp\.maxFileSize/);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: big } })).toEqual(expect.any(Array));
    await alive();
  });

  it('a 2 MB letter full of curly quotes, CJK and emoji arrives intact over stdio: ranges at its end are exact', async () => {
    const u = 'file:///letters/wide.corresp.md';
    const filler = '> **1.** We note the “Adjusted EBITDA” of 株式会社 😀 on page 5.\n\n**Response:**\n\nThe Company’s answer, with “quotes” and 😀.\n\n';
    const head = filler.repeat(Math.ceil(2_100_000 / filler.length));
    const text = head + '> **2.** Please tell us how 😀 “株式会社” reconciles.\n';
    const d = await open(u, text);
    const missing = d.diagnostics.find((x: { code: string }) => x.code === 'missing-response');
    const lines = text.split('\n');
    expect(missing.range.start).toEqual({ line: lines.length - 2, character: 0 });
    expect(missing.range.end).toEqual({ line: lines.length - 2, character: lines[lines.length - 2].length });
    await alive();
  });

  it('malformed and hostile text: NUL, BOM, lone surrogates, CR line ends, a 10,000-character line', async () => {
    const u = 'file:///letters/hostile.corresp.md';
    const text = '\uFEFF> **1.** \u0000We note \uD83D.\r\r**Response:**\r\r' + 'x'.repeat(10_000) + '\r\n> **2.** ' + '> '.repeat(300) + '\n';
    const d = await open(u, text);
    for (const diag of d.diagnostics) expect(diag.range.start.line).toBeLessThanOrEqual(diag.range.end.line);
    await alive();
  });
});
