import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Letter, Span, TextEdit } from '../model';
import { cachesEnabled, perDocument } from '../incremental/analysis-cache';
import { normaliseSentence } from './detect';
import { UNCLOSED_FRONT_MATTER } from '../dialect/front-matter';

// The commitment register: the letter's own list of the promises it makes, kept in the YAML front matter under
// `commitments:`. It is working data for the company (who owns each promise, whether it has been honoured) and is
// never part of the filed letter: whatever exports the letter for EDGAR drops the front matter, and
// `registerRemovalEdit` removes just this key for tools that keep the rest.
//
//   commitments:
//     - comment: 3                     # the staff comment the promise answers
//       sentence: "will continue to provide such disclosures ... future earnings releases"
//       filing: Form 10-K for the fiscal year ending December 31, 2017   # first filing that must carry it
//       place: Item 7, MD&A            # where in that filing
//       owner: Controller
//       status: open                   # open | in-progress | done | dropped
//       due: 2018-03-01                # optional
//       note: free text                # optional
//
// `sentence` may be abbreviated with "..." (or "…"): each piece must appear, in order, in one response sentence.

export const REGISTER_KEY = 'commitments';
export const STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;

export interface RegisterEntry {
  index: number;
  comment?: number;
  sentence?: string;
  filing?: string;
  place?: string;
  owner?: string;
  status?: string;
  due?: string;
  /** The whole sequence item in the document (from its "-" to the end of its last line). */
  span: Span;
  /** The sentence value, or the item's first line when there is none. */
  sentenceSpan: Span;
  /** The status value when present. */
  statusSpan?: Span;
  /** Where the filing goes: its value (`~` included), or the point after "filing:" when the value is empty. */
  filingSpan?: Span;
  /** The comment number's value, when present. */
  commentSpan?: Span;
  /** Indentation of the entry's keys ("    " for "    sentence: ..."), to add a key it lacks. */
  keyIndent: string;
}

export interface RegisterProblem {
  message: string;
  span: Span;
  entry?: number;
}

/**
 * Where and how new entries are written into the document. Every record fix writes its own entries at `at` after the
 * same `setup` edits (which create the key or the front matter when needed): `applyFixes` applies an edit repeated
 * across fixes once and keeps same-offset inserts in list order, so any set of record fixes composes into one register.
 */
export interface RegisterInsertion {
  /** Edits that make room for entries, written before them; identical for every record fix of one letter. */
  setup: TextEdit[];
  /** Edits that close what `setup` opened, written after the entries (same for every fix). */
  after: TextEdit[];
  /** Offset the entries' YAML is inserted at. */
  at: number;
  /** True when `at` is a line end (entries are written as line break + lines), false at a line start. */
  atLineEnd: boolean;
  /** Indentation of a sequence item ("  " for "  - comment: 3"). */
  indent: string;
}

export interface Register {
  present: boolean;
  /** False when the register cannot be edited safely (broken YAML, not a list): no fix writes to it then. */
  writable: boolean;
  entries: RegisterEntry[];
  problems: RegisterProblem[];
  insertion: RegisterInsertion;
  /** The `commitments:` pair, from key to the end of its value, when present. */
  span?: Span;
}

const cache = new WeakMap<Letter, Register>();
// The register depends only on the front matter (and the letter's line breaks): the last one read is reused while the
// front matter is unchanged, so a keystroke in the body does not parse the YAML again. Offsets are absolute, and the
// front matter starts the document, so they stay right.
const lastRegister = perDocument((): { last?: { key: string; reg: Register } } => ({}));

function frontMatterKey(letter: Letter): string | undefined {
  if (letter.facts.source !== 'front-matter') return undefined;
  const fm = letter.facts.span;
  if (!fm || fm.start !== 0) return undefined;
  return `${eolOf(letter.text)}\u0000${letter.text.slice(0, fm.end)}`;
}

