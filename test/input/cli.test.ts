// The input layer through the bundled CLI, spawned for real: check, import, convert and commitments on PDF, DOCX
// and HTML documents, and the lazy loading of the PDF and Word readers.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../server/src/core/export';
import { EXAMPLE, read, ROOT } from '../helpers/letters';
import { writePdf } from '../helpers/pdf-writer';
import { staffLetterPages } from '../helpers/staff-pdf';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
let tmp: string;

function run(args: string[], cwd = tmp) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  expect(fs.existsSync(CLI), 'run `npm run build` first').toBe(true);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-input-'));
  fs.writeFileSync(path.join(tmp, 'STAFF.pdf'), writePdf(staffLetterPages()));
  fs.writeFileSync(path.join(tmp, 'SCAN.pdf'), writePdf([{ texts: [], drawing: true }]));
  const source = read(EXAMPLE);
  const at = source.indexOf('> **3.**');
  const label = source.lastIndexOf('**Response:**', at);
  const next = source.indexOf('> **4.**');
  // Comment 3 left unanswered: the DOCX draft has an error to report, on its paragraph.
  const unanswered = source.slice(0, source.indexOf('**Response:**', at)) + source.slice(next);
  expect(label).toBeGreaterThan(0);
  fs.writeFileSync(path.join(tmp, 'DRAFT.docx'), (await exportDocx(unanswered)).output);
  fs.writeFileSync(path.join(tmp, 'RESPONSE.htm'), Buffer.from('<html><body><p>Re: Example Corp</p><p><b>1. Tell us about revenue.</b></p><p><b>Response:</b></p><p>We will revise the disclosure in our Form 10-K for 2017.</p><p><b>2. Tell us about tax\x97now.</b></p></body></html>', 'latin1'));
});

describe('corresp on documents', () => {
  it('check DRAFT.docx names the paragraph of each finding', () => {
    const r = run(['check', 'DRAFT.docx']);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('missing-response'))!;
    expect(line).toMatch(/^DRAFT\.docx:\d+:1 error missing-response Comment 3 .* has no response \(paragraph \d+\)$/);
  });

  it('check --format json gives the format, notes and the source of each finding', () => {
    const r = run(['check', 'DRAFT.docx', '--format', 'json']);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.format).toBe('docx');
    expect(f.comments.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(f.findings.find((x: { rule: string }) => x.rule === 'missing-response').source).toEqual({ paragraph: expect.any(Number) });
  });

  it('check RESPONSE.htm reads the filed HTML (Windows-1252) directly', () => {
    const r = run(['check', 'RESPONSE.htm', '--format', 'json']);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.comments.map((c: { number: number }) => c.number)).toEqual([1, 2]);
    expect(f.findings.find((x: { rule: string }) => x.rule === 'missing-response')?.message).toMatch(/Comment 2/);
  });

  it('check STAFF.pdf names pages', () => {
    const r = run(['check', 'STAFF.pdf']);
    expect(r.stdout).toMatch(/^STAFF\.pdf:\d+:1 error missing-response Comment 1 .*\(page 1\)$/m);
  });

  it('import STAFF.pdf writes the draft; a PDF without text is refused with exit 2', () => {
    const r = run(['import', 'STAFF.pdf', '-o', 'draft.corresp.md']);
    expect(r.stderr).toMatch(/^STAFF\.pdf: 4 comments \(1, 2, 3, 4\) → draft\.corresp\.md$/m);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'draft.corresp.md'), 'utf8')).toMatch(/^> \*\*4\.\*\* Please revise your forward-looking statements/m);
    const scan = run(['import', 'SCAN.pdf', '-o', 'scan.corresp.md']);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(/SCAN\.pdf: the PDF has no text layer .* run it through OCR/);
    expect(fs.existsSync(path.join(tmp, 'scan.corresp.md'))).toBe(false);
  });

  it('convert DRAFT.docx restores the front matter; commitments reads the DOCX', () => {
    const r = run(['convert', 'DRAFT.docx', '-o', 'DRAFT.corresp.md']);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(path.join(tmp, 'DRAFT.corresp.md'), 'utf8');
    expect(text).toMatch(/^---\ncompany: 21Vianet Group, Inc\.\n/);
    expect(text).toMatch(/^commitments:\n {2}- comment: 3$/m);
    expect(run(['convert', 'DRAFT.docx', '-o', 'DRAFT.corresp.md']).code).toBe(2); // never overwrites without --force
    const c = run(['commitments', 'DRAFT.docx', '--format', 'json']);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout).length).toBeGreaterThan(0);
  });
});

describe('lazy loading', () => {
  it('the CLI and server bundles hold neither pdf.js nor mammoth; the readers are bundles of their own', () => {
    for (const bundle of ['cli.js', 'server.js']) {
      const code = fs.readFileSync(path.join(ROOT, 'server', 'out', bundle), 'utf8');
      expect(code, bundle).not.toMatch(/PDFDocumentProxy|WorkerMessageHandler/);
      expect(code, bundle).not.toMatch(/mammoth/i);
    }
    expect(fs.readFileSync(path.join(ROOT, 'server', 'out', 'pdf-reader.js'), 'utf8')).toMatch(/WorkerMessageHandler/);
    expect(fs.existsSync(path.join(ROOT, 'server', 'out', 'docx-reader.js'))).toBe(true);
  });

  it('checking a text letter does not load the PDF or Word reader', () => {
    const probe = path.join(tmp, 'probe.cjs');
    fs.writeFileSync(
      probe,
      `const Module = require('module'); const fs = require('fs'); const load = Module._load; const read = fs.readFileSync; const seen = [];
       Module._load = function (req, ...rest) { seen.push(String(req)); return load.call(this, req, ...rest); };
       fs.readFileSync = function (file, ...rest) { seen.push(String(file)); return read.call(this, file, ...rest); };
       process.on('exit', () => { if (seen.some((s) => /pdf-reader|docx-reader/.test(s))) process.stderr.write('LOADED ' + seen.filter((s) => /reader/.test(s)).join(',')); });`,
    );
    const r = spawnSync(process.execPath, ['--require', probe, CLI, 'check', EXAMPLE], { encoding: 'utf8' });
    const docx = spawnSync(process.execPath, ['--require', probe, CLI, 'check', 'DRAFT.docx'], { cwd: tmp, encoding: 'utf8' });
    expect(docx.stderr).toMatch(/LOADED .*docx-reader/); // the probe sees a reader when one is loaded
    expect(r.stderr).toMatch(/in 1 file/);
    expect(r.stderr).not.toMatch(/LOADED/);
  });
});
