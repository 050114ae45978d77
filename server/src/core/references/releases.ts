// Commission releases and the Financial Reporting Codification: "Release No. 33-8350", "SEC Release No. 33-10751",
// "Exchange Act Release 43069", "Section III.B.3 of Release No. 33-8350", "section IV.B and paragraph B.1 of Release
// No. 33-8350", "section 501.04 of our Codification of Financial Reporting Policies", "FRC 501.03".
import { makeCitation, type Citation, type ScanResult, type ScanState } from './citation';
import { APOS, SP, matchAt, sticky } from './tokens';

const SERIES = String.raw`33|34|IC|IA|FR`;
/** The release number as people write it: "33-8350", "33–8350", "338350" (hyphen lost), "43069" (series in words). */
const NUMBER = String.raw`(?:(${SERIES})[-\u2013\u2011]?(\d{3,5}A?)|(\d{4,5}))(?![\w-])`;
const QUALIFIER = String.raw`(?:(?:the${SP})?(?:SEC|Commission${APOS}?s?|Interpretive|(Exchange|Securities)${SP}Act|Financial${SP}Reporting)${SP})*`;
const RELEASE = sticky(String.raw`${QUALIFIER}Releases?${SP}(?:Nos?\.?${SP}?)?${NUMBER}`);
const MORE = sticky(String.raw`(?:${SP0()};${SP}|${SP0()},${SP}|${SP}and${SP}|\/)(?:No\.${SP})?(${SERIES})[-\u2013](\d{3,5}A?)(?![\w-])`);

function SP0(): string {
  return `${SP}?`;
}

/** A part of a release: "III.B.3", "IV.B", "B.1", "III". */
const PIECE = String.raw`([IVX]{1,5}(?:\.[A-Z0-9]{1,3}){0,3}|[A-Z](?:\.\d{1,2}){1,2})\.?`;
const SECTION_OF = sticky(
  String.raw`([Ss]ections?|[Pp]aragraphs?|[Pp]arts?|Items?)${SP}${PIECE}(?:(?:${SP}?,|${SP}and)${SP}(?:(?:[Ss]ections?|[Pp]aragraphs?)${SP})?${PIECE})?${SP}of${SP}(?:the${SP})?`,
);

const FRC_NAME = String.raw`(?:Codification${SP}of${SP}Financial${SP}Reporting${SP}Policies|Financial${SP}Reporting${SP}Codification)`;
const FRC_TAIL = sticky(String.raw`${SP}(?:of|in)${SP}(?:the${SP}|our${SP}|its${SP})?(?:SEC${APOS}s${SP}|Commission${APOS}s${SP})?${FRC_NAME}(?:${SP}\(["\u201c]?FRC["\u201d]?\))?`);
const FRC_SECTION = sticky(String.raw`[Ss]ections?${SP}(\d{3}(?:\.\d{2})?(?:\.[a-z](?:\.\d{1,2})?)?)(?![\w]|\.\d)`);
const FRC_PREFIXED = sticky(String.raw`(?:FRC|${FRC_NAME})(?:${SP}\(["\u201c]?FRC["\u201d]?\))?${SP}(?:[Ss]ection${SP})?(\d{3}(?:\.\d{2})?(?:\.[a-z](?:\.\d{1,2})?)?)(?![\w]|\.\d)`);

interface ReleaseNumber {
  id: string;
  problem?: string;
}

function releaseNumber(m: RegExpExecArray, first: number, act: string | undefined): ReleaseNumber | undefined {
  const series = m[first];
  const num = m[first + 1];
  const bare = m[first + 2];
  if (series && num) {
    const id = `${series}-${num}`;
    return m[0].includes(`${series}${num}`) ? { id, problem: `the series and number run together; write ${id}` } : { id };
  }
  if (bare) {
    // "Exchange Act Release 43069": the series is in the words before.
    if (act === 'Exchange') return { id: `34-${bare}` };
    if (act === 'Securities') return { id: `33-${bare}` };
    return undefined;
  }
  return undefined;
}