/** Reads the register from the letter's front matter. Memoised per letter object and front matter; never throws. */
export function readRegister(letter: Letter): Register {
  const hit = cache.get(letter);
  if (hit) return hit;
  const key = cachesEnabled() ? frontMatterKey(letter) : undefined;
  const memo = lastRegister();
  if (key !== undefined && memo.last?.key === key) {
    cache.set(letter, memo.last.reg);
    return memo.last.reg;
  }
  let reg: Register;
  try {
    reg = readUnsafe(letter);
  } catch (err) {
    reg = { present: false, writable: false, entries: [], problems: [{ message: `The commitment register could not be read: ${(err as Error)?.message}`, span: { start: 0, end: 0 } }], insertion: documentStartInsertion(letter) };
  }
  cache.set(letter, reg);
  if (key !== undefined) memo.last = { key, reg };
  return reg;
}

function lineStartAt(text: string, offset: number): number {
  const i = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return i + 1;
}
function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
function eolOf(text: string): string {
  return /\r\n/.test(text.slice(0, 2000)) ? '\r\n' : '\n';
}

function documentStartInsertion(letter: Letter): RegisterInsertion {
  const text = letter.text;
  const firstEnd = lineEndAt(text, 0);
  const eol = eolOf(text);
  const facts = letter.facts;
  const head: string[] = ['---'];
  if (facts.company) head.push(`company: ${yamlString(facts.company)}`);
  if (facts.filing) head.push(`filing: ${yamlString(facts.filing)}`);
  if (facts.fileNumber) head.push(`file-number: ${yamlString(facts.fileNumber)}`);
  if (facts.staffLetterDate) head.push(`staff-letter: ${yamlString(facts.staffLetterDate)}`);
  head.push(`${REGISTER_KEY}:`);
  const headText = `${head.join(eol)}${eol}`;
  const firstLine = text.slice(0, firstEnd);
  if (firstEnd >= 2) {
    // Three edits at distinct offsets, so that no client has to order inserts at one position: the head replaces the
    // first character, entries go in after it, and the closing "---" is written before the first line, rewritten.
    return {
      setup: [{ span: { start: 0, end: 1 }, newText: headText }],
      after: [{ span: { start: 1, end: firstEnd }, newText: `---${eol}${eol}${firstLine}` }],
      at: 1,
      atLineEnd: false,
      indent: '  ',
    };
  }
  // A first line of one character or none: the head and the entries are inserts at 0 (in list order), and the closing
  // "---" replaces the first character, so that it lands after them.
  const firstChars = text.slice(0, Math.max(firstEnd, Math.min(text.length, 1)));
  const close: TextEdit = { span: { start: 0, end: firstChars.length }, newText: firstEnd === 0 ? `---${eol}${firstChars}` : `---${eol}${eol}${firstChars}` };
  return { setup: [{ span: { start: 0, end: 0 }, newText: headText }], after: [close], at: 0, atLineEnd: false, indent: '  ' };
}

