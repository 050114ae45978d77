// Felt speed without lost correctness (issue 16): diagnostics follow typing with no fixed debounce, yet a burst of
// edits never publishes an older version after a newer one and ends with the final version's findings; and a
// quick fix rebuilt from a lean diagnostic applies exactly the edits the finding's fix data holds.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/check';
import { EXAMPLE, read, ROOT } from '../helpers/letters';
import { serverForTests } from '../helpers/lsp-client';
import { CLIENT_ADDS_LINKS, DIAGNOSTIC_SOURCE, type RuleDocs } from '../../server/src/lsp/diagnostic-links';

const server = serverForTests();
let client: typeof server.client;
beforeAll(() => void (client = server.client));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const summary = (diags: { code: string; range: unknown; message: string }[]) => diags.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`).sort();

describe('50 rapid edits', () => {
  it('publish the final version last, never an older version after a newer one', async () => {
    const uri = 'file:///letters/rapid.corresp.md';
    const base = read(EXAMPLE);
    const first = client.nextDiagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text: base } });
    await first;
    // Type 49 characters one at a time at the end, then rename response 3's label: the last version has a finding
    // the others lack, so the final publish proves it read the final text.
    let text = base;
    const typed = 'x'.repeat(49);
    const lines = () => text.split('\n');
    for (let i = 0; i < 49; i++) {
      const l = lines();
      const pos = { line: l.length - 1, character: l[l.length - 1].length };
      text += typed[i];
      client.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: typed[i] }] });
      // Keys a few milliseconds apart, as fast typing sends them: some checks finish between keys, some are cut short.
      await sleep(i % 7);
    }
    const label = text.indexOf('**Response:**', text.indexOf('> **3.**'));
    text = text.slice(0, label) + 'Draft:' + text.slice(label + '**Response:**'.length);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 51 }, contentChanges: [{ text }] });
    const log = client.publishes.get(uri)!;
    for (let waitedMs = 0; !log.some((p) => p.version === 51); waitedMs += 20) {
      expect(waitedMs, 'the final version was never published').toBeLessThan(20_000);
      await sleep(20);
    }
    await sleep(500); // anything stale would arrive after the final version
    const versions = log.map((p) => p.version);
    const waited = log[log.length - 1];
    expect(versions[versions.length - 1]).toBe(51);
    for (let i = 1; i < versions.length; i++) expect(versions[i], `versions published: ${versions.join(', ')}`).toBeGreaterThan(versions[i - 1]);
    const doc = TextDocument.create(uri, 'corresp', 51, text);
    const expected = analyze(text).findings.map((f) => ({ code: f.rule, range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) }, message: f.message }));
    expect(summary(waited.diagnostics)).toEqual(summary(expected));
    expect(waited.diagnostics.some((d: { code: string; message: string }) => d.code === 'missing-response' && /^Comment 3 /.test(d.message))).toBe(true);
  });
});

describe('lean diagnostics', () => {
  const fixtures = path.join(ROOT, 'test', 'fixtures', 'rules');
  const letters = fs
    .readdirSync(fixtures)
    .flatMap((rule) => fs.readdirSync(path.join(fixtures, rule)).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).map((f) => path.join(rule, f)));

  it.each(letters)('%s: every quick fix rebuilt from a lean diagnostic applies the finding\'s own edits', async (name) => {
    const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
    const uri = `file:///fixtures/${name.replace(/\//g, '-').replace(/\.md$/, '.corresp.md')}`;
    const published = client.nextDiagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text } });
    const { diagnostics } = await published;
    const doc = TextDocument.create(uri, 'corresp', 1, text);
    const withFixes = analyze(text).findings.filter((f) => f.fixes?.length);
    // No diagnostic carries `data`: rule, range and message name the finding whose fixes the code action rebuilds.
    expect(diagnostics.filter((d: { data?: unknown }) => d.data !== undefined)).toEqual([]);
    for (const f of withFixes) {
      const range = { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) };
      const d = diagnostics.find((x: any) => x.code === f.rule && x.message === f.message && JSON.stringify(x.range) === JSON.stringify(range));
      expect(d, `${f.rule} ${f.message}`).toBeTruthy();
      const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const fixes = actions.filter((a: { title: string; diagnostics?: unknown[] }) => a.diagnostics?.length === 1 && !/^(Disable |Show documentation |Record all |Fix all )/.test(a.title));
      expect(fixes.map((a: any) => ({ title: a.title, preferred: a.isPreferred, edits: a.edit.changes[uri] }))).toEqual(
        f.fixes!.map((x) => ({ title: x.title, preferred: x.preferred, edits: x.edits.map((e) => ({ range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) }, newText: e.newText })) })),
      );
    }
  });
});

