// Export: HTML for EDGAR, DOCX for review (read back with jszip), text; confidential treatment; the CLI command.
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { buildDocx, exportDocx, exportLetter, ExportRefused } from '../../server/src/core/export';
import { importStaffLetter, htmlToText } from '../../server/src/core/import';
import { runExport } from '../../server/src/cli/export';
import { CORPUS, corpusFiles, EXAMPLE, itShared, read } from '../helpers/letters';
import { cliInTempDir } from '../helpers/cli-in-temp-dir';

const norm = (s: string) =>
  s
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();

function htmlText(html: string): string {
  return norm(htmlToText(html));
}

async function docxText(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) return '';
  const xml = await file.async('string');
  const paras = xml.split(/<\/w:p>/).map((p) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|tab)\/>/g)]
      .map((m) => (m[2] ? ' ' : m[1]))
      .join(''),
  );
  return norm(
    paras
      .join('\n')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** A comment's text in the pieces an export shows: "N. text before the bullets", each bullet, the text after. */
function commentPieces(c: { number: number; text: string; bullets: string[] }): string[] {
  const pieces: string[] = [];
  let rest = norm(c.text);
  for (const b of c.bullets.map(norm)) {
    const at = rest.indexOf(b);
    if (at < 0) continue;
    pieces.push(rest.slice(0, at).trim(), b);
    rest = rest.slice(at + b.length);
  }
  pieces.push(rest.trim());
  pieces[0] = `${c.number}. ${pieces[0]}`.trim();
  return pieces.filter(Boolean);
}

function expectSafeHtml(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<link|<meta|<img|<style|javascript:|@import|url\(/i);
  expect(html).not.toMatch(/\s(?:src|href|action|background)\s*=/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<!--/);
  // ASCII only: EDGAR rejects other bytes.
  expect(/^[\x09\x0A\x0D\x20-\x7E]*$/.test(html)).toBe(true);
}

/** The example letter with what must never be exported: a register, suppressions and internal notes. */
function exampleWithSecrets(): string {
  const text = read(EXAMPLE);
  return text
    .replace(
      'signer: Terry Wang, Chief Financial Officer\n',
      'signer: Terry Wang, Chief Financial Officer\ncomment-style: bold-italic\ncommitments:\n  - comment: 3\n    sentence: will continue to provide such disclosures in its future earnings releases\n    filing: future earnings releases\n    owner: RegisterOwnerZed\n    status: open\n',
    )
    .replace('**Response:**', '<!-- corresp-disable-next-line empty-response -- SuppressionReasonQ -->\n**Response:**')
    .replace('# Item 5.', '<!-- internal -->\nInternalNoteXyz: check with the auditors before filing.\n<!-- /internal -->\n\n# Item 5.');
}

describe('export: the example letter', () => {
  const text = exampleWithSecrets();
  const a = analyze(read(EXAMPLE));

  it('HTML has every comment and response, the head, the closing, and nothing it must not', () => {
    const { output, confidential, warnings } = exportLetter(text, 'html');
    expect(confidential).toBeUndefined();
    expect(warnings).toEqual([]);
    expectSafeHtml(output);
    const plain = htmlText(output);
    for (const c of a.letter.comments) for (const piece of commentPieces(c)) expect(plain).toContain(piece);
    for (const r of a.letter.responses) expect(plain).toContain(norm(r.text));
    expect(plain).toContain('Re: 21Vianet Group, Inc.');
    expect(plain).toContain('Ladies and Gentlemen:');
    expect(plain).toContain('Very truly yours,');
    expect(plain).toContain('cc: Steve Zhang');
    expect(output).not.toMatch(/RegisterOwnerZed|commitments:|SuppressionReasonQ|corresp-disable|InternalNoteXyz|internal/);
    // comment-style: bold-italic
    expect(output).toMatch(/<b><i>1\. We continue to evaluate/);
  });

  it('DOCX (read back) has every comment and response and nothing it must not', async () => {
    const { output } = await exportDocx(text);
    const plain = await docxText(output);
    for (const c of a.letter.comments) for (const piece of commentPieces(c)) expect(plain).toContain(piece);
    for (const r of a.letter.responses) expect(plain).toContain(norm(r.text));
    expect(plain).toContain('Very truly yours,');
    expect(plain).not.toMatch(/RegisterOwnerZed|SuppressionReasonQ|InternalNoteXyz/);
    const zip = await JSZip.loadAsync(output);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:b\/>[\s\S]*?<w:i\/>[\s\S]*?We continue to evaluate/);
  });

  it('text export', () => {
    const { output } = exportLetter(text, 'txt');
    const plain = norm(output);
    for (const c of a.letter.comments) for (const piece of commentPieces(c)) expect(plain).toContain(piece);
    for (const r of a.letter.responses) expect(plain).toContain(norm(r.text));
    expect(output).not.toMatch(/RegisterOwnerZed|SuppressionReasonQ|InternalNoteXyz|<!--|\*\*/);
  });
});

