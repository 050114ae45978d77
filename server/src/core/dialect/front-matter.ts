import { parseDocument } from 'yaml';
import type { Letter, LetterFacts, ParseProblem } from '../model';
import type { Line } from '../text/lines';
import { cachesEnabled, perDocument } from '../incremental/analysis-cache';

/** The keys of the canonical front matter, and the fact each one fills. */
const KEY_TO_FACT: Record<string, keyof LetterFacts> = {
  company: 'company',
  filing: 'filing',
  filed: 'filed',
  'file-number': 'fileNumber',
  'staff-letter': 'staffLetterDate',
  'response-date': 'responseDate',
};

export interface FrontMatter {
  facts: LetterFacts;
  /** Index of the first line after the closing fence. */
  bodyLine: number;
  problems: ParseProblem[];
}

/** The message of the parse problem for a front matter that is opened and never closed (an error: see below). */
export const UNCLOSED_FRONT_MATTER = 'The front matter is never closed: add a line "---" after its last entry';

/**
 * Reads YAML front matter when the first line is `---`. Broken YAML is a parse problem, never an exception.
 * A `---` followed by a YAML key ("company: ...") that never closes is an unclosed front matter: a parse problem of
 * severity error, with no facts and the body read from the first line, so the YAML is neither lost nor mistaken for
 * the letter's front matter (an export refuses it; a fix never writes a second front matter above it). A `---`
 * followed by anything else is a horizontal rule.
 */
export function readFrontMatter(text: string, lines: Line[]): FrontMatter | undefined {
  if (lines.length < 2) return undefined;
  const first = lines[0].text.replace(/^\uFEFF/, '');
  if (first.trimEnd() !== '---') return undefined;
  let close = -1;
  for (let i = 1; i < lines.length && i < 2000; i++) {
    const t = lines[i].text.trimEnd();
    if (t === '---' || t === '...') {
      close = i;
      break;
    }
  }
  if (close < 0) {
    if (!YAML_KEY_LINE.test(lines[1].text)) return undefined;
    return {
      facts: { source: 'none', extra: {} },
      bodyLine: 0,
      problems: [{ message: UNCLOSED_FRONT_MATTER, span: { start: lines[0].start, end: lines[0].end }, severity: 'error' }],
    };
  }
  const span = { start: lines[0].start, end: lines[close].end };
  const yamlStart = lines[1].start;
  const yamlText = text.slice(yamlStart, lines[close].start);
  // Reading YAML is the costliest step of a re-check after a keystroke below the front matter, where the front
  // matter is unchanged: reuse the last result for the same text at the same place (a copy, so no one shares it).
  const key = `${yamlStart}:${span.end}:${close}:${yamlText}`;
  const memo = lastRead();
  const hit = cachesEnabled() && memo.last?.key === key ? memo.last.result : undefined;
  if (hit) return structuredClone(hit);
  const result = readYaml(text, lines, close, span, yamlStart, yamlText);
  if (cachesEnabled()) {
    try {
      memo.last = { key, result: structuredClone(result) };
    } catch {
      memo.last = undefined; // a value YAML produced that cannot be copied: read it afresh next time
    }
  }
  return result;
}

const YAML_KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/;

const lastRead = perDocument((): { last?: { key: string; result: FrontMatter } } => ({}));

function readYaml(text: string, lines: Line[], close: number, span: { start: number; end: number }, yamlStart: number, yamlText: string): FrontMatter {
  const facts: LetterFacts = { source: 'front-matter', extra: {}, span };
  const problems: ParseProblem[] = [];
  try {
    const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
    for (const err of doc.errors) {
      // Point at the line of the error; an error found at the closing fence belongs to the last YAML line.
      const lastYamlLineStart = lines[Math.max(1, close - 1)].start;
      const at = Math.min(yamlStart + (err.pos?.[0] ?? 0), lastYamlLineStart);
      // To the end of that line, whatever ends it (\n, \r\n or \r): the front matter's own lines, never text after it
      // (a re-check reuses this result while only the text after the front matter changes).
      let k = 1;
      while (k < close - 1 && lines[k + 1].start <= at) k++;
      problems.push({ message: `Front matter is not valid YAML: ${err.message.split('\n')[0]}`, span: { start: at, end: Math.max(at, lines[k].end) } });
    }
    const data = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 50 });
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        const fact = KEY_TO_FACT[key.toLowerCase()];
        if (fact && (typeof value === 'string' || typeof value === 'number' || value instanceof Date)) {
          (facts as unknown as Record<string, unknown>)[fact] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        } else {
          facts.extra[key] = value;
        }
      }
    }
  } catch (err) {
    problems.push({ message: `Front matter could not be read: ${(err as Error).message}`, span });
  }
  return { facts, bodyLine: close + 1, problems };
}

/** Where the letter's body starts: after its front matter, or at 0. */
export function bodyStart(letter: Letter): number {
  return letter.facts.source === 'front-matter' && letter.facts.span ? letter.facts.span.end : 0;
}
