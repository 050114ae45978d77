// Issue 13, items 3 and 4: the export never invents a date or a signature, refuses an EDGAR copy of a letter that is
// not ready to file (unless --draft, which marks it), and lays the DOCX out as a US letter (read back from the file).
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx, exportDocx, exportLetter, readiness } from '../../server/src/core/export';
import { importStaffLetter, htmlToText } from '../../server/src/core/import';
import { runExport } from '../../server/src/cli/export';
import { EXAMPLE, read } from '../helpers/letters';
import { cliInTempDir } from '../helpers/cli-in-temp-dir';

const READY = `---
company: Acme Corp.
review-office: Office of Manufacturing
attention:
  - Jane Roe, Staff Accountant
  - John Doe, Branch Chief
filing: Form 10-K for the Fiscal Year Ended December 31, 2024
filed: 2025-02-27
file-number: 001-67890
signer: Mary Major, Chief Financial Officer
staff-letter: 2025-03-04
response-date: 2025-03-17
---

This letter sets forth the responses of Acme Corp. (the \u201cCompany\u201d) to the comments of the staff \u2014 each of the Staff\u2019s comments is repeated below in bold type, followed by the Company\u2019s response.

# Form 10-K for the Fiscal Year Ended December 31, 2024

## Results of Operations, page 25

> **1.** Please quantify each factor you cite as a driver of revenue growth.

**Response:**

The Company respectfully advises the Staff that price increases contributed $12.1 million\u2026 and volume $3.4 million. The Company will revise its disclosure in future filings as follows:

> Revenue increased $15.5 million, or 8%, due to price increases of $12.1 million and higher volume of $3.4 million.

> **2.** Please tell us how you considered disclosing backlog.

**Response:**

The Company does not consider backlog material to an understanding of its business.

* * *

If you have any questions regarding these responses, please contact the undersigned.

Very truly yours,
`;

const NOT_READY = READY.replace('response-date: 2025-03-17\n', '').replace('The Company does not consider backlog material to an understanding of its business.', '[TBD]');

async function xml(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(part)?.async('string')) ?? '';
}

const io = () => cliInTempDir('corresp-ready-');

describe('readiness and the export gate', () => {
  it('a ready letter has no findings; a draft lists each thing to finish', () => {
    expect(readiness(READY)).toEqual([]);
    expect(readiness(read(EXAMPLE))).toEqual([]);
    const found = readiness(NOT_READY).map((f) => f.message);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/no date/);
    expect(found[1]).toMatch(/comment 2/);
  });

  it('export --to html refuses a letter that is not ready (exit 2, findings listed, nothing written)', async () => {
    const { cli, out, cwd } = io();
    fs.writeFileSync(path.join(cwd, 'letter.corresp.md'), NOT_READY);
    expect(await runExport(['letter.corresp.md', '--to', 'html'], cli)).toBe(2);
    expect(out.stderr).toMatch(/letter\.corresp\.md:\d+: not ready to file: The letter has no date/);
    expect(out.stderr).toMatch(/letter\.corresp\.md:\d+: not ready to file: One comment is not answered yet \(comment 2\)/);
    expect(out.stderr).toMatch(/nothing was written.*--draft/);
    expect(fs.existsSync(path.join(cwd, 'letter.html'))).toBe(false);
    expect(await runExport(['letter.corresp.md', '--to', 'txt'], cli)).toBe(2);
    expect(fs.existsSync(path.join(cwd, 'letter.txt'))).toBe(false);
  });

  it('--draft writes the copy marked DRAFT, with no [Date]', async () => {
    const { cli, cwd } = io();
    fs.writeFileSync(path.join(cwd, 'letter.corresp.md'), NOT_READY);
    expect(await runExport(['letter.corresp.md', '--to', 'html', '--draft'], cli)).toBe(0);
    const html = fs.readFileSync(path.join(cwd, 'letter.html'), 'utf8');
    expect(html).toMatch(/<title>DRAFT &#8212; NOT FOR FILING: Response letter/);
    expect(htmlToText(html).trim().split('\n')[0]).toBe('DRAFT \u2014 NOT FOR FILING');
    expect(html).not.toMatch(/\[Date\]/i);
    expect(await runExport(['letter.corresp.md', '--to', 'txt', '--draft', '-o', '-'], cli)).toBe(0);
  });

  it('the DOCX review copy is written, with the findings listed', async () => {
    const { cli, out, cwd } = io();
    fs.writeFileSync(path.join(cwd, 'letter.corresp.md'), NOT_READY);
    expect(await runExport(['letter.corresp.md', '--to', 'docx'], cli)).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'letter.docx'))).toBe(true);
    expect(out.stderr).toMatch(/not ready to file: The letter has no date/);
    const doc = await xml(fs.readFileSync(path.join(cwd, 'letter.docx')), 'word/document.xml');
    expect(doc).not.toMatch(/\[Date\]/);
  });

  it('a ready letter exports as before', async () => {
    const { cli, cwd } = io();
    fs.writeFileSync(path.join(cwd, 'letter.corresp.md'), READY);
    expect(await runExport(['letter.corresp.md', '--to', 'html'], cli)).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'letter.html'), 'utf8')).not.toMatch(/DRAFT/);
  });
});

