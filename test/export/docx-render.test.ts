// The DOCX as a word processor lays it out: rendered through LibreOffice to PDF (when it is installed: apt-get
// install libreoffice-writer poppler-utils), then read back with pdfinfo/pdftotext. Skipped on machines without it.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../server/src/core/export';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const canRender = has('soffice') && has('pdftotext') && has('pdfinfo');

const LETTER = `---
company: Acme Corp.
filing: Form 10-K for the Fiscal Year Ended December 31, 2024
file-number: 001-67890
staff-letter: 2025-03-04
response-date: 2025-03-17
review-office: Office of Manufacturing
signer: Mary Major, Chief Financial Officer
---

# Form 10-K for the Fiscal Year Ended December 31, 2024

${Array.from({ length: 6 }, (_, i) => `## Results of Operations, page ${25 + i}

> **${i + 1}.** Please quantify each factor you cite as a driver of revenue growth, and tell us how you considered disclosing the effect of price and volume separately for each segment.

**Response:**

The Company respectfully advises the Staff that price increases contributed $12.1 million and volume $3.4 million of the increase. The Company will revise its disclosure in future filings as follows:

> Revenue increased $15.5 million, or 8%, due to price increases of $12.1 million and higher volume of $3.4 million.
`).join('\n')}
* * *

If you have any questions regarding these responses, please contact the undersigned.

Very truly yours,
`;

describe.skipIf(!canRender)('DOCX rendered by LibreOffice', () => {
  it('is Letter size, page 1 has no running header, later pages carry company, date and the page number', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-render-'));
    const docx = path.join(dir, 'letter.docx');
    fs.writeFileSync(docx, await buildDocx(LETTER));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = path.join(dir, 'letter.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).trim();
    expect(page(1)).toMatch(/^Acme Corp\.\s+March 17, 2025\s+VIA EDGAR/);
    for (let n = 2; n <= pages; n++) expect(page(n)).toMatch(new RegExp(`^Acme Corp\\.\\s+March 17, 2025\\s+Page ${n}\\b`));
    // No page ends on a caption, a restated comment or a response label: each starts on the page its answer does.
    for (let n = 1; n < pages; n++) expect(page(n)).not.toMatch(/(?:Response:|page \d+|segment\.)$/);
    // The closing and the signature stay together on the last page.
    expect(page(pages)).toMatch(/Very truly yours,\s+Mary Major\s+Chief Financial Officer$/);
  }, 180_000);
});
