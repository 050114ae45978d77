// Import every staff letter of the corpus and round-trip it through the checker.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { htmlToText, importStaffLetter } from '../../server/src/core/import';
import { runImport } from '../../server/src/cli/import';
import type { CliIo } from '../../server/src/cli/cli-io';
import { decodeStaffLetter, readLetterFile } from '../../server/src/cli/read-letter';
import { CORPUS, corpusFiles, describeShared, EXAMPLE, itShared, read } from '../helpers/letters';

/** Comment counts, by reading each letter. */
const COUNTED: Record<string, number> = { tap: 1, meta: 5, rmd: 6, wmt: 5, dri: 2, tyl: 3, lhx: 1, vrsk: 4, chrw: 3, isrg: 1, cdns: 3, rost: 1 };
const STRUCTURAL = ['missing-response', 'orphan-response', 'duplicate-comment-number', 'comment-number-gap', 'comment-number-order', 'letter-syntax'];

const staffFiles = corpusFiles().filter((f) => /^\d\d-.*-staff\.txt$/.test(f));

const words = (s: string) =>
  s
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

describeShared('import: the staff corpus', () => {
  it('has the twelve staff letters', () => {
    expect(staffFiles.map((f) => f.replace(/^\d\d-|-staff\.txt$/g, ''))).toEqual(Object.keys(COUNTED));
  });

  for (const file of staffFiles) {
    const key = file.replace(/^\d\d-|-staff\.txt$/g, '');
    it(`${key}: comment numbers, round trip, every word`, () => {
      const staff = read(path.join(CORPUS, file));
      const { markdown, report } = importStaffLetter(staff);
      const n = COUNTED[key];
      const expected = Array.from({ length: n }, (_, i) => i + 1);
      expect(report.comments).toEqual(expected);
      // tap's opening says which letter "prior comments" means: kept as a note, and reported.
      expect(report.unplaced).toEqual(key === 'tap' ? ['Unless we note otherwise, our references to prior comments are to comments in our December 23, 2015 letter.'] : []);

      const a = analyze(markdown);
      expect(a.letter.facts.source).toBe('front-matter');
      expect(a.letter.comments.map((c) => c.number)).toEqual(expected);
      const empty = a.findings.filter((f) => f.rule === 'empty-response');
      expect(empty.length).toBe(n);
      expect(a.letter.responses.map((r) => r.number)).toEqual(expected);
      expect(a.findings.filter((f) => STRUCTURAL.includes(f.rule) || f.rule === 'internal-error').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(a.letter.problems).toEqual([]);

      // Every word of every staff comment is in the imported comment, except boilerplate reported as dropped
      // and captions the reader had left inside a comment (they become headings).
      const staffLetter = parseLetter(staff);
      const headingWords = new Set(words(a.letter.captions.map((c) => c.title).join(' ')));
      const droppedWords = new Set(words(report.dropped.join(' ')));
      for (const c of staffLetter.comments) {
        const imported = a.letter.comments.find((x) => x.number === c.number)!;
        const got = new Set(words(imported.text + ' ' + imported.bullets.join(' ')));
        const missing = words(c.text).filter((w) => !got.has(w) && !headingWords.has(w) && !droppedWords.has(w));
        expect(missing, `comment ${c.number}`).toEqual([]);
        // And the import is the comment, not more: its text is a contiguous run of the staff's words.
        const source = words(c.text).join(' ');
        expect(source.includes(words(imported.text).join(' ')), `comment ${c.number} verbatim`).toBe(true);
      }
    });
  }

  it('fills the front matter from the Re: block', () => {
    const wmt = importStaffLetter(read(path.join(CORPUS, '07-wmt-staff.txt'))).markdown;
    expect(wmt).toContain('company: Wal-Mart Stores, Inc.\n');
    expect(wmt).toContain('filing: Form 10-K for the Fiscal Year Ended January 31, 2017\n');
    expect(wmt).toContain('filed: 2017-03-31\n');
    expect(wmt).toMatch(/filings:\n {2}- form: Form 10-K[^\n]*\n {4}filed: 2017-03-31\n {2}- form: Form 8-K\n {4}filed: 2017-02-21\n/);
    expect(wmt).toContain('file-number: 1-06991\n');
    expect(wmt).toContain('staff-letter: 2017-05-22\n');
    expect(wmt).toContain('response-due: 2017-06-06\n'); // ten business days, skipping Memorial Day (May 29)
    expect(wmt).toContain('review-office: Office of Consumer Products\n');
    const tap = importStaffLetter(read(path.join(CORPUS, '01-tap-staff.txt'))).markdown;
    expect(tap).toContain('review-office: Office of Beverages, Apparel and Mining\n');
    expect(tap).toContain('prior-response: 2015-12-28\n');
    expect(tap).toContain('staff-letter: 2016-01-05\n');
    const isrg = importStaffLetter(read(path.join(CORPUS, '19-isrg-staff.txt'))).markdown;
    expect(isrg).toContain("## Management's Discussion and Analysis of Financial Condition and Results of Operations, page 55\n");
    expect(isrg).toContain('filing: Form 10-K for the Fiscal Year Ended December 31, 2021\n');
  });

  it('moves captions the reader left inside a comment back to headings (rmd)', () => {
    const { markdown } = importStaffLetter(read(path.join(CORPUS, '05-rmd-staff.txt')));
    expect(markdown).toMatch(/as required by AS 1\.\n\n\*\*Response:\*\*\n\n## Note 2\. Summary of Significant Accounting Policies\n\n### b\. Revenue Recognition, page F-7\n\n> \*\*2\.\*\*/);
  });

  it('drops the Tandy block and closing boilerplate and says so (meta)', () => {
    const { markdown, report } = importStaffLetter(read(path.join(CORPUS, '03-meta-staff.txt')));
    expect(report.dropped.join(' ')).toMatch(/^We urge all persons.*federal securities laws of the United States\.$/);
    expect(markdown).not.toMatch(/We urge|acknowledging that|FirstName|Page 2/);
  });

  it('strips furniture from every letter', () => {
    for (const file of staffFiles) {
      const { markdown } = importStaffLetter(read(path.join(CORPUS, file)));
      expect(markdown, file).not.toMatch(/FirstName|Comapany Name|Page \d\n|commission logo|Mail Stop|We remind you/);
    }
  });
});

describe('import: EDGAR HTML', () => {
  const html = `<html><head><title>x</title><style>p{}</style><script>alert(1)</script></head><body>
<p>March 12, 2020</p><p>Jane Roe<br>Chief Executive Officer<br>Example Delivery, Inc.</p>
<p>Re: Example Delivery, Inc.<br>Draft Registration Statement on Form S-1<br>Submitted February 13, 2020<br>CIK No. 0000000000</p>
<p>Dear Ms. Roe:</p>
<p>We have reviewed your draft registration statement and have the following comments.</p>
<p align="center"><b>Prospectus Summary</b></p>
<p><u>Overview, page 1</u></p>
<table><tr><td>1.</td><td>We note your disclosures that:</td></tr></table>
<ul><li>&ldquo;An individual consumer account is &hellip;&rdquo; and</li><li>&#8220;An individual courier account is&#8221;</li></ul>
<p>Please clarify &amp; revise.</p>
<table><tr><td>2.</td><td>Please tell us about Form S-1&nbsp;risks.</td></tr></table>
<p>You may contact John Doe at (202) 551-0000 with any questions.</p>
<p>Sincerely,</p><p>Division of Corporation Finance<br>Office of Trade &amp; Services</p>
</body></html>`;

  it('converts HTML to line-preserving text', () => {
    const text = htmlToText(html);
    expect(text).not.toMatch(/alert|p\{\}/);
    expect(text).toContain('\n1. We note your disclosures that:\n'); // the number cell stays on its text's line
    expect(text).toContain('\u2022 \u201CAn individual consumer account is \u2026\u201D and');
    expect(text).toContain('Please clarify & revise.');
  });

  it('imports an HTML staff letter with bullets', () => {
    const { markdown, report } = importStaffLetter(html, { format: 'html' });
    expect(report.comments).toEqual([1, 2]);
    expect(markdown).toContain('> **1.** We note your disclosures that:\n>\n> - \u201CAn individual consumer account is \u2026\u201D and\n> - \u201CAn individual courier account is\u201D\n>\n> Please clarify & revise.');
    expect(markdown).toContain('review-office: Office of Trade & Services');
    expect(markdown).toContain('staff-letter: 2020-03-12');
    const a = analyze(markdown);
    expect(a.letter.comments[0].bullets.length).toBe(2);
    expect(a.findings.filter((f) => f.rule === 'empty-response').length).toBe(2);
  });
});

describe('import: a PDF\u2019s page breaks', () => {
  // An invented staff letter as a PDF's text gives it: page 2 opens with EDGAR's header template broken into pieces,
  // and the page's left margin (two bullet marks and the number 2.) comes out before the words beside it.
  const pdfText = `United States securities and exchange commission logo

March 3, 2025
Jane Roe
Chief Financial Officer
Example Widgets Inc.
1 Main Street
Springfield, IL 62701
Re: Example Widgets Inc.
Form 10-K for the Fiscal Year Ended December 31, 2024
File No. 001-00000
Dear Jane Roe:
We have limited our review of your filing to the financial statements and related
disclosures and have the following comments.
Form 10-K for the Fiscal Year Ended December 31, 2024
Revenue, page 40
1.

We note your disclosures about service revenue. Please help us understand these
arrangements.
\u2022 You state that fees are recognized over time. Tell us how you determine the
period over which the amount and timing of

Jane Roe
FirstName
LastNameJane
Example Widgets
Inc.
Comapany
NameExample Widgets Inc.
March
3, 2025
Page
2 2025 Page 2
FirstName LastName

\u2022
\u2022

2.

fees is measured and whether it changed during the year.
Please clarify whether any fees are refundable.
Please tell us how you account for
contract modifications.

We note your segment disclosure on page 60. Please tell us how you identified your
operating segments.

Sincerely,
Division of Corporation Finance
`;

  it('drops the running header, and gives the words beside a number to the comment they finish', () => {
    const { markdown, report } = importStaffLetter(pdfText);
    expect(report.comments).toEqual([1, 2]);
    expect(markdown).not.toMatch(/FirstName|LastName|Comapany|Page 2|^#+ (?:Jane|March|Example)/m);
    expect(markdown).toContain(
      '> - You state that fees are recognized over time. Tell us how you determine the period over which the amount and timing of fees is measured and whether it changed during the year.\n' +
        '> - Please clarify whether any fees are refundable.\n' +
        '> - Please tell us how you account for contract modifications.',
    );
    expect(markdown).toContain('> **2.** We note your segment disclosure on page 60.');
    const again = parseLetter(markdown);
    expect(again.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(again.comments[0].bullets.length).toBe(3);
  });

  it('drops the running header as pdf.js gives it (run together, twice)', () => {
    const header = 'Jane Roe\nFirstName LastNameJane RoeExample Widgets Inc.\nComapany NameExample Widgets Inc.March 3, 2025\nMarch 3, 2025 Page 2Page 2\n\nFirstName LastName\n';
    const text = pdfText.replace('\nRevenue, page 40\n', `\n${header}Revenue, page 40\n`);
    const { markdown } = importStaffLetter(text);
    expect(markdown).not.toMatch(/^#+ .*Jane Roe|Page 2|FirstName/m);
    expect(markdown).toMatch(/^#+ Revenue, page 40$/m);
  });

  it('drops the staff\u2019s standard opening in each of its wordings, and keeps what is particular to the letter', () => {
    const openings = [
      'In our comment, we ask you to provide us with information so we may better understand your disclosure.',
      'Some of our comments may ask for additional information so that we may better understand the disclosure.',
      'Please respond to the comment within ten business days by providing the requested information.',
      'We have the following comment on your filing.',
      'Unless we note otherwise, our references to prior comments are to comments in our May 1, 2024 letter.',
    ];
    const text = pdfText.replace('disclosures and have the following comments.\n', `disclosures and have the following comments.\n${openings.join('\n')}\n`);
    expect(importStaffLetter(text).report.unplaced).toEqual([openings[4]]);
  });

  it('keeps a date that ends the staff\u2019s sentence beside the header', () => {
    const text = pdfText.replace('arrangements.\n', 'arrangements, filed on\nMarch 1, 2025.\n\nJane Roe\nExample Widgets Inc.\nMarch 3, 2025\nPage 2\n');
    const { markdown } = importStaffLetter(text);
    expect(markdown).toContain('filed on March 1, 2025.');
    expect(markdown).not.toMatch(/Page 2/);
  });

  it('takes back a comment\u2019s first line when its number came out after it', () => {
    // "7." printed between the first two lines of its comment, the first looking like a caption.
    const text = pdfText.replace('\nSincerely,', 'Goodwill, page 62\nWe note your revised goodwill disclosure and reissue the\n3.\n\ncomment. Please tell us how you identified your reporting units.\n\nSincerely,');
    const { markdown, report } = importStaffLetter(text);
    expect(report.comments).toEqual([1, 2, 3]);
    expect(markdown).toContain('> **3.** We note your revised goodwill disclosure and reissue the comment. Please tell us how');
    expect(markdown).not.toMatch(/^#+ We note/m);
    expect(parseLetter(markdown).comments.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});

describe('import: prior response', () => {
  it('notes the previous round\u2019s comment and response for "prior comment N"', () => {
    const staff = 'June 1, 2017\nJane Doe\nCFO\nRe: Acme Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2016\nFiled March 1, 2017\nFile No. 001-12345\nDear Ms. Doe:\nGeneral\n1. We note your response to prior comment 2. Please tell us more.\n2. We note your response to prior comment 9.\nSincerely,\nOffice of Manufacturing\n';
    const prior = '---\ncompany: Acme Corp.\nresponse-date: 2017-05-01\n---\n\n> **1.** First.\n\n**Response:**\n\nOne.\n\n> **2.** Tell us about revenue.\n\n**Response:**\n\nThe Company advises the Staff that revenue is fine.\n';
    const { markdown, report } = importStaffLetter(staff, { priorResponse: prior });
    expect(markdown).toContain('<!-- corresp-import: prior comment 2 | staff: "Tell us about revenue." | our response: "The Company advises the Staff that revenue is fine." -->');
    expect(markdown).toContain('prior-letter: 2017-05-01');
    expect(report.warnings.join('\n')).toMatch(/prior comment 9/);
    expect(analyze(markdown).findings.filter((f) => f.rule === 'empty-response').length).toBe(2);
  });
});

describe('corresp import (runImport)', () => {
  function io(files: Record<string, string> = {}) {
    const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
    const cli: CliIo = {
      stdout: (s) => (out.stdout += s),
      stderr: (s) => (out.stderr += s),
      readFile: (p) => {
        if (p in files) return files[p];
        return readLetterFile(p, undefined, decodeStaffLetter);
      },
      readStdin: () => '',
      writeFile: (p, t) => {
        out.written[p] = String(t);
        fs.writeFileSync(p, t);
      },
      cwd: fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-import-')),
    };
    return { cli, out };
  }

  itShared('writes NAME.corresp.md, reports to stderr, refuses to overwrite without --force', () => {
    const { cli, out } = io();
    const src = path.join(cli.cwd, 'meta-staff.txt');
    fs.copyFileSync(path.join(CORPUS, '03-meta-staff.txt'), src);
    expect(runImport(['meta-staff.txt'], cli)).toBe(0);
    const dest = path.join(cli.cwd, 'meta-staff.corresp.md');
    expect(fs.existsSync(dest)).toBe(true);
    expect(out.stderr).toMatch(/meta-staff\.txt: 5 comments \(1, 2, 3, 4, 5\) → meta-staff\.corresp\.md/);
    expect(out.stderr).toMatch(/removed staff boilerplate: We urge/);
    fs.writeFileSync(dest, 'mine');
    expect(runImport(['meta-staff.txt'], cli)).toBe(2);
    expect(out.stderr).toMatch(/already exists; use --force/);
    expect(fs.readFileSync(dest, 'utf8')).toBe('mine');
    expect(runImport(['meta-staff.txt', '--force'], cli)).toBe(0);
    expect(fs.readFileSync(dest, 'utf8')).toMatch(/^---\ncompany: Facebook, Inc\./);
  });

  itShared('writes to standard output with -o -, and fails clearly on bad input', () => {
    const { cli, out } = io();
    expect(runImport([path.join(CORPUS, '23-rost-staff.txt'), '-o', '-'], cli)).toBe(0);
    expect(out.stdout).toMatch(/> \*\*1\.\*\* Please revise to quantify/);
    expect(runImport([], cli)).toBe(2);
    expect(runImport(['nope.txt'], cli)).toBe(2);
    expect(out.stderr).toMatch(/nope\.txt/);
    expect(runImport(['a.txt', 'b.txt'], cli)).toBe(2);
    expect(runImport(['a.txt', '--bogus'], cli)).toBe(2);
  });

  it('exits 1 when the letter has no comments', () => {
    const { cli } = io();
    fs.writeFileSync(path.join(cli.cwd, 'x.txt'), 'Dear Sir:\nWe have completed our review of your filing.\n');
    expect(runImport(['x.txt'], cli)).toBe(1);
  });
});

describe('import: never throws', () => {
  it('on arbitrary text and on cut or shuffled staff letters', async () => {
    const fc = await import('fast-check');
    // The corpus staff letters; without ../shared, the example response letter stands in.
    const letters = staffFiles.length ? staffFiles.map((f) => read(path.join(CORPUS, f))) : [read(EXAMPLE)];
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(), fc.nat(), fc.boolean(), (junk, a, b, html) => {
        const base = letters[a % letters.length];
        const cut = b % base.length;
        for (const t of [junk, base.slice(0, cut) + junk + base.slice(cut), base.split('\n').reverse().join('\n')]) {
          const r = importStaffLetter(t, { format: html ? 'html' : 'text' });
          expect(typeof r.markdown).toBe('string');
          expect(analyze(r.markdown).letter.problems).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
