// Makes each labelled response letter's filed HTML (../shared/letters) into the documents users have, so the reader
// can be measured on them (test/letters/response-documents.test.ts):
//   node scripts/response-documents.mjs OUT_DIR --pdf           printed to PDF by headless Chromium (about 3 s a letter)
//   node scripts/response-documents.mjs OUT_DIR --pdf-header    the same, with the browser's header and footer
//   node scripts/response-documents.mjs OUT_DIR --docx          converted to Word by LibreOffice (apt-get install
//                                                               libreoffice-writer; seconds for all)
// then CORRESP_RESPONSE_DOCUMENTS=OUT_DIR npx vitest run test/letters/response-documents.test.ts. The documents stay
// outside the repository, as the letters do. Letters labelled from a PDF are read from their original instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { pdf: { type: 'boolean' }, 'pdf-header': { type: 'boolean' }, docx: { type: 'boolean' } } });
const out = positionals[0];
const kinds = ['pdf', 'pdf-header', 'docx'].filter((k) => values[k]);
if (!out || kinds.length !== 1) {
  console.error('usage: node scripts/response-documents.mjs OUT_DIR --pdf|--pdf-header|--docx');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const letters = path.resolve(root, '..', 'shared', 'letters');
const labels = path.join(root, 'test', 'data', 'letters');
fs.mkdirSync(out, { recursive: true });
const html = [];
for (const f of fs.readdirSync(labels).filter((n) => /^batch-\w+\.json$/.test(n))) {
  for (const l of JSON.parse(fs.readFileSync(path.join(labels, f), 'utf8')).letters) if (l.kind === 'response' && /\.html?$/.test(l.path)) html.push(l.path);
}
const flat = (p) => p.replace(/\//g, '_');
const fail = (what) => {
  console.error(what);
  process.exit(1);
};
if (values.docx) {
  // One LibreOffice run for all: the HTML copied under flat names, opened in Writer (not Writer/Web) and saved as DOCX.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-html-'));
  for (const p of html) fs.copyFileSync(path.join(letters, p), path.join(tmp, flat(p)));
  const r = spawnSync(process.env.SOFFICE ?? 'soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, ...html.map((p) => path.join(tmp, flat(p)))], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (r.error || r.status !== 0) fail(`soffice: ${r.error?.message ?? `exit ${r.status}`}`);
} else {
  for (const p of html) {
    const pdf = path.join(out, `${flat(p)}.pdf`);
    if (fs.existsSync(pdf)) continue;
    const args = ['--headless', '--no-sandbox', '--disable-gpu', ...(values.pdf ? ['--no-pdf-header-footer'] : []), `--print-to-pdf=${pdf}`, `file://${path.join(letters, p)}`];
    const r = spawnSync(process.env.CHROMIUM ?? 'chromium', args, { stdio: 'ignore' });
    if (r.error || !fs.existsSync(pdf)) fail(`${p}: not printed (${r.error?.message ?? `exit ${r.status}`})`);
  }
}
console.log(`${html.length} response letters in ${out}`);
