// Issue 13, loose end: the previous round's letter named by the front matter (`prior: ../…corresp.md`) feeds the
// "prior comment N" hover, and a path that leads nowhere gets a clear finding: in the core, the CLI and the editor.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { hoverAt } from '../../server/src/core/features/hover';
import { readPriorInput } from '../../server/src/disk/prior-letter';
import { ROOT } from '../helpers/letters';
import { serverForTests } from '../helpers/lsp-client';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules', 'prior-letter');
const FOUND = path.join(FIXTURES, 'found.corresp.md');
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const server = serverForTests();

function positionOf(text: string, needle: string, plus = 0) {
  const at = text.indexOf(needle) + plus;
  const before = text.slice(0, at).split('\n');
  return { offset: at, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

describe('the prior letter in the core', () => {
  it('"prior comment 2" hovers with the staff comment and our answer from the named letter', () => {
    const text = fs.readFileSync(FOUND, 'utf8');
    const analysis = analyze(text, undefined, undefined, { prior: readPriorInput(FOUND, text) });
    expect(analysis.findings.filter((f) => f.rule === 'prior-letter')).toEqual([]);
    const hover = hoverAt(analysis, positionOf(text, 'prior comment 2', 3).offset)!;
    expect(hover.markdown).toContain('**Prior comment 2**');
    expect(hover.markdown).toContain('Please disclose the percentage by which fair value exceeded carrying value.');
    expect(hover.markdown).toContain('Our response: The Company will disclose the percentage in future filings.');
    // Without the prior letter, the hover says how to get it.
    expect(hoverAt(analyze(text), positionOf(text, 'prior comment 2', 3).offset)!.markdown).toContain('Name the previous response in the front matter');
  });

  it('a path that leads nowhere is a prior-letter finding on the path, and the hover says why', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-prior-'));
    const file = path.join(dir, 'round-2.corresp.md');
    const text = fs.readFileSync(FOUND, 'utf8').replace('previous/2017-05-09-response.corresp.md', '../round-1/response.corresp.md');
    const analysis = analyze(text, undefined, undefined, { prior: readPriorInput(file, text) });
    const found = analysis.findings.filter((f) => f.rule === 'prior-letter');
    expect(found.map((f) => f.message)).toEqual([
      `The prior letter "../round-1/response.corresp.md" cannot be used: there is no file at ${path.join(path.dirname(dir), 'round-1', 'response.corresp.md')}`,
    ]);
    expect(text.slice(found[0].span.start, found[0].span.end)).toBe('../round-1/response.corresp.md');
    expect(hoverAt(analysis, positionOf(text, 'prior comment 2', 3).offset)!.markdown).toContain('cannot be read: there is no file at');
  });

  it('corresp check reads the path relative to the letter, from any working directory', () => {
    const ok = execFileSync(process.execPath, [CLI, 'check', path.relative(os.tmpdir(), FOUND), '--rule', 'not-ready-to-file=off'], { cwd: os.tmpdir(), encoding: 'utf8' });
    expect(ok).not.toMatch(/ prior-letter /);
    expect(ok).toMatch(/found\.corresp\.md:10:1 warning undocumented-commitment/); // it was checked
    const out = spawnSync(process.execPath, [CLI, 'check', path.join(FIXTURES, 'missing.corresp.md')], { encoding: 'utf8' }).stdout;
    expect(out).toMatch(/missing\.corresp\.md:3:8 warning prior-letter The prior letter "\.\.\/2017-05-09-response\.corresp\.md" cannot be used: there is no file at /);
  });
});

describe('the prior letter in the editor', () => {
  it('hovers "prior comment 2" from the named letter and reports a path that leads nowhere', async () => {
    const uri = pathToFileURL(FOUND).toString();
    const text = fs.readFileSync(FOUND, 'utf8');
    const published = server.client.nextDiagnostics(uri);
    server.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text } });
    expect((await published).diagnostics.filter((d: { code: string }) => d.code === 'prior-letter')).toEqual([]);
    const hover = await server.client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'prior comment 2', 3).position });
    expect(hover.contents.value).toContain('Our response: The Company will disclose the percentage in future filings.');
    // … and links to that comment in the prior letter (its line there).
    const links = await server.client.request('textDocument/documentLink', { textDocument: { uri } });
    const prior = links.filter((l: { target: string }) => l.target.includes('2017-05-09-response'));
    const priorText = fs.readFileSync(path.join(FIXTURES, 'previous', '2017-05-09-response.corresp.md'), 'utf8');
    const priorLine = priorText.split('\n').findIndex((l) => l.startsWith('> **2.**')) + 1;
    expect(prior.map((l: { target: string }) => l.target)).toEqual([`${pathToFileURL(path.join(FIXTURES, 'previous', '2017-05-09-response.corresp.md'))}#L${priorLine}`]);
    expect(prior[0].range.end).toEqual(positionOf(text, 'prior comment 2', 'prior comment 2'.length).position);

    const changed = server.client.nextDiagnostics(uri);
    const line = text.split('\n').findIndex((l) => l.startsWith('prior:'));
    server.client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: text.split('\n')[line].length } }, text: 'prior: previous/2017-05-10-response.corresp.md' }],
    });
    const diags = (await changed).diagnostics.filter((d: { code: string }) => d.code === 'prior-letter');
    expect(diags).toHaveLength(1);
    expect(diags[0].severity).toBe(2);
    expect(diags[0].range.start).toEqual({ line, character: 7 });
    expect(diags[0].message).toContain('there is no file at');
  });
});

describe('corresp import --prior', () => {
  it('names the previous response in the draft (prior:) and its note feeds the hover', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-import-prior-'));
    fs.mkdirSync(path.join(dir, 'round-1'));
    fs.mkdirSync(path.join(dir, 'round-2'));
    fs.copyFileSync(path.join(FIXTURES, 'previous', '2017-05-09-response.corresp.md'), path.join(dir, 'round-1', 'response.corresp.md'));
    const staff =
      'June 1, 2017\nJane Doe\nCFO\nRe: Example Corp\nForm 10-K for the Fiscal Year Ended December 31, 2016\nFiled March 1, 2017\nFile No. 001-12345\nDear Ms. Doe:\n' +
      'General\n1. We note your response to prior comment 2. Please tell us more.\nSincerely,\nOffice of Manufacturing\n';
    fs.writeFileSync(path.join(dir, 'round-2', 'staff.txt'), staff);
    execFileSync(process.execPath, [CLI, 'import', 'round-2/staff.txt', '-o', 'round-2/draft.corresp.md', '--prior', 'round-1/response.corresp.md'], { cwd: dir, encoding: 'utf8' });
    const draftFile = path.join(dir, 'round-2', 'draft.corresp.md');
    const draft = fs.readFileSync(draftFile, 'utf8');
    expect(draft).toContain('\nprior: ../round-1/response.corresp.md\n');
    const at = positionOf(draft, 'prior comment 2. Please', 3).offset;
    // Read through the path …
    const withPrior = analyze(draft, undefined, undefined, { prior: readPriorInput(draftFile, draft) });
    expect(withPrior.findings.filter((f) => f.rule === 'prior-letter')).toEqual([]);
    expect(hoverAt(withPrior, at)!.markdown).toContain('*From ../round-1/response.corresp.md*');
    // … and, without it, from the importer's note.
    expect(hoverAt(analyze(draft), at)!.markdown).toContain('Our response: The Company will disclose the percentage in future filings.');
  });
});
