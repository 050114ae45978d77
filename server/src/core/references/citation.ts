import type { Span } from '../model';
import { scanAsc, scanBareAscParagraph, scanAscParagraphWord, scanTopicWord } from './asc';
import { scanPreCodification } from './pre-codification';
import { scanItems, scanPartItems } from './items';
import { scanRuleWord, scanArticle } from './rule-numbers';
import { scanRegulationName } from './regulation-names';
import { scanFormFirst } from './form-items';
import { scanCdi, noteCdiContext } from './cdi';
import { scanSab, scanSabQuestion } from './sab';
import { scanIfrs, scanIfrsParagraphOf } from './ifrs';
import { scanPcaob } from './pcaob';
import { scanActSection, scanActPrefixedRule } from './securities-acts';
import { scanCfr } from './cfr';
import { scanAsu } from './asu';
import { scanFrm } from './frm';
import { scanFrcPrefixed, scanFrcSection, scanRelease, scanReleaseSection } from './releases';

/** The regimes a cite can belong to. */
export type CitationKind =
  | 'asc'
  | 'sk'
  | 'sx'
  | 'form-item'
  | 'reg-g'
  | 'cdi'
  | 'sab'
  | 'ifrs'
  | 'pcaob'
  | 'exchange-act-rule'
  | 'securities-act-rule'
  | 'act-section'
  | 'cfr'
  | 'asu'
  | 'rule-83'
  | 'frm'
  | 'release'
  | 'frc'
  | 'pre-codification';

/** The C&DI sets the staff cite; question numbers repeat across sets, so a number alone is not enough. */
export type CdiSetId =
  | 'non-gaap'
  | 'reg-sk'
  | 'securities-act-rules'
  | 'securities-act-forms'
  | 'securities-act-sections'
  | 'exchange-act-rules'
  | 'exchange-act-forms'
  | 'exchange-act-sections'
  | 'tender-offers'
  | 'proxy-rules'
  | 'oil-gas';

/** The parsed pieces of a cite. Only the fields that make sense for the cite's kind are set. */
export interface CitationParts {
  /** ASC: "350"; SAB: "1" (with `letter` "M"); FRM topic. */
  topic?: string;
  /** ASC subtopic, "20" (two digits) or "740" (a shared subtopic). */
  subtopic?: string;
  /** ASC section, "35" or "S99"; statute section, "12"; PCAOB/IFRS paragraph lives in `paragraph`. */
  section?: string;
  /** ASC paragraph "30", "4B"; IFRS/PCAOB paragraph "134", "69". */
  paragraph?: string;
  /** Sub-paragraph path: "(b)(2)(ii)" → ["b", "2", "ii"]. */
  path?: string[];
  /** Form/S-K/Reg G item: "5.D", "303", "2.02", "7A", "100". */
  item?: string;
  /** "10-K", "20-F", "8-K", "Schedule 14A" ... */
  form?: string;
  /** Form 10-Q part: "I" or "II". */
  part?: string;
  /** S-X "3-05"; Exchange Act "14a-9"; Securities Act "461"; Reg G "100". */
  rule?: string;
  /** S-X article: "11", "3A". */
  article?: string;
  /** Instruction number for "Instruction 4 to Item 303(a)". */
  instruction?: string;
  /** C&DI question "102.11". */
  question?: string;
  /** SAB number "99"; IFRS/IAS/PCAOB number. */
  number?: string;
  /** SAB topic letter, "M" in "Topic 1.M". */
  letter?: string;
  /** IFRS family: IAS, IFRS, IFRIC, SIC. */
  standard?: string;
  /** Statute: "Securities Act", "Exchange Act", "Sarbanes-Oxley Act" ... */
  act?: string;
  /** 17 CFR part and section: "229", "303". */
  cfrPart?: string;
  cfrSection?: string;
  /** ASU year and sequence. */
  year?: string;
  sequence?: string;
  /** Pre-codification or pre-2017 PCAOB designation: "FAS 142", "EITF 00-21", "AS No. 5". */
  legacy?: string;
  /** C&DI set, when known. */
  cdiSet?: CdiSetId;
  /** "M-A" for an S-K item cited as an item of Regulation M-A. */
  regulation?: string;
  /** Commission release number, "33-8350". */
  release?: string;
}

/**
 * How the cite's regime was decided: written in the cite ("of Regulation S-K"), carried from another element of the
 * same list, read from the surrounding words, or guessed from the number's shape.
 */
