// FASB Accounting Standards Codification cites: "ASC 350-20-35-30", "FASB ASC Topic 842", "Subtopic 350-20",
// "paragraph 805-30-30-1", bare "944-40-50-4B", with ranges and lists ("ASC 605-50-25-4, 25-7, and 25-9").
import { makeCitation, type Citation, type ScanResult, type ScanState } from './citation';
import { ASC_TOPICS, isAscSection } from './catalog/asc';
import { DASHES, LIST_SEP, PATH, SP, isRangeSeparator, joinPath, matchAt, splitPath, sticky } from './tokens';

/**
 * Number path with any separator people type: "350-20-35-30", "350.20.35.30", "28010-50-41", "350-20- 35-30". A
 * period followed by a space ends a sentence, never a level: "ASC 280-10-50. 1. Please …" is a cite and then the next
 * comment's number (a one-line conversion of a letter puts them side by side).
 */
const NUM = String.raw`(\d{3,5}(?:(?:[${DASHES}] ?|\.)(?:S\d{2}|\d{4}(?=[${DASHES}])|\d{1,3}[A-Z]?))*)(${PATH}|-?[a-z]{1,3}(?![\w]))`;
const LEVEL = String.raw`Topics?|Subtopics?|Sections?|[Pp]aragraphs?|[Ss]ubparagraphs?`;
const PREFIX = String.raw`(?:FASB${SP}(?:ASC|Accounting${SP}Standards${SP}Codification)|ASC|ASAC|Accounting${SP}Standards${SP}Codification)(?:${SP}\((?:the${SP})?["\u201c]?(?:ASC|Codification)["\u201d]?\))?`;

const HEAD = sticky(String.raw`${PREFIX}(?:${SP}(${LEVEL}))?${SP}${NUM}(?![\w${DASHES}])`);
const WORD_HEAD = sticky(String.raw`(Topics?|Subtopics?|Section)${SP}${NUM}(?![\w${DASHES}])`);
const PARA_WORD_HEAD = sticky(
  String.raw`(?:[Pp]aragraphs?|[Ss]ubparagraphs?)${SP}(?:ASC${SP})?(\d{3}-\d{2,3}-S?\d{2}-\d{1,3}[A-Z]?)(${PATH})(?![\w-])`,
);
const BARE = sticky(String.raw`(\d{3}[-\u2013]\d{2,3}[-\u2013]S?\d{2}[-\u2013]\d{1,3}[A-Z]?)(${PATH}|-?[a-z]{1,3}(?![\w-]))(?![\w-])`);
const CONT = sticky(
  String.raw`(${LIST_SEP})((?:ASC|[Pp]aragraphs?|Topics?|Subtopics?)${SP})?(\d{3}(?:-(?:S\d{2}|\d{1,3}[A-Z]?))*|S?\d{2}-\d{1,3}[A-Z]?|\d{1,3}[A-Z]?)(${PATH})(?![\w${DASHES}]|\.\d)`,
);

interface AscNumber {
  topic: string;
  subtopic?: string;
  section?: string;
  paragraph?: string;
  /** How many characters of the token were a valid number (the rest is left unread). */
  used: number;
  /** Why the written form needs fixing, if it does. */
  problem?: string;
}