describe('signatures are never invented', () => {
  it('no conformed /s/ signature unless signed: true', () => {
    const plain = htmlToText(exportLetter(READY, 'html').output);
    expect(plain).not.toMatch(/\/s\//);
    expect(plain).toMatch(/Very truly yours,[\s\S]*Mary Major\s+Chief Financial Officer/);
    const signed = htmlToText(exportLetter(READY.replace('signer:', 'signed: true\nsigner:'), 'html').output);
    expect(signed).toMatch(/\/s\/ Mary Major/);
  });

  it('a /s/ line the drafter wrote is kept', () => {
    expect(htmlToText(exportLetter(read(EXAMPLE), 'html').output)).toMatch(/\/s\/ Terry Wang/);
  });

  it('the importer never copies the staff letter\u2019s addressee into signer:, and keeps the reviewers', () => {
    const staff = `September 14, 2016

Mr. Didier Hirsch
Senior Vice President and Chief Financial Officer
Agilent Technologies, Inc.

Re: Agilent Technologies, Inc.
Form 10-K for the Fiscal Year Ended October 31, 2015
Filed December 21, 2015
File No. 1-15405

Dear Mr. Hirsch:

1. Please describe your contacts with Syria.

You may contact Jennifer Hardy, Special Counsel, at (202) 551-3767 or Tracey McKoy, Staff Accountant, at (202) 551-3772 with any questions.

Sincerely,

/s/ Cecilia Blye

Cecilia Blye, Chief
Office of Global Security Risk
`;
    const { markdown } = importStaffLetter(staff);
    const fm = markdown.slice(0, markdown.indexOf('\n---', 4));
    expect(fm).not.toMatch(/^signer:/m);
    expect(fm).not.toMatch(/Hirsch/);
    expect(fm).toMatch(/^attention:\n {2}- Jennifer Hardy, Special Counsel\n {2}- Tracey McKoy, Staff Accountant\n {2}- Cecilia Blye$/m);
    expect(fm).toMatch(/^review-office: Office of Global Security Risk$/m);
    // The draft is not ready (no date, no signer, no answer) and says so; its export has the staff's address block.
    expect(readiness(markdown).length).toBeGreaterThan(0);
    const head = htmlToText(exportLetter(markdown, 'html', { draft: true }).output);
    expect(head).toMatch(/Office of Global Security Risk[\s\S]*Attention: Jennifer Hardy, Special Counsel\s+Tracey McKoy, Staff Accountant\s+Cecilia Blye/);
    expect(head).not.toMatch(/\/s\/|\[Date\]/);
  });
});

describe('proposed disclosure is set apart', () => {
  it('HTML: indented, not dressed as a staff comment', () => {
    const html = exportLetter(READY, 'html').output;
    const p = html.split('\n').find((l) => l.includes('Revenue increased $15.5 million'))!;
    expect(p).toMatch(/margin-left: 36pt; margin-right: 36pt/);
    expect(p).not.toMatch(/<b>/);
    const c = html.split('\n').find((l) => l.includes('Please quantify each factor'))!;
    expect(c).toMatch(/<b>1\. Please quantify/);
    expect(c).not.toMatch(/margin-left/);
  });
});

describe('DOCX layout, read back from the file', () => {
  it('US Letter, 1-inch margins, a running header with a PAGE field from page 2', async () => {
    const bytes = await buildDocx(READY);
    const doc = await xml(bytes, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="12240" w:h="15840"(?: w:orient="portrait")?\/>/);
    expect(doc).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    expect(doc).toMatch(/<w:titlePg\/>/);
    const rels = await xml(bytes, 'word/_rels/document.xml.rels');
    const refs = [...doc.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => ({ type: m[1], id: m[2] }));
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    const def = await xml(bytes, `word/${target(refs.find((r) => r.type === 'default')!.id)}`);
    const first = await xml(bytes, `word/${target(refs.find((r) => r.type === 'first')!.id)}`);
    const texts = (x: string) => [...x.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(texts(def)).toBe('Acme Corp.|March 17, 2025|Page ');
    expect(def).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|<w:fldSimple w:instr="\s*PAGE\s*"/);
    expect(texts(first)).toBe('');
  });

  it('headings and the proposed-disclosure label keep with the next paragraph; proposed text has its own style', async () => {
    const doc = await xml(await buildDocx(READY), 'word/document.xml');
    const paras = doc.split('</w:p>');
    const para = (s: string) => paras.find((p) => p.includes(s))!;
    expect(para('Results of Operations, page 25')).toMatch(/<w:keepNext\/>/);
    expect(para('will revise its disclosure in future filings as follows:')).toMatch(/<w:keepNext\/>/);
    expect(para('Revenue increased $15.5 million')).toMatch(/<w:pStyle w:val="ProposedDisclosure"\/>/);
    expect(para('Revenue increased $15.5 million')).toMatch(/<w:ind w:left="720" w:right="720"\/>/);
    expect(para('The Company does not consider backlog')).not.toMatch(/keepNext|ProposedDisclosure/);
    expect(paras.filter((p) => />Response:<\/w:t>/.test(p)).every((p) => /<w:keepNext\/>/.test(p))).toBe(true);
    const styles = await xml(await buildDocx(READY), 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="ProposedDisclosure"[\s\S]*?<w:name w:val="Proposed Disclosure"\/>/);
  });

  it('a DRAFT copy says so in the header of every page', async () => {
    const { output } = await exportDocx(NOT_READY, { draft: true });
    const zip = await JSZip.loadAsync(output);
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const h of headers) expect(await zip.file(h)!.async('string')).toContain('DRAFT \u2014 NOT FOR FILING');
  });
});

