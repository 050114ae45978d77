import type { Span } from '../model';
import { ASC_SECTIONS, ASC_SUBTOPICS, ASC_TOPICS } from '../references/catalog/asc';
import { CDI_SETS, NON_GAAP_QUESTIONS, cdiSet, cdiSetNamed } from '../references/catalog/cdi';
import type { CatalogEntry } from '../references/catalog/entry';
import { FORM_10Q, formCatalog } from '../references/catalog/forms';
import { REG_G, SK_ITEMS, SX_RULES } from '../references/catalog/regulations';
import { SAB_TOPICS } from '../references/catalog/sab';
import { EXCHANGE_ACT_RULES, SECURITIES_ACT_RULES } from '../references/catalog/securities-acts';

export interface CompletionEntry {
  label: string;
  detail?: string;
  documentation?: string;
  insertText: string;
  replaceSpan?: Span;
  sortText?: string;
}

// The keyword right before the cursor and what has been typed of the designation after it.
const BEFORE = /(?:^|[^\w&-])((?:FASB\s+)?ASC(?:\s+(?:Topic|Subtopic|Section|paragraph))?|SAB\s+Topic|(?:Part\s+(?:II|I|2|1),?\s+)?Items?|Rules?|Topic|Subtopic|[Qq]uestions?|C&DI)\s+([\w.()-]*)$/;

/** Completions for a citation being typed: after "ASC ", "Item ", "Rule ", "Topic ", "Question ". */
export function completeAt(text: string, offset: number): CompletionEntry[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = BEFORE.exec(text.slice(Math.max(lineStart, offset - 200), offset));
  if (!m) return [];
  const keyword = m[1].replace(/\s+/g, ' ');
  const typed = m[2];
  const replaceSpan = { start: offset - typed.length, end: offset };
  const after = text.slice(offset, offset + 40);
  const regimeFollows = /^[\w.()-]*\s+(?:of|to|under)\s/.test(after);
  let entries: Entry[];
  if (/^SAB Topic$/.test(keyword)) entries = fromCatalog(SAB_TOPICS, (id) => id);
  else if (/ASC|Topic|Subtopic/.test(keyword)) entries = ascEntries(typed);
  else if (/Item/.test(keyword)) entries = itemEntries(text, offset, keyword, regimeFollows);
  else if (/Rule/.test(keyword)) entries = ruleEntries(regimeFollows);
  else entries = cdiEntries(text, offset, regimeFollows);
  // Superseded entries stay offered (old letters cite them) but come last.
  const matching = entries.filter((e) => e.label.toLowerCase().startsWith(typed.toLowerCase()));
  const ordered = [...matching.filter((e) => !e.superseded), ...matching.filter((e) => e.superseded)];
  return ordered.map(({ superseded: _s, ...e }, i) => ({ ...e, replaceSpan, sortText: String(i).padStart(4, '0') }));
}

/**
 * C&DI questions of the set the text is about: the set named after the cursor ("... of the Non-GAAP C&DIs"), else
 * the last set named before it, else Non-GAAP (the set staff letters cite most). Only sets whose questions we hold
 * are offered.
 */
function cdiEntries(text: string, offset: number, regimeFollows: boolean): Entry[] {
  const after = /^[\w.()-]*\s+(?:of|in|under)\s+(?:the\s+)?([^.;\n]{0,80}?)(?:Compliance|C&DI)/.exec(text.slice(offset, offset + 120));
  const before = text.slice(Math.max(0, offset - 4000), offset);
  let named = after ? cdiSetNamed(after[1]) : undefined;
  if (!named) {
    const phrases = [...before.matchAll(/((?:Non-?\s?GAAP|Regulation\s+S-\s?K|(?:Securities|Exchange)\s+Act\s+(?:Rules|Forms|Sections)|Tender\s+Offer|Proxy\s+Rules|Oil\s+and\s+Gas)[^.;]{0,40}?)(?:Compliance|C&DI)/gi)];
    const last = phrases[phrases.length - 1];
    if (last) named = cdiSetNamed(last[1]);
  }
  const set = cdiSet(named ?? 'non-gaap') ?? CDI_SETS[0];
  if (set.id !== 'non-gaap') return [];
  return fromCatalog(NON_GAAP_QUESTIONS, (id) => (regimeFollows ? id : `${id} of the Non-GAAP Compliance and Disclosure Interpretations`), 'Non-GAAP C&DI');
}

/** A completion entry before ordering; `superseded` sends it to the end of the list. */
type Entry = CompletionEntry & { superseded?: boolean };

function markNote(e: CatalogEntry): string {
  const mark = e.mark === 'C' ? '' : ` (${e.mark === 'K' ? 'title not yet verified' : 'title uncertain'})`;
  return `${mark}${e.supersededBy ? ` — superseded by ${e.supersededBy}` : ''}`;
}

