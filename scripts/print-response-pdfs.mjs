// Prints each labelled response letter's filed HTML (../shared/letters) to PDF with headless Chromium, so the reader
// can be measured on response letters as people have them as PDFs (test/letters/printed-pdfs.test.ts):
//   node scripts/print-response-pdfs.mjs OUT_DIR [--header]     (--header: with the browser's header and footer)
// then CORRESP_PRINTED_PDFS=OUT_DIR npx vitest run test/letters/printed-pdfs.test.ts. About 3 s a letter; the PDFs
// stay outside the repository, as the letters do. Letters labelled from a PDF are read from their original instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { header: { type: 'boolean', default: false } } });
const out = positionals[0];
if (!out) {
  console.error('usage: node scripts/print-response-pdfs.mjs OUT_DIR [--header]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const letters = path.resolve(root, '..', 'shared', 'letters');
const labels = path.join(root, 'test', 'data', 'letters');
const chromium = process.env.CHROMIUM ?? 'chromium';
fs.mkdirSync(out, { recursive: true });
let printed = 0;
for (const f of fs.readdirSync(labels).filter((n) => /^batch-\w+\.json$/.test(n))) {
  for (const l of JSON.parse(fs.readFileSync(path.join(labels, f), 'utf8')).letters) {
    if (l.kind !== 'response' || !/\.html?$/.test(l.path)) continue;
    const pdf = path.join(out, `${l.path.replace(/\//g, '_')}.pdf`);
    if (fs.existsSync(pdf)) continue;
    const args = ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`, `file://${path.join(letters, l.path)}`];
    if (!values.header) args.splice(3, 0, '--no-pdf-header-footer');
    const r = spawnSync(chromium, args, { stdio: 'ignore' });
    if (r.error || !fs.existsSync(pdf)) {
      console.error(`${l.path}: not printed (${r.error?.message ?? `exit ${r.status}`})`);
      process.exit(1);
    }
    printed++;
  }
}
console.log(`${printed} printed into ${out}`);
