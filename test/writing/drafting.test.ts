// The pure halves of the VS Code drafting commands: format sniffing, decoding, the import report and the draft's
// file name (client/src/drafting.ts); the workspace commitments register and the exported files, which the server
// builds (server/src/lsp/drafting.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitmentRows } from '../../server/src/core/commitments/rows';
import { analyze } from '../../server/src/core/check';
import { exportDocx, exportLetter } from '../../server/src/core/export';
import { importStaffLetter } from '../../server/src/core/import';
import { decodeLetterBytes, exportMessage, importFormatFor, importSummary, numberRanges, suggestedLetterName, withSuffix } from '../../client/src/drafting';
import { exportedFiles, registerSummary, registerText } from '../../server/src/lsp/drafting';
import { isLetterFile } from '../../server/src/lsp/workspace-review';
import { CORPUS, EXAMPLE, read } from '../helpers/letters';

describe('import helpers', () => {
  it('reads .htm/.html as EDGAR HTML and everything else as text', () => {
    expect(importFormatFor('d123456.htm')).toBe('html');
    expect(importFormatFor('LETTER.HTML')).toBe('html');
    expect(importFormatFor('staff-letter.txt')).toBe('text');
    expect(importFormatFor('letter')).toBe('text');
  });

  it('decodes UTF-8, falls back to Windows-1252, and drops a BOM', () => {
    expect(decodeLetterBytes(new TextEncoder().encode('\uFEFFWe note your \u201cnon-GAAP\u201d measures'))).toBe('We note your \u201cnon-GAAP\u201d measures');
    // 0x93/0x94 are curly quotes in Windows-1252 and invalid in UTF-8.
    expect(decodeLetterBytes(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xe9]))).toBe('\u201cA\u201d \u2013 \u00e9');
  });

  it('writes comment numbers as ranges', () => {
    expect(numberRanges([1, 2, 3, 4, 5, 7, 9, 10])).toBe('1\u20135, 7, 9\u201310');
    expect(numberRanges([])).toBe('');
    expect(numberRanges([3])).toBe('3');
  });

  it('summarises a clean import as information and a partial one as needing attention', () => {
    const clean = importSummary({ comments: [1, 2, 3], unplaced: [], warnings: [] }, 'letter.htm');
    expect(clean.message).toBe('corresp: imported 3 comments (1\u20133) from letter.htm.');
    expect(clean.needsAttention).toBe(false);
    const partial = importSummary({ comments: [1, 2, 4], unplaced: ['Some paragraph\nthat wrapped'], warnings: ['comment 3 not found'], dropped: ['We remind you'] }, 'x.txt');
    expect(partial.needsAttention).toBe(true);
    expect(partial.message).toContain('1 passage not placed, 1 warning');
    expect(partial.details).toContain('  not placed (kept in the draft as a note): Some paragraph that wrapped');
    expect(partial.details).toContain('  warning: comment 3 not found');
    expect(importSummary({ comments: [], unplaced: [], warnings: [] }, 'x.txt').needsAttention).toBe(true);
  });

  it('names the draft after the company and the staff letter date', () => {
    const md = '---\ncompany: "21Vianet Group, Inc."\nstaff-letter: 2017-08-16\n---\n';
    expect(suggestedLetterName(md, 'upload.htm')).toBe('21vianet-group-2017-08-16-response.corresp.md');
    expect(suggestedLetterName('no front matter', 'Staff Letter (2).txt')).toBe('staff-letter-2-response.corresp.md');
    expect(suggestedLetterName('---\ncompany: AT&T Inc.\n---\n', 'x.txt')).toBe('at-and-t-response.corresp.md');
  });

  const corpus = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => /-staff\.(txt|htm)$/.test(f)).sort() : [];
  it.skipIf(!corpus.length)('imports a corpus staff letter into a draft the command can name and report on', () => {
    const file = corpus[0];
    const { markdown, report } = importStaffLetter(read(path.join(CORPUS, file)), { format: importFormatFor(file) });
    expect(suggestedLetterName(markdown, file)).toMatch(/^[a-z0-9-]+-response\.corresp\.md$/);
    const summary = importSummary(report, file);
    expect(summary.message).toContain(file);
    expect(analyze(markdown).letter.comments.length).toBe(report.comments.length);
  });
});