describe('plain text for an ASCII EDGAR submission', () => {
  it('is ASCII, transliterates dashes and quotes, and does not claim bold type', () => {
    const { output } = exportLetter(READY, 'txt');
    expect(/^[\x09\x0A\x0D\x20-\x7E]*$/.test(output)).toBe(true);
    expect(output).toContain('(the "Company") to the comments of the staff -- each of the Staff\'s comments is repeated below, followed by the Company\'s response.');
    expect(output).toContain('$12.1 million... and volume');
    expect(output).not.toMatch(/bold/i);
    // Proposed disclosure indented.
    expect(output).toMatch(/\n {4}Revenue increased \$15\.5 million/);
  });

  it('HTML and DOCX keep the claim when comments are in bold, and correct it for another style', async () => {
    expect(htmlToText(exportLetter(READY, 'html').output)).toMatch(/repeated below in bold type/);
    const italic = READY.replace('signer:', 'comment-style: italic\nsigner:');
    expect(htmlToText(exportLetter(italic, 'html').output)).toMatch(/repeated below in italics, followed/);
  });
});

describe('a signature block the drafter wrote', () => {
  const body = READY.replace('Very truly yours,\n', 'Very truly yours,\n\nMary Major\nChief Financial Officer\n');
  it('gets no /s/ until the letter says it is signed, then one above the name', () => {
    expect(htmlToText(exportLetter(body, 'html').output)).not.toMatch(/\/s\//);
    const signed = htmlToText(exportLetter(body.replace('signer:', 'signed: true\nsigner:'), 'html').output);
    expect(signed).toMatch(/Very truly yours,\s+\/s\/ Mary Major\s+Mary Major\s+Chief Financial Officer/);
    expect(signed.match(/Mary Major/g)).toHaveLength(2);
  });
});
