// Labelled review threads from ../shared/letters (labels in test/data/letters/batch-*.json, see its README).
// The letters stay in ../shared: each is converted here the way accuracy is measured (../shared/tools/letter-text.sh:
// pdftotext for the staff PDFs, the stdlib HTML converter for company letters) and the text cached in the system's
// temporary folder, keyed by the file's size and modification time.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detectCommitments } from '../../server/src/core/commitments/commitment';
import { parseLetter } from '../../server/src/core/dialect/parse';

export const ROOT = path.resolve(__dirname, '..', '..');
// LETTERS_LABELS points elsewhere to score batches not yet released (a first look taken before they land).
export const LABEL_DIR = process.env.LETTERS_LABELS ?? path.join(ROOT, 'test', 'data', 'letters');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const LETTERS = path.join(SHARED, 'letters');
const TOOL = path.join(SHARED, 'tools', 'letter-text.sh');

export interface CommitmentLabel {
  comment: number | null;
  line?: number;
  kind: string;
  text: string;
  filing?: string | null;
}
export interface SentenceLabel {
  comment?: number | null;
  line?: number;
  text: string;
}
export interface LetterLabel {
  path: string;
  kind: 'staff' | 'response';
  answers?: string | null;
  comments: number[];
  responses?: number[];
  commitments?: CommitmentLabel[];
  hedges?: SentenceLabel[];
  ignore?: SentenceLabel[];
  notes?: string;
}
export interface Batch {
  batch: string;
  labelled: string;
  companies: string[];
  letters: LetterLabel[];
}

export function loadBatches(dir = LABEL_DIR): Batch[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^batch-[A-Za-z0-9]+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Batch);
}