export type RegimeSource = 'explicit' | 'list' | 'context' | 'guess';

export interface Citation {
  kind: CitationKind;
  /** Where the cite stands in the document (offsets into the letter text). */
  span: Span;
  /** The cite as written. */
  text: string;
  /** The canonical spelling, e.g. "ASC 350-20-35-30", "Item 5.D of Form 20-F". */
  canonical: string;
  parts: CitationParts;
  regime: RegimeSource;
  /** Set when the cite is written in a form a reader could misread; `expected` replaces the whole span. */
  malformed?: { expected: string; reason: string };
  /** Set on the two ends of a range ("606-10-25-19 through 25-22"). */
  range?: 'start' | 'end';
  /** C&DI cites: how the set was resolved. */
  cdiResolution?: 'stated' | 'earlier' | 'non-gaap-context' | 'none';
}

/** What a grammar found at one trigger: the cites, and where scanning resumes. */
export interface ScanResult {
  cites: Citation[];
  end: number;
}

/** Facts remembered while scanning left to right, so context never needs an unbounded look-back. */
export interface ScanState {
  /** The last C&DI set named, and where. */
  lastCdiSet?: { set: CdiSetId; at: number };
  /** Where "non-GAAP" was last seen. */
  lastNonGaap?: number;
  /** The last regulation or form named, and where ("Regulation S-K", "Form 20-F"). */
  lastRegime?: { kind: 'sk' | 'sx' | 'reg-g' | 'form'; form?: string; at: number };
  /** The form the letter is about, from the first "Form X" near the top. */
  letterForm?: string;
}

export type Scanner = (text: string, pos: number, state: ScanState) => ScanResult | undefined;

export function makeCitation(
  kind: CitationKind,
  text: string,
  start: number,
  end: number,
  canonical: string,
  parts: CitationParts,
  regime: RegimeSource = 'explicit',
): Citation {
  return { kind, span: { start, end }, text: text.slice(start, end), canonical, parts, regime };
}

// Trigger words, grouped to the grammars that may start at them. The pre-scan finds these with one regex; each
// grammar then runs anchored at the trigger, so the whole scan stays linear in the text length.
const GRAMMARS: Record<string, Scanner[]> = {
  FASB: [scanAsc, scanPreCodification],
  ASC: [scanAsc],
  ASAC: [scanAsc],
  Accounting: [scanAsc, scanAsu],
  Topic: [scanTopicWord, scanSab],
  Topics: [scanTopicWord, scanSab],
  Subtopic: [scanTopicWord],
  Subtopics: [scanTopicWord],
  Section: [scanReleaseSection, scanFrcSection, scanActSection, scanTopicWord],
  Sections: [scanReleaseSection, scanFrcSection, scanActSection],
  section: [scanReleaseSection, scanFrcSection],
  sections: [scanReleaseSection, scanFrcSection],
  paragraph: [scanParagraphFirst, scanReleaseSection, scanIfrsParagraphOf, scanAscParagraphWord],
  paragraphs: [scanParagraphFirst, scanReleaseSection, scanIfrsParagraphOf, scanAscParagraphWord],
  Paragraph: [scanParagraphFirst, scanIfrsParagraphOf, scanAscParagraphWord],
  Paragraphs: [scanParagraphFirst, scanIfrsParagraphOf, scanAscParagraphWord],
  subparagraph: [scanParagraphFirst, scanAscParagraphWord],
  Part: [scanPartItems],
  Item: [scanItems, scanReleaseSection],
  Items: [scanItems, scanReleaseSection],
  Instruction: [scanItems],
  Instructions: [scanItems],
  Rule: [scanRuleWord],
  Rules: [scanRuleWord],
  Article: [scanArticle],
  Articles: [scanArticle],
  Regulation: [scanRegulationName],
  'S-K': [scanRegulationName],
  'S-X': [scanRegulationName],
  Question: [scanCdi, scanSabQuestion],
  Questions: [scanCdi, scanSabQuestion],
  question: [scanCdi, scanSabQuestion],
  questions: [scanCdi, scanSabQuestion],
  'C&DI': [scanCdi],
  'C&DIs': [scanCdi],
  CDI: [scanCdi],
  CDIs: [scanCdi],
  Compliance: [scanCdi],
  SAB: [scanSab],
  Staff: [scanSab],
  IAS: [scanIfrs],
  IFRS: [scanIfrs],
  IFRIC: [scanIfrs],
  SIC: [scanIfrs],
  PCAOB: [scanPcaob],
  AS: [scanPcaob],
  AU: [scanPcaob],
  Auditing: [scanPcaob],
  '17': [scanCfr],
  ASU: [scanAsu],
  ASUs: [scanAsu],
  FRM: [scanFrm],
  Financial: [scanFrm, scanFrcPrefixed],
  FRC: [scanFrcPrefixed],
  Codification: [scanFrcPrefixed],
  Release: [scanRelease],
  Releases: [scanRelease],
  SEC: [scanRelease],
  Interpretive: [scanRelease],
  SFAS: [scanPreCodification],
  FAS: [scanPreCodification],
  Statement: [scanPreCodification],
  EITF: [scanPreCodification],
  FIN: [scanPreCodification],
  APB: [scanPreCodification],
  SOP: [scanPreCodification],
  Form: [scanFormFirst],
  Exchange: [scanRelease, scanActPrefixedRule],
  Securities: [scanRelease, scanActPrefixedRule],
};