describe('export: every imported staff letter, answered', () => {
  itShared('the corpus has its 12 staff letters', () => expect(corpusFiles().filter((f) => /-staff\.txt$/.test(f))).toHaveLength(12));
  for (const file of corpusFiles().filter((f) => /-staff\.txt$/.test(f))) {
    it(file, async () => {
      const { markdown } = importStaffLetter(read(path.join(CORPUS, file)));
      let k = 0;
      const answered = markdown.replace(/\*\*Response:\*\*\n/g, () => `**Response:**\n\nThe Company respectfully advises the Staff of answer number ${++k}.\n`);
      const a = analyze(answered);
      expect(a.findings.filter((f) => f.rule === 'empty-response')).toEqual([]);
      const html = exportLetter(answered, 'html').output;
      expectSafeHtml(html);
      const plainHtml = htmlText(html);
      const plainDocx = await docxText(await buildDocx(answered));
      for (const c of a.letter.comments) {
        for (const piece of commentPieces(c)) {
          expect(plainHtml).toContain(piece);
          expect(plainDocx).toContain(piece);
        }
      }
      for (const r of a.letter.responses) {
        expect(plainHtml).toContain(norm(r.text));
        expect(plainDocx).toContain(norm(r.text));
      }
      // The head comes from the front matter.
      expect(plainHtml).toContain(`Re: ${a.letter.facts.company}`);
      expect(plainHtml).toContain('Ladies and Gentlemen:');
      expect(plainHtml).toContain('Division of Corporation Finance');
    });
  }
});

const CT = `---
company: Acme Corp.
filing: Form 10-K for the Fiscal Year Ended December 31, 2024
filed: 2025-02-20
file-number: 001-12345
staff-letter: 2025-03-03
response-date: 2025-03-17
confidential-treatment:
  requested-by: Acme Corp.
  code: ACME
signer: Jane Roe, Chief Financial Officer
---

> **1.** Please quantify the revenue from your largest customer.

**Response:**

The Company respectfully advises the Staff that revenue from Customer A was [***]{$12.3 million} in fiscal 2024 and [***] in fiscal 2023.
`;