function readUnsafe(letter: Letter): Register {
  const text = letter.text;
  const fm = letter.facts.source === 'front-matter' ? letter.facts.span : undefined;
  const empty = (insertion: RegisterInsertion): Register => ({ present: false, writable: true, entries: [], problems: [], insertion });
  // A front matter that is opened and never closed: writing a new one above it would leave two (letter-syntax
  // reports it as an error); nothing is written until it is closed.
  if (!fm && letter.problems.some((p) => p.message === UNCLOSED_FRONT_MATTER)) return { ...empty(documentStartInsertion(letter)), writable: false };
  if (!fm) return empty(documentStartInsertion(letter));
  const eol = eolOf(text);
  const yamlStart = lineEndAt(text, fm.start) + (text.startsWith('\r\n', lineEndAt(text, fm.start)) ? 2 : 1);
  const closeStart = lineStartAt(text, fm.end);
  const beforeClose: RegisterInsertion = {
    // The key rewrites the line break before the closing line (never an insert at the entries' own offset).
    setup: [{ span: { start: closeStart - 1, end: closeStart }, newText: `${text[closeStart - 1]}${REGISTER_KEY}:${eol}` }],
    after: [],
    at: closeStart,
    atLineEnd: false,
    indent: '  ',
  };
  if (yamlStart > closeStart) return empty(beforeClose);
  const yamlText = text.slice(yamlStart, closeStart);
  // Cheap check first: most letters have no register and need no second YAML parse.
  if (!/^commitments\s*:/im.test(yamlText)) return empty(beforeClose);
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const at = (n: number) => yamlStart + Math.max(0, Math.min(n, yamlText.length));
  const problems: RegisterProblem[] = [];
  if (doc.errors.length) {
    const e = doc.errors[0];
    const p = at(e.pos?.[0] ?? 0);
    problems.push({ message: `The front matter is not valid YAML, so the commitment register cannot be read: ${e.message.split('\n')[0]}`, span: { start: p, end: Math.min(p + 1, fm.end) } });
    return { present: true, writable: false, entries: [], problems, insertion: beforeClose };
  }
  const root = doc.contents;
  if (!isMap(root)) return empty(beforeClose);
  const pair = (root as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value).toLowerCase() === REGISTER_KEY) as Pair<Node, Node | null> | undefined;
  if (!pair) return empty(beforeClose);
  const keyNode = pair.key as Node;
  const keyStart = at(keyNode.range?.[0] ?? 0);
  const value = pair.value;
  const keyLine: Span = { start: lineStartAt(text, keyStart), end: lineEndAt(text, keyStart) };

  if (value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === ''))) {
    // "commitments:" with nothing after it: the key line becomes the anchor.
    const keyLineText = text.slice(keyLine.start, keyLine.end).replace(/\s*(?:~|null)?\s*$/, '');
    return { present: true, writable: true, entries: [], problems, span: keyLine, insertion: atLineEnd(text, keyLine, keyLineText, '  ') };
  }
  if (!isSeq(value)) {
    const s = at(value.range?.[0] ?? 0);
    problems.push({ message: 'The commitment register must be a list: each entry starts with "- comment: N".', span: { start: s, end: at(value.range?.[1] ?? 0) } });
    return { present: true, writable: false, entries: [], problems, span: keyLine, insertion: beforeClose };
  }
  const seqSpan: Span = { start: keyStart, end: at(value.range?.[1] ?? 0) };
  if (value.flow) {
    if (value.items.length === 0) {
      const prefix = text.slice(keyLine.start, keyStart);
      return { present: true, writable: true, entries: [], problems, span: seqSpan, insertion: atLineEnd(text, keyLine, `${prefix}${REGISTER_KEY}:`, `${prefix}  `) };
    }
    problems.push({ message: 'Write the commitment register as a block list ("- comment: N" on its own line) so entries can be added and checked.', span: seqSpan });
    return { present: true, writable: false, entries: [], problems, span: seqSpan, insertion: beforeClose };
  }
  const entries: RegisterEntry[] = [];
  value.items.forEach((item, index) => {
    const node = item as Node;
    const start = at(node.range?.[0] ?? 0);
    const dash = text.lastIndexOf('-', start);
    const itemStart = dash >= lineStartAt(text, start) ? dash : start;
    let end = at(node.range?.[1] ?? 0);
    while (end > itemStart && /\s/.test(text[end - 1])) end--;
    const span: Span = { start: itemStart, end: Math.max(itemStart, end) };
    const firstLine: Span = { start: itemStart, end: Math.min(lineEndAt(text, itemStart), Math.max(itemStart, end)) };
    if (!isMap(node)) {
      problems.push({ message: `Commitment register entry ${index + 1} is not a mapping: write "comment:", "sentence:", "filing:", "owner:" and "status:" keys.`, span: firstLine, entry: index });
      return;
    }
    const keyIndent = ' '.repeat(Math.max(0, start - lineStartAt(text, start)));
    const entry: RegisterEntry = { index, span, sentenceSpan: firstLine, keyIndent };
    for (const p of (node as YAMLMap).items) {
      if (!isScalar(p.key)) continue;
      const key = String(p.key.value).toLowerCase();
      const v = p.value as Node | null;
      if (key === 'filing') {
        if (v?.range && v.range[1] > v.range[0]) entry.filingSpan = { start: at(v.range[0]), end: at(v.range[1]) };
        else {
          const keyEnd = at(p.key.range?.[1] ?? 0);
          const colon = text.indexOf(':', keyEnd);
          if (colon >= 0 && colon < lineEndAt(text, keyEnd)) entry.filingSpan = { start: colon + 1, end: lineEndAt(text, colon) };
        }
      }
      const raw = isScalar(v) ? v.value : undefined;
      const str = raw === null || raw === undefined ? undefined : raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim() || undefined;
      const vSpan: Span | undefined = v && v.range ? { start: at(v.range[0]), end: at(v.range[1]) } : undefined;
      switch (key) {
        case 'comment': {
          if (vSpan) entry.commentSpan = vSpan;
          if (v === null || (isScalar(v) && raw === null)) break; // "comment: ~": not yet known
          // A number, or a string that is one ("3", "Comment 3", "No. 3", "#3"); "three" is not.
          const n = typeof raw === 'number' ? raw : /^\s*(?:(?:comment|no\.?|#)\s*)?(\d{1,4})\s*$/i.exec(String(raw))?.[1];
          if (n !== undefined && Number.isInteger(Number(n)) && Number(n) > 0) entry.comment = Number(n);
          else problems.push({ message: `Commitment register entry ${index + 1}: "comment" is ${JSON.stringify(isScalar(v) ? raw : 'a list or mapping')}; write the number of the staff comment the promise answers (comment: 3).`, span: vSpan ?? firstLine, entry: index });
          break;
        }
        case 'sentence':
          entry.sentence = str;
          if (vSpan) entry.sentenceSpan = vSpan;
          break;
        case 'filing':
        case 'period':
        case 'owner':
          if (v !== null && !(isScalar(v) && (raw === null || typeof raw === 'string'))) {
            problems.push({ message: `Commitment register entry ${index + 1}: "${key}" must be text, not ${isScalar(v) ? `${typeof raw} ${String(raw)}` : 'a list or mapping'}; quote it if it is meant as text (${key}: "...").`, span: vSpan ?? firstLine, entry: index });
          } else if (key === 'owner') entry.owner = str;
          else entry.filing = entry.filing ?? str;
          break;
        case 'place':
          entry.place = str;
          break;
        case 'status':
          entry.status = str?.toLowerCase();
          entry.statusSpan = vSpan;
          break;
        case 'due':
          entry.due = str;
          break;
        default:
          break;
      }
    }
    entries.push(entry);
  });
  // New entries go after the last line of the list: that line is the anchor and is written back unchanged.
  let p = Math.min(Math.max(seqSpan.end, keyLine.end), closeStart) - 1;
  while (p > keyLine.end && (text[p] === '\n' || text[p] === '\r' || text[p] === ' ' || text[p] === '\t')) p--;
  const anchor: Span = { start: lineStartAt(text, p), end: lineEndAt(text, p) };
  const firstItem = value.items[0] as Node | undefined;
  let indent = '  ';
  if (firstItem?.range) {
    const s = at(firstItem.range[0]);
    const dash = text.lastIndexOf('-', s);
    const ls = lineStartAt(text, s);
    if (dash >= ls) indent = text.slice(ls, dash).replace(/\S/g, ' ');
  }
  return {
    present: true,
    writable: true,
    entries,
    problems,
    span: seqSpan,
    insertion: { setup: [], after: [], at: anchor.end, atLineEnd: true, indent },
  };
}

/** Entries written after `line`, which is first rewritten as `lineText` (when that changes it). */
function atLineEnd(text: string, line: Span, lineText: string, indent: string): RegisterInsertion {
  const setup: TextEdit[] = text.slice(line.start, line.end) === lineText ? [] : [{ span: line, newText: lineText }];
  return { setup, after: [], at: line.end, atLineEnd: true, indent };
}

/** A YAML scalar that reads back as the same string: plain when safe, else double-quoted (JSON is valid YAML). */
export function yamlString(s: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9 ,.&()/'-]*$/.test(s) && !/(?:^|\s)#|: |\s$|^(?:true|false|null|yes|no|on|off|~)$/i.test(s) && !/^\d+(?:\.\d+)?$/.test(s)) return s;
  return JSON.stringify(s);
}

/** Shortens a sentence for the register, keeping its start and end joined by "...". */
export function abbreviate(sentence: string, max = 160): string {
  const s = normaliseSentence(sentence).replace(/[.:;]\s*$/, '');
  if (s.length <= max) return s;
  const head = s.slice(0, 90).replace(/\s+\S*$/, '');
  const tail = s.slice(s.length - 55).replace(/^\S*\s+/, '');
  return `${head} ... ${tail}`;
}

export interface NewEntry {
  comment?: number;
  sentence: string;
  filing?: string;
  place?: string;
}

/** YAML lines for new register entries, each ending with a line break. */
export function entriesYaml(entries: NewEntry[], indent: string, eol = '\n'): string {
  const pad = `${indent}  `;
  return entries
    .map((e) => {
      const lines = [
        `${indent}- comment: ${e.comment ?? '~'}`,
        `${pad}sentence: ${JSON.stringify(abbreviate(e.sentence))}`,
        `${pad}filing: ${e.filing ? yamlString(e.filing) : '~'}`,
        `${pad}place: ${e.place ? yamlString(e.place) : '~'}`,
        `${pad}owner: ~`,
        `${pad}status: open`,
      ];
      return lines.join(eol) + eol;
    })
    .join('');
}

/**
 * The edits that write `entries` into the register (creating the key, or the front matter, when needed). Edits of
 * several calls compose: `applyFixes` on any set of them writes the key once and every entry, in order.
 */
export function registerEdit(letter: Letter, entries: NewEntry[]): TextEdit[] {
  const ins = readRegister(letter).insertion;
  const eol = eolOf(letter.text);
  const yaml = entriesYaml(entries, ins.indent, eol);
  const newText = ins.atLineEnd ? `${eol}${yaml.slice(0, yaml.length - eol.length)}` : yaml;
  return [...ins.setup, { span: { start: ins.at, end: ins.at }, newText }, ...ins.after];
}

/** Removes the `commitments:` key from the front matter (for exports that keep the rest of it). */
export function registerRemovalEdit(letter: Letter): { span: Span; newText: string } | undefined {
  const reg = readRegister(letter);
  if (!reg.present || !reg.span) return undefined;
  const text = letter.text;
  const start = lineStartAt(text, reg.span.start);
  let end = lineEndAt(text, Math.max(reg.span.start, reg.span.end - 1));
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { span: { start, end }, newText: '' };
}

// Matching ----------------------------------------------------------------------------------------------------------

/** Lower case, quotes straightened, markdown and trailing punctuation dropped: what anchors are compared on. */
export function anchorForm(s: string): string {
  return normaliseSentence(s).toLowerCase().replace(/[.:;,]+$/, '').trim();
}

/** The pieces of an anchor ("a ... b" → ["a", "b"]). */
export function anchorPieces(sentence: string): string[] {
  return sentence
    .split(/\.\.\.|\u2026/)
    .map(anchorForm)
    .filter((p) => p.length > 0);
}

/** True when every piece of the anchor appears, in order, in `haystack` (already in anchorForm). */
export function anchorMatches(pieces: string[], haystack: string): boolean {
  if (!pieces.length) return false;
  let from = 0;
  for (const p of pieces) {
    const i = haystack.indexOf(p, from);
    if (i < 0) return false;
    from = i + p.length;
  }
  return true;
}