// "paragraph (b)(4) of Rule 3-05", "subparagraph (a)(2) of Item 303 of Regulation S-K": the sub-paragraph written
// before the designation it belongs to. The designation is read by its own grammar; the path joins its cite.
const PARAGRAPH_FIRST = new RegExp(
  String.raw`(?:[Ss]ub)?[Pp]aragraphs?[ \t\u00a0]+((?:\([A-Za-z0-9]{1,5}\))+)[ \t\u00a0\r\n]+of[ \t\u00a0\r\n]+(?:the[ \t\u00a0]+)?(?=(Rule|Item|Article|Section|S-X|S-K|Regulation|Exchange|Securities)\b)`,
  'y',
);

function scanParagraphFirst(text: string, pos: number, state: ScanState): ScanResult | undefined {
  PARAGRAPH_FIRST.lastIndex = pos;
  const m = PARAGRAPH_FIRST.exec(text);
  if (!m) return undefined;
  const at = pos + m[0].length;
  let inner: ScanResult | undefined;
  for (const scan of GRAMMARS[m[2]] ?? []) {
    inner = scan(text, at, state);
    if (inner?.cites.length) break;
  }
  const first = inner?.cites[0];
  if (!inner || !first || first.span.start !== at) return undefined;
  const outer = m[1].slice(1, -1).split(')(');
  const token = first.parts.rule ?? first.parts.item ?? first.parts.section;
  const before = first.parts.path ?? [];
  if (token) {
    const anchor = `${token}${before.map((p) => `(${p})`).join('')}`;
    const i = first.canonical.indexOf(anchor);
    if (i >= 0) {
      const cut = i + anchor.length;
      first.canonical = `${first.canonical.slice(0, cut)}${outer.map((p) => `(${p})`).join('')}${first.canonical.slice(cut)}`;
    }
  }
  first.parts = { ...first.parts, path: [...before, ...outer] };
  first.span = { start: pos, end: first.span.end };
  first.text = text.slice(pos, first.span.end);
  return inner;
}

const TRIGGER = new RegExp(
  String.raw`(?<![\w&.\u2011-])(?:(${Object.keys(GRAMMARS)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\w&])|([Nn]on-?\s?GAAP)|(\d{3}[-\u2013]\d{2,3}[-\u2013]S?\d))`,
  'g',
);

/** Finds every cite in text[from, to). Never throws. */
export function findCitations(text: string, from = 0, to = text.length): Citation[] {
  return scanCitations(text, from, to).cites;
}

/**
 * A place where the left-to-right scan can be resumed: the search for the next trigger starts at `at` in `state`,
 * after `count` cites. A scan resumed there finds exactly what the full scan finds from there on.
 */
export interface ScanPoint {
  at: number;
  state: Readonly<ScanState>;
  count: number;
}

/**
 * How far back a remembered position still matters: every grammar that reads the scan's state compares the distance
 * to it with at most this (a C&DI set named within 4,000 characters). A point drops what is older, so two points
 * with equal states behave alike.
 */
export const STATE_REACH = 4000;