/** Reads "350-20-35-30" (or a mis-typed variant) into its levels. */
export function parseAscNumber(token: string): AscNumber | undefined {
  const groups: string[] = [];
  const seps: string[] = [];
  const re = new RegExp(`[${DASHES}] ?|\\.`, 'g');
  let last = 0;
  for (let m = re.exec(token); m; m = re.exec(token)) {
    groups.push(token.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  groups.push(token.slice(last));
  // "605-4550-2": the subtopic and section typed without the hyphen between them.
  if (groups.length >= 2 && /^\d{4}$/.test(groups[1]) && groups[0].length === 3) {
    groups.splice(1, 1, groups[1].slice(0, 2), groups[1].slice(2));
    seps.splice(1, 0, '');
  }
  let problem: string | undefined;
  let head = groups[0];
  let glued: string | undefined;
  if (head.length === 5) {
    glued = head.slice(3);
    head = head.slice(0, 3);
    problem = `the topic and subtopic run together ("${groups[0]}")`;
  } else if (head.length !== 3) return undefined;
  if (!/^[1-9]/.test(head)) return undefined;
  const levels = glued ? [head, glued, ...groups.slice(1)] : [head, ...groups.slice(1)];
  const out: AscNumber = { topic: head, used: groups[0].length };
  const shapes = [/^\d{2,3}$/, /^(?:S\d{2}|\d{2})$/, /^\d{1,3}[A-Z]?$/];
  let gi = 1;
  for (let li = 1; li < levels.length && li <= 3; li++) {
    if (!shapes[li - 1].test(levels[li])) break;
    if (li === 1) out.subtopic = levels[li];
    else if (li === 2) out.section = levels[li];
    else out.paragraph = levels[li];
    // Count the characters consumed: a glued subtopic came from the head group, others from their own group.
    if (!(glued && li === 1)) {
      const sep = seps[gi - 1];
      out.used += sep.length + groups[gi].length;
      if (!problem) {
        if (sep === '') problem = `the subtopic and section run together ("${levels[li - 1]}${levels[li]}")`;
        else if (sep.length > 1) problem = 'a space breaks the number';
        else if (sep !== '-') problem = `"${sep}" separates the levels instead of a hyphen`;
      }
      gi++;
    }
  }
  if (problem) out.problem = problem;
  return out;
}

export function ascCanonical(n: { topic: string; subtopic?: string; section?: string; paragraph?: string }, path?: string[]): string {
  return `ASC ${[n.topic, n.subtopic, n.section, n.paragraph].filter(Boolean).join('-')}${joinPath(path)}`;
}

function ascCite(
  text: string,
  start: number,
  numStart: number,
  token: string,
  path: string,
  level: string | undefined,
  regime: Citation['regime'] = 'explicit',
): Citation | undefined {
  const n = parseAscNumber(token);
  if (!n) return undefined;
  const fullToken = n.used === token.length;
  // "2bbb", "30b", "13-a": a sub-paragraph letter typed without its parentheses.
  const bareLetters = /^-?([a-z]{1,3})$/.exec(path);
  const usePath = fullToken && (!bareLetters || !!n.paragraph);
  const pathParts = !usePath ? [] : bareLetters ? [bareLetters[1]] : splitPath(path);
  const end = numStart + n.used + (usePath ? path.length : 0);
  const c = makeCitation('asc', text, start, end, ascCanonical(n, pathParts), {
    topic: n.topic,
    subtopic: n.subtopic,
    section: n.section,
    paragraph: n.paragraph,
    path: pathParts.length ? pathParts : undefined,
  }, regime);
  const depth = n.paragraph ? 4 : n.section ? 3 : n.subtopic ? 2 : 1;
  let problem = n.problem;
  if (!problem && usePath && bareLetters) problem = `the sub-paragraph letter goes in parentheses ("(${bareLetters[1]})")`;
  if (!problem && text.startsWith('ASAC', start)) problem = '"ASAC" is a typo for "ASC"';
  if (!problem && level) {
    const lv = level.toLowerCase();
    if (lv.startsWith('topic') && depth > 1) problem = `"Topic" names a three-digit topic, but ${token} is a ${['', '', 'subtopic', 'section', 'paragraph'][depth]}`;
    else if (lv.startsWith('subtopic') && depth !== 2) problem = `"Subtopic" needs a topic and subtopic, like 350-20`;
  }
  if (problem) c.malformed = { expected: c.canonical, reason: problem };
  return c;
}

/** "ASC 606 and 340-40", "ASC 605-50-25-4, 25-7, and 25-9", "606-10-25-19 through 25-22". */
function continueList(text: string, first: Citation, state: ScanState): ScanResult {
  const cites = [first];
  let end = first.span.end;
  let prev = first;
  for (let i = 0; i < 40; i++) {
    const m = matchAt(CONT, text, end);
    if (!m) break;
    const sep = m[1];
    const token = m[3];
    const numStart = m.index + m[0].length - m[4].length - token.length;
    const citeStart = m[2] ? numStart - m[2].length : numStart;
    const p = prev.parts;
    let levels: { topic: string; subtopic?: string; section?: string; paragraph?: string } | undefined;
    if (/^\d{3}(?:-|$)/.test(token) && token.length >= 3 && !/^\d{3}[A-Z]$/.test(token)) {
      const n = parseAscNumber(token);
      if (n && n.used === token.length && ASC_TOPICS.has(n.topic)) levels = n;
    }
    if (!levels && /^S?\d{2}-\d{1,3}[A-Z]?$/.test(token) && p.paragraph && p.subtopic) {
      const [section, paragraph] = token.split('-');
      if (isAscSection(section)) levels = { topic: p.topic!, subtopic: p.subtopic, section, paragraph };
    }
    if (!levels && /^\d{1,3}[A-Z]?$/.test(token) && p.paragraph && (isRangeSeparator(sep) || /[A-Z]$/.test(token))) {
      levels = { topic: p.topic!, subtopic: p.subtopic, section: p.section, paragraph: token };
    }
    if (!levels) break;
    const path = splitPath(m[4]);
    const c = makeCitation('asc', text, citeStart, m.index + m[0].length, ascCanonical(levels, path), {
      ...levels,
      path: path.length ? path : undefined,
    }, 'list');
    if (isRangeSeparator(sep)) {
      prev.range = prev.range ?? 'start';
      c.range = 'end';
    }
    cites.push(c);
    prev = c;
    end = c.span.end;
  }
  void state;
  return { cites, end };
}

/** At "ASC", "FASB ASC", "Accounting Standards Codification". */
export function scanAsc(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(HEAD, text, pos);
  if (!m) return undefined;
  const token = m[2];
  const numStart = m.index + m[0].length - m[3].length - token.length;
  // "ASC 2016-02" is an ASU number typed with the wrong prefix.
  const asu = /^(20[0-4]\d)-(\d{2})$/.exec(token);
  if (asu) {
    const c = makeCitation('asu', text, pos, m.index + m[0].length, `ASU ${asu[1]}-${asu[2]}`, { year: asu[1], sequence: asu[2] });
    c.malformed = { expected: c.canonical, reason: `${token} is an Update, not a Codification reference` };
    return { cites: [c], end: c.span.end };
  }
  const c = ascCite(text, pos, numStart, token, m[3], m[1]);
  if (!c) return undefined;
  return continueList(text, c, state);
}

/** At "Topic 842", "Subtopic 350-20", "Section 350-20-35": three-digit topics only (one or two digits are SAB/FRM). */
export function scanTopicWord(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(WORD_HEAD, text, pos);
  if (!m) return undefined;
  const token = m[2];
  if (!/^\d{3}(?![\d])/.test(token)) return undefined;
  const word = m[1];
  if (word === 'Section' && !/^\d{3}-\d{2,3}-S?\d{2}$/.test(token)) return undefined;
  const numStart = m.index + m[0].length - m[3].length - token.length;
  const c = ascCite(text, pos, numStart, token, m[3], word);
  if (!c) return undefined;
  if (!c.parts.subtopic && !ASC_TOPICS.has(c.parts.topic!) && !/FASB|ASC|Codification|GAAP/.test(text.slice(Math.max(0, pos - 80), pos))) {
    // "Topic 999" with nothing around it saying ASC is more likely something else; stay quiet.
    return undefined;
  }
  return continueList(text, c, state);
}

/** At "paragraph 805-30-30-1", "paragraphs 944-40-50-4B and 4C". */
export function scanAscParagraphWord(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(PARA_WORD_HEAD, text, pos);
  if (!m) return undefined;
  const numStart = m.index + m[0].length - m[2].length - m[1].length;
  const c = ascCite(text, pos, numStart, m[1], m[2], undefined);
  if (!c || !ASC_TOPICS.has(c.parts.topic!)) return undefined;
  return continueList(text, c, state);
}

/** A bare paragraph number such as "(606-10-50-12)"; only for known topics and real section numbers. */
export function scanBareAscParagraph(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(BARE, text, pos);
  if (!m) return { cites: [], end: pos + 3 };
  const c = ascCite(text, pos, pos, m[1], m[2], undefined);
  if (!c || !ASC_TOPICS.has(c.parts.topic!) || !isAscSection(c.parts.section!)) return { cites: [], end: m.index + m[0].length };
  return continueList(text, c, state);
}