function fromCatalog(map: Map<string, CatalogEntry>, insert: (id: string) => string, prefix?: string): Entry[] {
  return [...map.values()].map((e) => ({
    label: e.id,
    detail: `${prefix ? `${prefix} — ` : ''}${e.title}${markNote(e)}`,
    documentation: e.gloss ?? e.note,
    insertText: insert(e.id),
    superseded: !!e.supersededBy,
  }));
}

function ascEntries(typed: string): Entry[] {
  const sec = /^(\d{3})-(\d{2,3})-/.exec(typed);
  if (sec) {
    return [...ASC_SECTIONS.values()].map((s) => ({
      label: `${sec[1]}-${sec[2]}-${s.id}`,
      detail: `Section ${s.id} ${s.title}`,
      documentation: s.gloss,
      insertText: `${sec[1]}-${sec[2]}-${s.id}`,
    }));
  }
  const sub = /^(\d{3})-/.exec(typed);
  if (sub) {
    const topic = ASC_TOPICS.get(sub[1]);
    const subs = [...ASC_SUBTOPICS.values()].filter((s) => s.id.startsWith(`${sub[1]}-`));
    const overall: CatalogEntry = { id: `${sub[1]}-10`, title: 'Overall', mark: 'C' };
    return [overall, ...subs].map((s) => ({
      label: s.id,
      detail: `${topic ? `${topic.title} — ` : ''}${s.title}${markNote(s)}`,
      documentation: s.gloss,
      insertText: s.id,
      superseded: !!(s.supersededBy ?? topic?.supersededBy),
    }));
  }
  return fromCatalog(ASC_TOPICS, (id) => id);
}

function itemEntries(text: string, offset: number, keyword: string, regimeFollows: boolean): Entry[] {
  // "II" before "I", so "Part II" is not read as "Part I".
  const written = /Part\s+(II|I|2|1)\b/.exec(keyword)?.[1];
  const part = written === '2' ? 'II' : written === '1' ? 'I' : written;
  if (part) return tenQItems(part, regimeFollows);
  const form = formNamedBefore(text, offset);
  const out: Entry[] = [];
  if (form === '10-Q') out.push(...tenQItems('I', regimeFollows, true), ...tenQItems('II', regimeFollows, true));
  const catalog = form && form !== '10-Q' ? formCatalog(form) : undefined;
  if (form && catalog) {
    for (const e of catalog.values()) {
      const label = e.id;
      out.push({ label, detail: `Form ${form} — ${e.title}${markNote(e)}`, documentation: e.gloss, insertText: regimeFollows ? label : `${label} of Form ${form}` });
    }
  }
  for (const e of SK_ITEMS.values()) {
    out.push({ label: e.id, detail: `Regulation S-K — ${e.title}${markNote(e)}`, documentation: e.gloss, insertText: regimeFollows ? e.id : `${e.id} of Regulation S-K` });
  }
  return out;
}

/** Items of one part of Form 10-Q; `withPart` writes the part into the insertion (the cursor was after "Item "). */
function tenQItems(part: string, regimeFollows: boolean, withPart = false): Entry[] {
  return [...FORM_10Q.values()]
    .filter((e) => e.id.startsWith(`${part}-`))
    .map((e) => {
      const item = e.id.slice(part.length + 1);
      const insertText = regimeFollows ? item : withPart ? `${item} of Part ${part} of Form 10-Q` : `${item} of Form 10-Q`;
      return { label: item, detail: `Form 10-Q Part ${part} — ${e.title}`, documentation: e.gloss, insertText };
    });
}

/** The form the text is about: the nearest "Form X" before the cursor, else the first in the letter. */
function formNamedBefore(text: string, offset: number): string | undefined {
  const re = /\bForm\s+(10-K|10-Q|8-K|20-F|40-F|S-1|S-3|S-4|F-1|F-3|F-4|10)\b/g;
  let last: string | undefined;
  let first: string | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= offset) {
      first ??= m[1];
      break;
    }
    first ??= m[1];
    last = m[1];
  }
  return last ?? first;
}

function ruleEntries(regimeFollows: boolean): Entry[] {
  const out: Entry[] = [];
  for (const e of SX_RULES.values()) out.push({ label: e.id, detail: `Regulation S-X — ${e.title}${markNote(e)}`, documentation: e.gloss, insertText: regimeFollows ? e.id : `${e.id} of Regulation S-X` });
  for (const e of REG_G.values()) out.push({ label: e.id, detail: `Regulation G — ${e.title}${markNote(e)}`, documentation: e.gloss, insertText: regimeFollows ? e.id : `${e.id} of Regulation G` });
  for (const e of EXCHANGE_ACT_RULES.values()) out.push({ label: e.id, detail: `Exchange Act — ${e.title}${markNote(e)}`, documentation: e.gloss, insertText: e.id });
  for (const e of SECURITIES_ACT_RULES.values()) out.push({ label: e.id, detail: `Securities Act — ${e.title}${markNote(e)}`, documentation: e.gloss, insertText: regimeFollows ? e.id : `${e.id} under the Securities Act` });
  out.push({ label: '83', detail: 'Rule 83 — FOIA confidential treatment (17 CFR 200.83)', insertText: '83' });
  return out;
}