export interface ScanOptions {
  /** Resume from this point instead of starting afresh at `from`. */
  start?: ScanPoint;
  /** Record resume points, about `every` characters apart, into `points`. */
  points?: ScanPoint[];
  every?: number;
  /** Asked where the scan stands before each search for a trigger: true ends the scan there (with a point). */
  until?: (at: number, state: Readonly<ScanState>) => boolean;
}

/** `findCitations` that can resume from a point, record resume points and stop early. Never throws. */
export function scanCitations(text: string, from = 0, to = text.length, options: ScanOptions = {}): { cites: Citation[]; stoppedAt?: ScanPoint } {
  const out: Citation[] = [];
  let stoppedAt: ScanPoint | undefined;
  try {
    stoppedAt = scanAll(text, Math.max(0, from), Math.min(to, text.length), out, options);
  } catch {
    // A grammar bug must never take the editor down; whatever was found so far is still useful.
  }
  return { cites: shareParts(out), stoppedAt };
}

/**
 * Letters cite the same few provisions again and again: equal canonical spellings and parts are shared between
 * cites (they are never changed once the scan is done), which keeps a long letter's cites small.
 */
function shareParts(cites: Citation[]): Citation[] {
  if (cites.length < 2) return cites;
  const canonicals = new Map<string, string>();
  const parts = new Map<string, CitationParts>();
  for (const c of cites) {
    const canonical = canonicals.get(c.canonical);
    if (canonical === undefined) canonicals.set(c.canonical, c.canonical);
    else c.canonical = canonical;
    const key = JSON.stringify(c.parts);
    const shared = parts.get(key);
    if (shared === undefined) parts.set(key, c.parts);
    else c.parts = shared;
  }
  return cites;
}

/** The state as it matters from `at` on: positions out of every grammar's reach are forgotten. */
export function stateAt(state: ScanState, at: number): ScanState {
  const s: ScanState = { letterForm: state.letterForm };
  if (state.lastCdiSet && at - state.lastCdiSet.at < STATE_REACH) s.lastCdiSet = state.lastCdiSet;
  if (state.lastNonGaap !== undefined && at - state.lastNonGaap < STATE_REACH) s.lastNonGaap = state.lastNonGaap;
  if (state.lastRegime && at - state.lastRegime.at < STATE_REACH) s.lastRegime = state.lastRegime;
  return s;
}

function scanAll(text: string, from: number, to: number, out: Citation[], options: ScanOptions): ScanPoint | undefined {
  const { start, points, until } = options;
  const every = options.every ?? Infinity;
  const state: ScanState = start ? { ...start.state } : { letterForm: letterForm(text) };
  const re = new RegExp(TRIGGER.source, 'g');
  re.lastIndex = start ? start.at : from;
  // The cites before the start point are the caller's: `count` goes on from theirs.
  const base = start ? start.count : 0;
  let nextPoint = re.lastIndex + (start ? every : 0);
  for (;;) {
    const at = re.lastIndex;
    if (until?.(at, state)) {
      const point: ScanPoint = { at, state: stateAt(state, at), count: base + out.length };
      points?.push(point);
      return point;
    }
    if (points && at >= nextPoint) {
      points.push({ at, state: stateAt(state, at), count: base + out.length });
      nextPoint = at + every;
    }
    const m = re.exec(text);
    if (!m || m.index >= to) return undefined;
    const pos = m.index;
    if (m[2] !== undefined) {
      state.lastNonGaap = pos;
      continue;
    }
    let result: ScanResult | undefined;
    if (m[3] !== undefined) result = scanBareAscParagraph(text, pos, state);
    else {
      for (const scan of GRAMMARS[m[1]] ?? []) {
        result = scan(text, pos, state);
        if (result) break;
      }
      if (m[1] === 'Compliance' || m[1] === 'C&DIs' || m[1] === 'CDIs') noteCdiContext(text, pos, state);
    }
    if (result && result.cites.length) {
      for (const c of result.cites) if (c.span.end <= to) out.push(c);
      re.lastIndex = Math.max(result.end, pos + 1);
    } else if (result) {
      re.lastIndex = Math.max(result.end, pos + 1);
    }
  }
}

/** The form the letter reviews, read from the first "Form X" in its opening (the Re: block or front matter). */
function letterForm(text: string): string | undefined {
  const head = text.slice(0, 3000);
  const m = /\bForm[ \u00a0]+(10-K|10-Q|20-F|40-F|8-K|S-1|S-4|F-1|F-4|10)\b/.exec(head);
  return m?.[1];
}
