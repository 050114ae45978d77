// Fits the commitment classifier: logistic regression over the detector's named sentence features (features.ts),
// on labelled sentences, deterministically (zero start, full-batch gradient descent, fixed steps, L2 penalty).
// Writes server/src/core/commitments/classifier.json, which the detector ships; nothing is fitted at run time.
// The penalty pulls each weight toward a prior: the hand-set grammar weight (default, --prior grammar) or zero
// (--prior zero, a plain ridge fit). With a few hundred sentences most exclusions (quoted standards, hypotheticals,
// questions) occur a handful of times or never; a zero prior then forgets them, a grammar prior keeps them until the
// data says otherwise. The fit starts from the prior.
//   usage: node scripts/train-commitment-classifier.mjs [--sets tuning,held-out] [--batches A,B] [--prior grammar|zero] [--out FILE]
// --batches reads test/data/letters/batch-X.json and converts its response letters with ../shared/tools/letter-text.sh
// (needs ../shared and pdftotext); train only on batches whose first-look score is already recorded.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const sets = arg('--sets', 'tuning,held-out').split(',').filter(Boolean);
const batches = arg('--batches', '').split(',').filter(Boolean);
const priorKind = arg('--prior', 'grammar');
const outFile = arg('--out', join(root, 'server', 'src', 'core', 'commitments', 'classifier.json'));
if (!['grammar', 'zero'].includes(priorKind)) throw new Error(`--prior grammar|zero, not ${priorKind}`);

const dir = mkdtempSync(join(tmpdir(), 'corresp-train-'));
const out = join(dir, 'sentences.cjs');
await build({ entryPoints: [join(root, 'scripts', 'commitment-sentences.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
const lib = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });

const letters = lib.commitmentSetLetters(root, sets);
for (const b of batches) {
  const batch = JSON.parse(readFileSync(join(root, 'test', 'data', 'letters', `batch-${b}.json`), 'utf8'));
  for (const l of batch.letters) {
    if (l.kind !== 'response') continue;
    const file = join(root, '..', 'shared', 'letters', l.path);
    if (!existsSync(file)) throw new Error(`${file} is missing: batch letters need ../shared`);
    const text = execFileSync(join(root, '..', 'shared', 'tools', 'letter-text.sh'), [file], { encoding: 'utf8' });
    letters.push({ name: l.path, text, commitments: (l.commitments ?? []).map((c) => c.text), ignore: [...(l.ignore ?? []).map((t) => (typeof t === 'string' ? t : t.text))] });
  }
}

const rows = lib.rows(letters);
const names = lib.FEATURE_NAMES;
const n = rows.length;
const d = names.length;
const prior = names.map((k) => (priorKind === 'grammar' ? lib.GRAMMAR_WEIGHTS[k] : 0));
const w = [...prior];
let b = priorKind === 'grammar' ? lib.GRAMMAR_BIAS : 0;
const L2 = priorKind === 'grammar' ? 0.05 : 0.01;
const RATE = 0.5;
const STEPS = 4000;
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
for (let step = 0; step < STEPS; step++) {
  const gw = new Array(d).fill(0);
  let gb = 0;
  for (const r of rows) {
    let z = b;
    for (let j = 0; j < d; j++) z += w[j] * r.x[j];
    const e = sigmoid(z) - r.y;
    gb += e;
    for (let j = 0; j < d; j++) gw[j] += e * r.x[j];
  }
  b -= (RATE * gb) / n;
  for (let j = 0; j < d; j++) w[j] -= RATE * (gw[j] / n + L2 * (w[j] - prior[j]));
}

let tp = 0;
let fp = 0;
let fn = 0;
for (const r of rows) {
  let z = b;
  for (let j = 0; j < d; j++) z += w[j] * r.x[j];
  if (z > 0 && r.y) tp++;
  else if (z > 0) fp++;
  else if (r.y) fn++;
}
const round = (x) => Math.round(x * 1e4) / 1e4;
const model = {
  about:
    'Logistic regression over the named sentence features of features.ts, fitted by scripts/train-commitment-classifier.mjs ' +
    `(${STEPS} full-batch gradient steps from the prior, rate ${RATE}, L2 ${L2} toward the prior: ${priorKind === 'grammar' ? 'the grammar weights of grammar.ts' : 'zero'}). Rows: candidate sentences (holding a trigger word) ` +
    'of the letters named in trainedOn; label 1 when the sentence holds a labelled commitment fragment.',
  prior: priorKind,
  trainedOn: [...sets.map((s) => `test/data/commitments/labels.json:${s}`), ...batches.map((x) => `test/data/letters/batch-${x}.json`)],
  rows: n,
  positives: rows.filter((r) => r.y).length,
  fit: { truePositives: tp, falsePositives: fp, falseNegatives: fn },
  bias: round(b),
  weights: Object.fromEntries(names.map((k, j) => [k, round(w[j])])),
};
writeFileSync(outFile, `${JSON.stringify(model, null, 2)}\n`);
console.log(`fitted on ${n} sentences (${model.positives} commitments): on its own training rows tp ${tp}, fp ${fp}, fn ${fn}`);
