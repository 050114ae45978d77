// The previous round's letter, named in the front matter (`prior: ../2017-05-09-response.corresp.md`), so "prior
// comment N" hovers show what the staff asked then and what the company answered. The core reads no files: the CLI
// and the language server read the path (server/src/disk/prior-letter.ts) and pass the text, or why it could not
// be read, into `analyze`; the `prior-letter` rule reports a path that does not lead to a letter.
import type { Letter, Span } from './model';
import { parseLetter } from './dialect/parse';
import { AnalysisContext, inContext, perDocument } from './incremental/analysis-cache';

/** What the caller read for the front matter's `prior:` path. */
export interface PriorInput {
  /** The path as the front matter writes it. */
  path: string;
  /** The letter's text, when the path led to one. */
  text?: string;
  /** Why it could not be read ("no file at …"), when it could not. */
  problem?: string;
}

/** The previous round's letter as the analysis sees it. */
export interface PriorLetter {
  path: string;
  letter?: Letter;
  problem?: string;
}

const FENCE = /^\uFEFF?---[ \t]*\r?$/;
const PRIOR_KEY = /^prior[ \t]*:[ \t]*(.*?)[ \t]*\r?$/;

/** The `prior:` path of the front matter, and where its value stands; undefined when there is none. */
export function priorPathOf(text: string): { path: string; span: Span } | undefined {
  if (!/^\uFEFF?---/.test(text)) return undefined;
  let at = 0;
  for (let i = 0; i < 200 && at < text.length; i++) {
    const eol = text.indexOf('\n', at);
    const line = text.slice(at, eol < 0 ? text.length : eol);
    if (i > 0 && FENCE.test(line)) return undefined;
    const m = i > 0 ? PRIOR_KEY.exec(line) : null;
    if (m) {
      const raw = m[1].replace(/\s+#.*$/, '');
      const path = raw.replace(/^(["'])(.*)\1$/, '$2').trim();
      const start = at + line.indexOf(m[1]);
      return path ? { path, span: { start, end: start + raw.length } } : undefined;
    }
    if (eol < 0) break;
    at = eol + 1;
  }
  return undefined;
}

// The prior letter parsed once per text, in the document's context; its own parse runs in a context of its own so
// it never takes the place of the document's cached lines and blocks.
const parsedPrior = perDocument((): { last?: { text: string; letter: Letter } } => ({}));

export function readPrior(input: PriorInput | undefined): PriorLetter | undefined {
  if (!input) return undefined;
  if (input.text === undefined) return { path: input.path, problem: input.problem ?? 'it could not be read' };
  const memo = parsedPrior();
  if (memo.last?.text !== input.text) memo.last = { text: input.text, letter: inContext(new AnalysisContext(), () => parseLetter(input.text!)) };
  return { path: input.path, letter: memo.last.letter };
}