describe('a client that adds source and documentation links itself (as the VS Code client does)', () => {
  const lean = serverForTests({}, { [CLIENT_ADDS_LINKS]: true });

  it('gets diagnostics without them that, completed from the rule docs it was given, equal the full ones', async () => {
    const uri = 'file:///letters/links.corresp.md';
    const text = read(EXAMPLE).replace('**Response:**', 'Draft:'); // comment 1 loses its response
    const open = (c: typeof client) => {
      const published = c.nextDiagnostics(uri);
      c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text } });
      return published;
    };
    const [full, bare] = [await open(client), await open(lean.client)];
    expect(bare.diagnostics.length).toBeGreaterThan(0);
    for (const d of bare.diagnostics) expect([d.source, d.codeDescription]).toEqual([undefined, undefined]);
    expect(JSON.stringify(bare.diagnostics).length).toBeLessThan(JSON.stringify(full.diagnostics).length);
    // What client/src/extension.ts's middleware does, in protocol terms.
    const docs: RuleDocs = lean.init.capabilities.experimental.ruleDocs;
    const completed = bare.diagnostics.map((d: any) => ({ ...d, source: DIAGNOSTIC_SOURCE, ...(docs.rules.includes(d.code) ? { codeDescription: { href: `${docs.base}${d.code}.md` } } : {}) }));
    const order = (ds: any[]) => ds.map((d) => JSON.stringify(d, Object.keys(d).sort())).sort();
    expect(order(completed)).toEqual(order(full.diagnostics));
    // The completed diagnostic, sent back as the client shows it, gets the same code actions.
    const missing = completed.find((d: any) => d.code === 'missing-response');
    const ask = (c: typeof client) => c.request('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } });
    expect(await ask(lean.client)).toEqual(await ask(client));
  });
});

describe('while the settings are still being fetched', () => {
  // The first check of a letter waits for workspace/configuration; an editor can send an edit before answering.
  const slow = serverForTests({ workspace: { configuration: true } });

  it('an edit that arrives first still ends with the newest version published', async () => {
    const c = slow.client;
    let release!: () => void;
    c.answersHeld = new Promise((resolve) => (release = resolve));
    const uri = 'file:///letters/slow-settings.corresp.md';
    const text = read(EXAMPLE);
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text } });
    await sleep(50); // the check of version 1 now waits for the settings
    const label = text.indexOf('**Response:**', text.indexOf('> **3.**'));
    const edited = text.slice(0, label) + 'Draft:' + text.slice(label + '**Response:**'.length);
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    await sleep(50); // and so does the re-check of version 2, which superseded it
    release();
    for (let waitedMs = 0; !c.publishes.get(uri)?.some((p) => p.version === 2); waitedMs += 20) {
      expect(waitedMs, `version 2 was never published; stderr: ${slow.stderr}`).toBeLessThan(10_000);
      await sleep(20);
    }
    const log = c.publishes.get(uri)!;
    expect(log.map((p) => p.version)).toEqual([2]);
    expect(log[0].diagnostics.some((d: { code: string; message: string }) => d.code === 'missing-response' && /^Comment 3 /.test(d.message))).toBe(true);
  });
});