/** The written cite with only its run-together release number mended ("No. 338350" → "No. 33-8350"). */
function mendNumber(written: string, id: string): string {
  const glued = id.replace('-', '');
  const at = written.lastIndexOf(glued);
  return at < 0 ? written : written.slice(0, at) + id + written.slice(at + glued.length);
}

function releaseCite(text: string, from: number, to: number, id: string, section?: string, sectionWord?: string): Citation {
  const where = section ? `${sectionWord ?? 'Section'} ${section} of ` : '';
  return makeCitation('release', text, from, to, `${where}Release No. ${id}`, { release: id, section });
}

/** At "Release", "SEC", "Interpretive", "Exchange", "Securities", "Commission". */
export function scanRelease(text: string, pos: number, state: ScanState): ScanResult | undefined {
  void state;
  const m = matchAt(RELEASE, text, pos);
  if (!m) return undefined;
  const n = releaseNumber(m, 2, m[1]);
  if (!n) return undefined;
  const end = m.index + m[0].length;
  const c = releaseCite(text, pos, end, n.id);
  if (n.problem) c.malformed = { expected: mendNumber(c.text, n.id), reason: n.problem };
  const cites = [c];
  return { cites, end: moreReleases(text, end, cites) };
}

/** At "Section"/"section"/"paragraph": "Section III.B.3 of Release No. 33-8350". */
export function scanReleaseSection(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const s = matchAt(SECTION_OF, text, pos);
  if (!s) return undefined;
  const rAt = s.index + s[0].length;
  const r = matchAt(RELEASE, text, rAt);
  if (!r) return undefined;
  const n = releaseNumber(r, 2, r[1]);
  if (!n) return undefined;
  const end = r.index + r[0].length;
  const word = /^[Pp]aragraph/.test(s[1]) ? 'paragraph' : /^[Pp]art/.test(s[1]) ? 'Part' : /^Item/.test(s[1]) ? 'Item' : 'Section';
  const first = releaseCite(text, pos, end, n.id, s[2], word);
  if (n.problem) first.malformed = { expected: mendNumber(text.slice(pos, end), n.id), reason: n.problem };
  const cites = [first];
  if (s[3]) {
    const second = releaseCite(text, pos, end, n.id, s[3], /paragraph/i.test(s[0].slice(s[0].indexOf(s[2]) + s[2].length)) ? 'paragraph' : word);
    // Both parts share the release; the second part's own span is its designation.
    const at = text.indexOf(s[3], pos + s[1].length + s[2].length);
    second.span = { start: at, end: at + s[3].length };
    second.text = s[3];
    second.regime = 'list';
    first.span = { start: pos, end };
    cites.push(second);
  }
  void state;
  return { cites, end: moreReleases(text, end, cites) };
}

/** Companion numbers after the first: "Release Nos. 33-8176; 34-47226", "33-8350/34-48960". */
function moreReleases(text: string, end: number, cites: Citation[]): number {
  let at = end;
  for (let i = 0; i < 5; i++) {
    const more = matchAt(MORE, text, at);
    if (!more) break;
    const id = `${more[1]}-${more[2]}`;
    const next = more.index + more[0].length;
    const c = releaseCite(text, next - id.length, next, id);
    c.regime = 'list';
    cites.push(c);
    at = next;
  }
  return at;
}

function frcCite(text: string, from: number, to: number, section: string): Citation {
  return makeCitation('frc', text, from, to, `Section ${section} of the Financial Reporting Codification`, { section });
}

/** At "Section"/"section": "section 501.04 of our Codification of Financial Reporting Policies". */
export function scanFrcSection(text: string, pos: number): ScanResult | undefined {
  const m = matchAt(FRC_SECTION, text, pos);
  if (!m) return undefined;
  const t = matchAt(FRC_TAIL, text, m.index + m[0].length);
  if (!t) return undefined;
  const end = t.index + t[0].length;
  return { cites: [frcCite(text, pos, end, m[1])], end };
}

/** At "FRC", "Financial", "Codification": "FRC 501.03", "Financial Reporting Codification Section 501.14". */
export function scanFrcPrefixed(text: string, pos: number): ScanResult | undefined {
  const m = matchAt(FRC_PREFIXED, text, pos);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  return { cites: [frcCite(text, pos, end, m[1])], end };
}