describe('export: confidential treatment (Rule 83)', () => {
  it('gives a redacted public version with the legend and a full confidential one (HTML)', () => {
    const r = exportLetter(CT, 'html');
    expect(r.confidential).toBeDefined();
    expectSafeHtml(r.output);
    const pub = htmlText(r.output);
    expect(pub).not.toContain('12.3 million');
    expect(pub).toContain('revenue from Customer A was [***] in fiscal 2024 and [***] in fiscal 2023');
    expect(pub).toMatch(/OMITTED AND FILED SEPARATELY .* PURSUANT TO 17 C\.F\.R\. \u00A7 200\.83 \(RULE 83\)\. .*IDENTIFIED BY THE MARK "\[\*\*\*\]"\./);
    expect(pub).toContain('Confidential Treatment Requested by Acme Corp. \u2014 ACME');
    const full = htmlText(r.confidential!);
    expect(full).toContain('FOIA Confidential Treatment Request');
    expect(full).toContain('revenue from Customer A was [$12.3 million] in fiscal 2024 and [***] in fiscal 2023');
    expect(r.confidential).toMatch(/background-color: #ffff00">\[\$12\.3 million\]/);
    expect(analyze(CT).findings.filter((f) => f.rule === 'confidential-marking')).toEqual([]);
  });

  it('marks every DOCX page in the header, and keeps the words out of the public DOCX', async () => {
    const r = await exportDocx(CT);
    const pub = await docxText(r.output);
    expect(pub).not.toContain('12.3 million');
    expect(pub).toContain('IDENTIFIED BY THE MARK "[***]"');
    const zip = await JSZip.loadAsync(r.output);
    const header = Object.keys(zip.files).find((f) => /^word\/header\d*\.xml$/.test(f))!;
    expect(await docxText(r.output, header)).toContain('Confidential Treatment Requested by Acme Corp. \u2014 ACME \u2014 Page');
    expect(await zip.file(header)!.async('string')).toMatch(/PAGE/);
    const full = await docxText(r.confidential!);
    expect(full).toContain('[$12.3 million]');
    expect(full).toContain('FOIA Confidential Treatment Request');
  });

  it('a letter without markers has one version and no legend', () => {
    const r = exportLetter(read(EXAMPLE), 'html');
    expect(r.confidential).toBeUndefined();
    expect(r.output).not.toMatch(/Confidential Treatment/i);
  });
});

describe('corresp export (runExport)', () => {
  const io = () => cliInTempDir('corresp-export-');

  it('writes html, txt and docx beside the letter by default', async () => {
    const { cli, out, cwd } = io();
    fs.copyFileSync(EXAMPLE, path.join(cwd, 'letter.corresp.md'));
    expect(await runExport(['letter.corresp.md', '--to', 'html'], cli)).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'letter.html'), 'utf8')).toMatch(/^<html>/);
    expect(await runExport(['letter.corresp.md', '--to=txt', '-o', 'x.txt'], cli)).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'x.txt'))).toBe(true);
    expect(await runExport(['letter.corresp.md', '--to', 'docx'], cli)).toBe(0);
    const bytes = fs.readFileSync(path.join(cwd, 'letter.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(out.stderr).toMatch(/letter\.corresp\.md → letter\.docx/);
  });

  it('writes both versions of a confidential letter', async () => {
    const { cli, out, cwd } = io();
    fs.writeFileSync(path.join(cwd, 'ct.corresp.md'), CT);
    expect(await runExport(['ct.corresp.md', '--to', 'html'], cli)).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'ct.html'), 'utf8')).not.toContain('12.3 million');
    expect(fs.readFileSync(path.join(cwd, 'ct.confidential.html'), 'utf8')).toContain('12.3 million');
    expect(out.stderr).toMatch(/ct\.confidential\.html \(confidential/);
    expect(await runExport(['ct.corresp.md', '--to', 'docx'], cli)).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'ct.confidential.docx'))).toBe(true);
    expect(await runExport(['ct.corresp.md', '--to', 'html', '-o', '-'], cli)).toBe(2);
  });

  it('prints to standard output with -o -', async () => {
    const { cli, out } = io();
    expect(await runExport([EXAMPLE, '--to', 'txt', '-o', '-'], cli)).toBe(0);
    expect(out.stdout).toMatch(/^21Vianet Group, Inc\./);
  });

  it('exits 2 with a clear message for bad input', async () => {
    const { cli, out, cwd } = io();
    expect(await runExport([], cli)).toBe(2);
    expect(await runExport([EXAMPLE], cli)).toBe(2);
    expect(out.stderr).toMatch(/say which copy: --to html \(for EDGAR\), --to docx \(for review\) or --to txt/);
    expect(await runExport([EXAMPLE, '--to', 'pdf'], cli)).toBe(2);
    expect(out.stderr).toMatch(/--to must be html, docx or txt, not "pdf"/);
    expect(await runExport(['missing.md', '--to', 'html'], cli)).toBe(2);
    expect(await runExport([EXAMPLE, '--to', 'docx', '-o', '-'], cli)).toBe(2);
    fs.writeFileSync(path.join(cwd, 'notes.md'), '# Notes\n\nNothing here.\n');
    expect(await runExport(['notes.md', '--to', 'html'], cli)).toBe(2);
    expect(out.stderr).toMatch(/notes\.md: is not a response letter/);
    fs.writeFileSync(path.join(cwd, 'bad.corresp.md'), '---\ncompany: [unclosed\n---\n\n> **1.** Hi.\n\n**Response:**\n\nYes.\n');
    expect(await runExport(['bad.corresp.md', '--to', 'html'], cli)).toBe(2);
    expect(out.stderr).toMatch(/bad\.corresp\.md: not exported: Front matter/);
  });
});

describe('export: robustness', () => {
  it('exports any text to safe HTML without throwing', async () => {
    const fc = await import('fast-check');
    const base = read(EXAMPLE);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), (junk, at) => {
        const cut = at % base.length;
        for (const t of [junk, base.slice(0, cut) + junk + base.slice(cut), `${junk}\n> **1.** [***]{x} <!-- internal -->\n`]) {
          let r: ReturnType<typeof exportLetter>;
          try {
            r = exportLetter(t, 'html');
          } catch (err) {
            // Refusing a letter with an unclosed block or front matter is the one way an export may end early.
            expect(err).toBeInstanceOf(ExportRefused);
            continue;
          }
          expectSafeHtml(r.output);
          if (r.confidential) expectSafeHtml(r.confidential);
          expect(typeof exportLetter(t, 'txt').output).toBe('string');
        }
      }),
      { numRuns: 60 },
    );
  });
});