/** Why the letters cannot be read here, or undefined when they can. */
export function lettersUnavailable(): string | undefined {
  if (!fs.existsSync(LETTERS)) return '../shared/letters not present';
  if (!fs.existsSync(TOOL)) return '../shared/tools/letter-text.sh not present';
  for (const tool of ['pdftotext', 'python3']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} not installed (apt-get install poppler-utils python3)`;
    }
  }
  return undefined;
}

const CACHE = path.join(os.tmpdir(), 'corresp-letter-text');

/** The letter's text as measured: converted by letter-text.sh, cached by path, size and mtime. */
export function letterText(rel: string): string {
  const file = path.join(LETTERS, rel);
  const st = fs.statSync(file);
  const key = createHash('sha1').update(`${rel}\0${st.size}\0${st.mtimeMs}\0${fs.statSync(TOOL).mtimeMs}`).digest('hex');
  const cached = path.join(CACHE, `${key}.txt`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, 'utf8');
  const text = execFileSync('bash', [TOOL, file], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  fs.mkdirSync(CACHE, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, cached);
  return text;
}

/** Whitespace collapsed, quotes and dashes straightened, lower case: how label fragments are matched. */
export function normalise(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface ReadLetter {
  comments: (number | undefined)[];
  responses: (number | undefined)[];
  commitments: string[]; // sentences the reader reports as commitments
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Multiset match: each expected number found at most once; the rest of got is wrong. */
export function matchNumbers(expected: number[], got: (number | undefined)[]): Counts {
  const pool = [...got];
  let tp = 0;
  for (const n of expected) {
    const i = pool.indexOf(n);
    if (i >= 0) {
      tp++;
      pool.splice(i, 1);
    }
  }
  return { tp, fp: pool.length, fn: expected.length - tp };
}

export interface LetterResult {
  path: string;
  kind: 'staff' | 'response';
  right: boolean;
  expected: string;
  got: string;
  commitments: Counts;
  misses: string[];
  falseAlarms: string[];
}

export interface BatchScore {
  batch: string;
  staffLetters: number;
  staffRight: number;
  responseLetters: number;
  responseRight: number;
  comments: Counts;
  responses: Counts;
  commitments: Counts;
  staffRightRate: number;
  responseRightRate: number;
  commitmentPrecision: number;
  commitmentRecall: number;
  letters: LetterResult[];
}

const same = (a: (number | undefined)[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const show = (xs: (number | undefined)[]) => (xs.length ? xs.map((x) => (x === undefined ? '?' : String(x))).join(',') : '-');
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Scores one batch. A staff letter is right when its comment numbers are exactly the label's; a response letter when
 * its answered numbers are exactly the label's. Commitments: a reported sentence is a hit when it contains a labelled
 * fragment; reported sentences holding a hedge, an ignored sentence or an already-hit label count neither way.
 */
export function scoreBatch(batch: Batch, read: (text: string) => ReadLetter): BatchScore {
  const s: BatchScore = {
    batch: batch.batch,
    staffLetters: 0,
    staffRight: 0,
    responseLetters: 0,
    responseRight: 0,
    comments: counts(),
    responses: counts(),
    commitments: counts(),
    staffRightRate: 0,
    responseRightRate: 0,
    commitmentPrecision: 0,
    commitmentRecall: 0,
    letters: [],
  };
  const add = (into: Counts, c: Counts) => {
    into.tp += c.tp;
    into.fp += c.fp;
    into.fn += c.fn;
  };
  for (const label of batch.letters) {
    const got = read(letterText(label.path));
    const r: LetterResult = { path: label.path, kind: label.kind, right: false, expected: '', got: '', commitments: counts(), misses: [], falseAlarms: [] };
    if (label.kind === 'staff') {
      s.staffLetters++;
      add(s.comments, matchNumbers(label.comments, got.comments));
      r.right = same(got.comments, label.comments);
      if (r.right) s.staffRight++;
      r.expected = `C ${show(label.comments)}`;
      r.got = `C ${show(got.comments)}`;
    } else {
      s.responseLetters++;
      const want = label.responses ?? [];
      add(s.responses, matchNumbers(want, got.responses));
      r.right = same(got.responses, want);
      if (r.right) s.responseRight++;
      r.expected = `R ${show(want)}`;
      r.got = `R ${show(got.responses)}`;
      const found = got.commitments.map(normalise);
      const used = new Set<number>();
      const labels = label.commitments ?? [];
      for (const c of labels) {
        const want = normalise(c.text);
        const i = found.findIndex((f, k) => !used.has(k) && f.includes(want));
        if (i >= 0) {
          used.add(i);
          r.commitments.tp++;
        } else {
          r.commitments.fn++;
          r.misses.push(`#${c.comment ?? '?'} line ${c.line ?? '?'}: ${c.text}`);
        }
      }
      const neutral = [...labels, ...(label.hedges ?? []), ...(label.ignore ?? [])].map((x) => normalise(x.text));
      found.forEach((f, k) => {
        if (used.has(k) || neutral.some((n) => f.includes(n))) return;
        r.commitments.fp++;
        r.falseAlarms.push(got.commitments[k].replace(/\s+/g, ' ').slice(0, 200));
      });
      add(s.commitments, r.commitments);
    }
    s.letters.push(r);
  }
  s.staffRightRate = ratio(s.staffRight, s.staffLetters);
  s.responseRightRate = ratio(s.responseRight, s.responseLetters);
  s.commitmentPrecision = ratio(s.commitments.tp, s.commitments.tp + s.commitments.fp);
  s.commitmentRecall = ratio(s.commitments.tp, s.commitments.tp + s.commitments.fn);
  return s;
}

export function report(s: BatchScore): string {
  const rows = s.letters.map((l) => `${l.right ? 'ok   ' : 'WRONG'} ${l.kind.padEnd(8)} ${l.path}  want ${l.expected}  got ${l.got}` +
    (l.kind === 'response' ? `  commitments tp ${l.commitments.tp} fp ${l.commitments.fp} fn ${l.commitments.fn}` : '') +
    l.misses.map((m) => `\n      missed: ${m}`).join('') + l.falseAlarms.map((m) => `\n      false alarm: ${m}`).join(''));
  const f = (x: number) => x.toFixed(2);
  return `batch ${s.batch}\n${rows.join('\n')}\n` +
    `staff letters with every comment right: ${s.staffRight}/${s.staffLetters} = ${f(s.staffRightRate)}\n` +
    `response letters with every response matched: ${s.responseRight}/${s.responseLetters} = ${f(s.responseRightRate)}\n` +
    `commitments: precision ${f(s.commitmentPrecision)} (${s.commitments.tp}/${s.commitments.tp + s.commitments.fp}), recall ${f(s.commitmentRecall)} (${s.commitments.tp}/${s.commitments.tp + s.commitments.fn})`;
}

/** What the product reads: the parser's comment and response numbers and the detector's commitment sentences. */
export function readWithReader(text: string): ReadLetter {
  const letter = parseLetter(text);
  return {
    comments: letter.comments.map((c) => c.number),
    responses: letter.responses.map((r) => r.number),
    commitments: detectCommitments(letter).map((c) => c.sentence),
  };
}