describe('commitments register', () => {
  it('recognises letter files by name or front matter', () => {
    expect(isLetterFile('a/b.corresp.md', () => '')).toBe(true);
    expect(isLetterFile('a/b.corresp.txt', () => '')).toBe(true);
    expect(isLetterFile('a/README.md', () => '# Readme')).toBe(false);
    expect(isLetterFile('a/letter.md', () => '---\ncompany: X\nstaff-letter: 2024-01-02\n---\n')).toBe(true);
    expect(isLetterFile('a/notes.txt', () => '---\ncompany: X\n---\n')).toBe(false);
  });

  const rows = [...commitmentRows(analyze(read(EXAMPLE)), 'letters/b.corresp.md'), ...commitmentRows(analyze(read(EXAMPLE)), 'letters/a.corresp.md')];

  it('writes CSV, Markdown and JSON, sorted by letter and line', () => {
    expect(rows.length).toBeGreaterThan(0);
    const csv = registerText(rows, 'csv').trim().split(/\r?\n/);
    expect(csv[0]).toMatch(/^Letter,Company,Comment,Line,Sentence/);
    expect(csv[1]).toMatch(/^letters\/a\.corresp\.md,/);
    const md = registerText(rows, 'md');
    expect(md).toMatch(/^\| Letter \| Company \|/);
    const json = JSON.parse(registerText(rows, 'json'));
    expect(json).toHaveLength(rows.length);
    expect(json[0].letter).toBe('letters/a.corresp.md');
    expect(json.map((r: { line: number }) => r.line).slice(0, rows.length / 2)).toEqual([...json.map((r: { line: number }) => r.line).slice(0, rows.length / 2)].sort((a, b) => a - b));
  });

  it('summarises the register', () => {
    expect(registerSummary(rows)).toMatch(/^\d+ commitments in 2 letters( \(\d+ not yet recorded in a register\))?$/);
    expect(registerSummary([])).toBe('0 commitments in 0 letters');
  });
});

describe('export files', () => {
  it('writes one file for an ordinary letter', () => {
    const files = exportedFiles(exportLetter(read(EXAMPLE), 'html'));
    expect(files.map((f) => f.suffix)).toEqual(['']);
    expect(String(files[0].contents)).toContain('Goodwill');
  });

  it('writes the public copy and a -confidential copy for a letter with Rule 83 redactions', async () => {
    const letter = read(EXAMPLE).replace('Revenues of nil and RMB8 million', 'Revenues of [***]{nil and RMB8 million}');
    const files = exportedFiles(exportLetter(letter, 'txt'));
    expect(files.map((f) => f.suffix)).toEqual(['', '-confidential']);
    expect(String(files[0].contents)).not.toContain('RMB8 million');
    expect(String(files[0].contents)).toContain('[***]');
    expect(String(files[1].contents)).toContain('RMB8 million');
    const docx = exportedFiles(await exportDocx(letter));
    expect(docx).toHaveLength(2);
    // Binary files travel as base64 over the protocol; a DOCX is a zip ("PK\x03\x04").
    expect(docx[0].encoding).toBe('base64');
    expect(Buffer.from(docx[0].contents, 'base64').subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });

  it('says where the files went', () => {
    expect(exportMessage([{ label: 'letter', path: 'a.htm' }])).toBe('corresp: exported a.htm.');
    expect(exportMessage([{ label: 'public (redacted) copy', path: 'a.htm' }, { label: 'confidential copy', path: 'a-confidential.htm' }])).toBe(
      'corresp: exported the public (redacted) copy to a.htm and the confidential copy to a-confidential.htm.',
    );
  });

  it('puts the suffix before the extension', () => {
    expect(withSuffix('/a/b/acme.htm', '-confidential')).toBe('/a/b/acme-confidential.htm');
    expect(withSuffix('/a/b.c/acme', '-confidential')).toBe('/a/b.c/acme-confidential');
    expect(withSuffix('/a/acme.docx', '')).toBe('/a/acme.docx');
  });
});
