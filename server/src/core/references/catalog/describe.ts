// What the catalog says about one cite: the title path for hover, the link, whether the designation exists, and
// any historical or ambiguity notes. Pure; the hover provider, the link provider and the rules all read it.
import type { Citation, CitationParts } from '../citation';
import { cachesEnabled } from '../../incremental/analysis-cache';
import { ASC_TOPICS, ASC_TOPIC_RANGE, ascSectionEntry, ascSubtopicEntry, ascSubtopicKnown, isAscSection } from './asc';
import { CDI_SETS, NON_GAAP_QUESTIONS, cdiSet } from './cdi';
import { ECFR, type CatalogEntry, type SourceMark } from './entry';
import { FORM_20F, FORM_20F_AMENDED, FORM_20F_LEGACY, FORM_URLS, formCatalog } from './forms';
import { IFRS_MAX, IFRS_STANDARDS } from './ifrs';
import { AU_TO_AS, PCAOB_CATEGORIES, PCAOB_LEGACY, PCAOB_STANDARDS } from './pcaob';
import { PRE_CODIFICATION } from './pre-codification';
import { REG_G, SK_ITEMS, SX_ARTICLES, SX_RULES, skEntry } from './regulations';
import { SAB_NUMBERS, SAB_TOPICS } from './sab';
import { FRC_SECTIONS, FRC_URL, FRM_TOPICS, RELEASES, RELEASE_COMPANIONS, RELEASE_SERIES } from './releases';
import { ACTS, ASUS, CFR_PARTS, EXCHANGE_ACT_RULES, FRM_URL, RULE_83, SECURITIES_ACT_RULES } from './securities-acts';

export interface PathStep {
  /** "Topic 350", "Item 5.D", "paragraph 30". */
  label: string;
  title?: string;
  mark?: SourceMark;
}

export interface Description {
  path: PathStep[];
  /** The most specific entry we hold. */
  entry?: CatalogEntry;
  url?: string;
  /** 'no' when the designation does not exist; 'unverifiable' when our catalog cannot tell. */
  exists: 'yes' | 'no' | 'unverifiable';
  /** For exists = 'no': what is wrong, in the drafter's words. */
  problem?: string;
  notes: string[];
  /** Set when the cited authority has been replaced. */
  superseded?: { by: string; from?: string };
}

/** Options that make the description date-aware. */
export interface DescribeOptions {
  /** ISO date of the letter; Form 20-F and 303 notes depend on it. */
  asOf?: string;
}

const step = (label: string, e?: CatalogEntry): PathStep => ({ label, title: e?.title, mark: e?.mark });

// Descriptions by cite: two rules and the link provider describe every cite on every check, and a keystroke leaves
// most cites as they were (their parts object is shared with the previous scan, even when the cite moved). A
// description reads only the fields compared below, and neither a cite nor a description is ever changed. The
// fields are compared where they stand rather than joined into a string key: building that key for every cite of a
// 100 KB letter, twice per check, took about as long as a keystroke's whole citation rescan.
interface Described {
  kind: Citation['kind'];
  text: string;
  canonical: string;
  cdiResolution: Citation['cdiResolution'];
  asOf: string | undefined;
  description: Description;
}
const described = new WeakMap<CitationParts, Described[]>();

export function describe(c: Citation, opts: DescribeOptions = {}): Description {
  if (!cachesEnabled()) return describeCite(c, opts);
  let known = described.get(c.parts);
  if (!known) described.set(c.parts, (known = []));
  for (const k of known) {
    if (k.kind === c.kind && k.text === c.text && k.canonical === c.canonical && k.cdiResolution === c.cdiResolution && k.asOf === opts.asOf) return k.description;
  }
  const description = describeCite(c, opts);
  // One provision written many ways keeps its latest few spellings, so the scan above stays short.
  if (known.length >= 16) known.shift();
  known.push({ kind: c.kind, text: c.text, canonical: c.canonical, cdiResolution: c.cdiResolution, asOf: opts.asOf, description });
  return description;
}

function describeCite(c: Citation, opts: DescribeOptions): Description {
  switch (c.kind) {
    case 'asc':
      return describeAsc(c);
    case 'sk':
      return describeSk(c, opts);
    case 'sx':
      return describeSx(c);
    case 'form-item':
      return describeFormItem(c, opts);
    case 'reg-g':
      return describeRegG(c);
    case 'cdi':
      return describeCdi(c);
    case 'sab':
      return describeSab(c);
    case 'ifrs':
      return describeIfrs(c);
    case 'pcaob':
      return describePcaob(c);
    case 'exchange-act-rule':
    case 'securities-act-rule':
      return describeActRule(c);
    case 'act-section': {
      const act = ACTS[c.parts.act ?? ''];
      return { path: [{ label: act?.title ?? c.parts.act ?? 'Act' }, { label: `Section ${c.parts.section}${pathText(c)}` }], exists: 'unverifiable', notes: [] };
    }
    case 'cfr':
      return describeCfr(c);
    case 'rule-83':
      return { path: [step('Rule 83 (17 CFR 200.83)', RULE_83)], entry: RULE_83, url: RULE_83.url, exists: 'yes', notes: [] };
    case 'asu':
      return describeAsu(c);
    case 'frm': {
      const topic = c.parts.topic;
      const t = topic ? FRM_TOPICS.get(topic) : undefined;
      return {
        path: [{ label: 'Financial Reporting Manual' }, ...(t && c.parts.section ? [step(`Topic ${topic}`, t)] : []), step(c.canonical.replace(/^FRM /, ''), c.parts.section ? undefined : t)],
        entry: t,
        url: topic ? FRM_URL(topic) : 'https://www.sec.gov/corpfin/cf-manual',
        exists: 'unverifiable',
        notes: ['Staff guidance, not a rule; the SEC hosts it as topics of the Financial Reporting Manual.'],
      };
    }
    case 'pre-codification':
      return describePreCodification(c);
    case 'release':
      return describeRelease(c);
    case 'frc':
      return describeFrc(c);
  }
}

function describeRelease(c: Citation): Description {
  const written = c.parts.release!;
  const id = RELEASE_COMPANIONS[written] ?? written;
  const e = RELEASES.get(id);
  const series = RELEASE_SERIES[id.split('-')[0]];
  const d: Description = {
    path: [{ label: series ? `SEC ${series}s` : 'SEC releases' }, step(`Release No. ${id}`, e)],
    entry: e,
    url: e?.url ?? 'https://www.sec.gov/rules-regulations',
    exists: e ? 'yes' : 'unverifiable',
    notes: [],
  };
  if (id !== written) d.notes.push(`Release No. ${written} is the Exchange Act number of Release No. ${id}; the Commission issued them as one release.`);
  if (c.parts.section) d.path.push({ label: `${c.canonical.split(' ')[0]} ${c.parts.section}` });
  return d;
}

function describeFrc(c: Citation): Description {
  const section = c.parts.section!;
  const top = FRC_SECTIONS.get(section.slice(0, 3));
  const exact = section.length > 3 ? FRC_SECTIONS.get(section) : undefined;
  const d: Description = { path: [{ label: 'Financial Reporting Codification' }, step(`Section ${section.slice(0, 3)}`, top)], entry: exact ?? top, url: FRC_URL, exists: 'unverifiable', notes: [] };
  if (section.length > 3) d.path.push(step(section, exact));
  d.notes.push('The Codification of Financial Reporting Policies gathers the Commission\u2019s Financial Reporting Releases by topic.');
  return d;
}

function pathText(c: Citation): string {
  return c.parts.path?.length ? c.parts.path.map((p) => `(${p})`).join('') : '';
}

function describeAsc(c: Citation): Description {
  const { topic, subtopic, section, paragraph } = c.parts;
  const t = ASC_TOPICS.get(topic!);
  if (!t) {
    return {
      path: [{ label: `Topic ${topic}` }],
      exists: 'no',
      problem: `ASC ${topic} is not a Codification topic; topics run ${ASC_TOPIC_RANGE}`,
      notes: [],
    };
  }
  const d: Description = { path: [step(`Topic ${topic}`, t)], entry: t, url: t.url, exists: 'yes', notes: [] };
  if (t.note) d.notes.push(t.note);
  if (t.supersededBy) d.superseded = { by: t.supersededBy, from: t.supersededFrom };
  if (subtopic) {
    const s = ascSubtopicEntry(topic!, subtopic);
    d.path.push(step(`Subtopic ${subtopic}`, s));
    if (s) d.entry = s;
    else if (ascSubtopicKnown(topic!, subtopic) === 'no') {
      d.exists = 'no';
      d.problem = `ASC ${topic}-${subtopic} is not a subtopic of Topic ${topic} (${t.title})`;
    } else d.exists = 'unverifiable';
    if (s?.supersededBy && !d.superseded) d.superseded = { by: s.supersededBy, from: s.supersededFrom };
  }
  if (section) {
    const s = ascSectionEntry(section);
    d.path.push(step(`Section ${section}`, s));
    if (!isAscSection(section)) {
      d.exists = 'no';
      d.problem = `${c.canonical}: ${section} is not a Codification section (00–75, or an S-section)`;
    }
  }
  if (paragraph) d.path.push({ label: `paragraph ${paragraph}${pathText(c)}` });
  return d;
}

function describeSk(c: Citation, opts: DescribeOptions): Description {
  const item = c.parts.item;
  const base: PathStep = { label: 'Regulation S-K' };
  if (!item) return { path: [base], url: ECFR('229'), exists: 'yes', notes: [] };
  const e = skEntry(item);
  const d: Description = { path: [base, step(`Item ${item}`, e)], entry: e, url: ECFR('229', item), exists: e ? 'yes' : 'unverifiable', notes: [] };
  if (!e) {
    d.exists = 'no';
    d.problem = `Regulation S-K has no Item ${item}`;
    d.url = ECFR('229');
  }
  if (c.parts.path?.length) d.path.push({ label: `paragraph ${pathText(c)}` });
  if (c.parts.instruction) d.path.push({ label: `Instruction ${c.parts.instruction}` });
  if (e?.note && (item !== '303' || c.parts.path?.length)) d.notes.push(e.note);
  if (item === '303' && c.parts.path?.length && opts.asOf && opts.asOf < '2021-02-10') {
    d.notes.push('This letter predates the 2020 MD&A amendments, so the paragraph letters follow the old layout.');
  }
  return d;
}

function describeSx(c: Citation): Description {
  const base: PathStep = { label: 'Regulation S-X' };
  const { rule, article } = c.parts;
  if (!article) return { path: [base], url: ECFR('210'), exists: 'yes', notes: [] };
  const a = SX_ARTICLES.get(article);
  if (!a) {
    return { path: [base, { label: `Article ${article}` }], url: ECFR('210'), exists: 'no', problem: `Regulation S-X has no Article ${article}`, notes: [] };
  }
  const d: Description = { path: [base, step(`Article ${article}`, a)], entry: a, url: ECFR('210'), exists: 'yes', notes: [] };
  if (!rule) return d;
  const r = SX_RULES.get(rule);
  const num = Number(rule.split('-')[1]);
  d.path.push(step(`Rule ${rule}`, r));
  d.url = ECFR('210', rule);
  if (r) d.entry = r;
  if (num < 1 || num > a.lastRule) {
    d.exists = 'no';
    d.problem = `Regulation S-X has no Rule ${rule}; Article ${article} runs ${article}-01–${article}-${String(a.lastRule).padStart(2, '0')}${a.mark === 'C' ? '' : ` (${a.mark})`}`;
  } else if (!r) d.exists = 'unverifiable';
  if (c.parts.path?.length) d.path.push({ label: `paragraph ${pathText(c)}` });
  if (rule === '3-05' || rule === '3-09' || (rule === '1-02' && c.parts.path?.[0] === 'w')) d.notes.push('Apply the significance tests (Rule 1-02(w)).');
  if (article === '11') d.notes.push('Pro forma financial information.');
  return d;
}

function describeFormItem(c: Citation, opts: DescribeOptions): Description {
  const form = c.parts.form!;
  const item = c.parts.item!;
  const formLabel = form.startsWith('Schedule') ? form : `Form ${form}`;
  const url = FORM_URLS[form];
  const catalog = formCatalog(form);
  const d: Description = { path: [{ label: formLabel }], url, exists: 'unverifiable', notes: [] };
  if (!catalog) {
    d.path.push({ label: `Item ${item}${pathText(c)}` });
    return d;
  }
  if (form === '10-Q') {
    const parts = c.parts.part ? [c.parts.part] : ['I', 'II'];
    const found = parts.map((p) => [p, catalog.get(`${p}-${item}`)] as const).filter(([, e]) => e);
    if (!found.length) {
      d.exists = 'no';
      d.problem = `Form 10-Q has no ${c.parts.part ? `Part ${c.parts.part}, ` : ''}Item ${item}`;
      d.path.push({ label: `Item ${item}` });
      return d;
    }
    d.exists = 'yes';
    d.entry = found[0][1];
    if (found.length > 1) {
      d.path.push({ label: `Item ${item}` });
      d.notes.push(`Without a Part, Item ${item} of Form 10-Q could be ${found.map(([p, e]) => `Part ${p} (${e!.title})`).join(' or ')}.`);
    } else d.path.push({ label: `Part ${found[0][0]}` }, step(`Item ${item}`, found[0][1]));
    return d;
  }
  if (form === '20-F') return describe20F(c, d, opts);
  const e = catalog.get(item);
  d.path.push(step(`Item ${item}`, e));
  if (!e) {
    d.exists = 'no';
    d.problem = `${formLabel} has no Item ${item}`;
  } else {
    d.exists = 'yes';
    d.entry = e;
    if (e.note) d.notes.push(e.note);
  }
  if (c.parts.path?.length) d.path.push({ label: pathText(c) });
  return d;
}

function describe20F(c: Citation, d: Description, opts: DescribeOptions): Description {
  const item = c.parts.item!;
  const parent = /^(\d{1,2})\.[A-K](?:\.\d{1,2})?$/.exec(item)?.[1];
  const subpart = /^(\d{1,2}\.[A-K])\.\d{1,2}$/.exec(item)?.[1];
  if (parent) d.path.push(step(`Item ${parent}`, FORM_20F.get(parent)));
  if (subpart) d.path.push(step(subpart, FORM_20F.get(subpart)));
  const current = FORM_20F.get(item);
  const legacy = FORM_20F_LEGACY.get(item);
  const before2021 = !!opts.asOf && opts.asOf < FORM_20F_AMENDED;
  const primary = before2021 && legacy ? legacy : current;
  d.path.push(step(parent ? item : `Item ${item}`, primary));
  if (primary) {
    d.exists = 'yes';
    d.entry = primary;
    const other = primary === legacy ? current : legacy;
    if (other) {
      d.notes.push(
        primary === legacy
          ? `This letter predates the 2021 amendments; today Item ${item} is "${other.title}".`
          : `Before the 2021 amendments, Item ${item} was "${other.title}"${other.mark !== 'C' ? ` (${other.mark})` : ''}.`,
      );
    }
    return d;
  }
  if (subpart && FORM_20F.has(subpart)) {
    // A numbered sub-item of a subpart we hold: the subpart is right, the number is not in our table.
    d.exists = 'unverifiable';
    d.entry = FORM_20F.get(subpart);
    return d;
  }
  d.exists = 'no';
  const siblings = [...FORM_20F.keys()].filter((k) => parent && /^\d+\.[A-K]$/.test(k) && k.startsWith(`${parent}.`));
  const range = siblings.length ? `; Item ${parent} runs ${siblings[0]}–${siblings[siblings.length - 1]}` : '';
  d.problem = `Form 20-F has no Item ${item}${range}`;
  if (legacy) d.problem += ` (the pre-2021 form had ${item} ${legacy.title}${legacy.mark !== 'C' ? `, ${legacy.mark}` : ''})`;
  return d;
}

function describeRegG(c: Citation): Description {
  const rule = c.parts.rule;
  const base: PathStep = { label: 'Regulation G' };
  if (!rule) return { path: [base], url: ECFR('244'), exists: 'yes', notes: [] };
  const path = c.parts.path ?? [];
  let entry: CatalogEntry | undefined;
  for (let i = path.length; i >= 0 && !entry; i--) entry = REG_G.get(`${rule}${path.slice(0, i).map((p) => `(${p})`).join('')}`);
  if (!/^10[0-2]$/.test(rule)) {
    return { path: [base, { label: `Rule ${rule}` }], url: ECFR('244'), exists: 'no', problem: `Regulation G has no Rule ${rule}; it has Rules 100–102`, notes: [] };
  }
  const d: Description = { path: [base, step(`Rule ${rule}${pathText(c)}`, entry)], entry, url: ECFR('244', rule), exists: 'yes', notes: [] };
  if (/^Item/.test(c.text)) d.notes.push('Regulation G calls its provisions rules ("Rule 100(a)"), though "Item 100(a)" is common in letters.');
  d.notes.push('For filed documents the parallel requirement is Item 10(e) of Regulation S-K; for earnings releases, Item 2.02 of Form 8-K.');
  return d;
}

function describeCdi(c: Citation): Description {
  const q = c.parts.question!;
  const set = c.parts.cdiSet ? cdiSet(c.parts.cdiSet) : undefined;
  if (!set) {
    return {
      path: [{ label: 'C&DIs' }, { label: `Question ${q}` }],
      exists: 'unverifiable',
      notes: [
        `The cite does not say which set of Compliance and Disclosure Interpretations Question ${q} belongs to, and numbers repeat across sets (candidates: ${CDI_SETS.slice(0, 4).map((s) => s.title).join(', ')} ...).`,
      ],
    };
  }
  const entry = set.id === 'non-gaap' ? NON_GAAP_QUESTIONS.get(q) : undefined;
  const d: Description = {
    path: [{ label: set.title }, step(`Question ${q}${pathText(c)}`, entry)],
    entry: entry ?? set,
    url: set.url,
    exists: entry ? 'yes' : 'unverifiable',
    notes: [],
  };
  if (set.note) d.notes.push(set.note);
  if (entry) d.notes.push('Summary paraphrases how the staff use this question; read the official text before quoting it.');
  if (c.cdiResolution === 'earlier') d.notes.push('Set taken from the C&DIs the letter named earlier.');
  if (c.cdiResolution === 'non-gaap-context') d.notes.push('Set inferred from the non-GAAP discussion around it; name the set to be sure.');
  return d;
}

function describeSab(c: Citation): Description {
  const { topic, letter, number } = c.parts;
  if (topic) {
    const t = SAB_TOPICS.get(topic);
    if (!t) return { path: [{ label: 'Staff Accounting Bulletins' }, { label: `Topic ${topic}` }], exists: 'no', problem: `SAB Topic ${topic} does not exist; SAB topics run 1–14`, notes: [] };
    const d: Description = { path: [{ label: 'Staff Accounting Bulletins' }, step(`Topic ${topic}`, t)], entry: t, url: t.url, exists: 'yes', notes: [] };
    if (letter) {
      const sub = SAB_TOPICS.get(`${topic}.${letter}`);
      d.path.push(step(`${topic}.${letter}`, sub));
      if (sub) d.entry = sub;
      else d.exists = 'unverifiable';
      const numbered = c.parts.paragraph ? SAB_TOPICS.get(`${topic}.${letter}.${c.parts.paragraph}`) : undefined;
      if (c.parts.paragraph) d.path.push(step(`${topic}.${letter}.${c.parts.paragraph}`, numbered));
      if (numbered) d.entry = numbered;
    }
    if (c.parts.question) d.path.push({ label: `Question ${c.parts.question}` });
    if (d.entry?.note) d.notes.push(d.entry.note);
    return d;
  }
  const e = SAB_NUMBERS.get(number!);
  const d: Description = { path: [{ label: 'Staff Accounting Bulletins' }, step(`SAB No. ${number}`, e)], entry: e, url: e?.url ?? 'https://www.sec.gov/rules-regulations/staff-guidance/staff-accounting-bulletins', exists: e ? 'yes' : 'unverifiable', notes: [] };
  if (e?.supersededBy) d.superseded = { by: e.supersededBy, from: e.supersededFrom };
  d.notes.push('Numbered SABs amend the SAB codification; cite the topic (e.g. SAB Topic 1.M) where you can.');
  return d;
}

function describeIfrs(c: Citation): Description {
  const { standard, number, paragraph } = c.parts;
  const key = `${standard} ${number}`;
  const e = IFRS_STANDARDS.get(key);
  const label = standard === 'SIC' ? `SIC-${number}` : key;
  const d: Description = { path: [step(label, e)], entry: e, url: e?.url, exists: e ? 'yes' : 'unverifiable', notes: [] };
  const max = IFRS_MAX[standard!];
  if (!e && /^\d+$/.test(number!) && max && (Number(number) > max || Number(number) < 1)) {
    d.exists = 'no';
    d.problem = `${label} does not exist; ${standard} numbers run 1–${max}`;
  }
  if (e?.note) d.notes.push(e.note);
  if (e?.supersededBy) d.superseded = { by: e.supersededBy, from: e.supersededFrom };
  if (paragraph) d.path.push({ label: `paragraph ${paragraph}${pathText(c)}` });
  return d;
}

function describePcaob(c: Citation): Description {
  const { number, legacy, paragraph } = c.parts;
  if (legacy?.startsWith('AU')) {
    const to = AU_TO_AS.get(number!);
    const now = to ? PCAOB_STANDARDS.get(to) : undefined;
    return {
      path: [{ label: 'PCAOB interim standards' }, { label: `AU sec. ${number}`, title: now?.title, mark: now ? 'K' : undefined }],
      entry: now,
      url: now?.url,
      exists: 'unverifiable',
      notes: [`Pre-2017 designation; the PCAOB renumbered its standards effective December 31, 2016${to ? `, and AU sec. ${number} became AS ${to}` : ''}.`],
      superseded: { by: to ? `AS ${to}` : 'the reorganized PCAOB standards (AS numbers)', from: '2016-12-31' },
    };
  }
  if (legacy) {
    const e = PCAOB_LEGACY.get(number!);
    const d: Description = { path: [{ label: 'PCAOB' }, step(`Auditing Standard No. ${number}`, e)], entry: e, exists: e ? 'yes' : 'unverifiable', notes: [e?.gloss ?? 'Pre-2017 designation.'] };
    if (e?.supersededBy) d.superseded = { by: e.supersededBy, from: e.supersededFrom };
    return d;
  }
  const e = PCAOB_STANDARDS.get(number!);
  const d: Description = {
    path: [{ label: 'PCAOB', title: PCAOB_CATEGORIES[number![0]] }, step(`AS ${number}`, e)],
    entry: e,
    url: e?.url ?? 'https://pcaobus.org/oversight/standards/auditing-standards',
    exists: e ? 'yes' : 'unverifiable',
    notes: [],
  };
  if (paragraph) d.path.push({ label: `paragraph .${paragraph}` });
  if (e?.gloss) d.notes.push(e.gloss);
  if (e?.supersededBy) d.superseded = { by: e.supersededBy, from: e.supersededFrom };
  return d;
}

function describeActRule(c: Citation): Description {
  const exchange = c.kind === 'exchange-act-rule';
  const map = exchange ? EXCHANGE_ACT_RULES : SECURITIES_ACT_RULES;
  const e = map.get(c.parts.rule!);
  return {
    path: [{ label: exchange ? 'Exchange Act rules (17 CFR 240)' : 'Securities Act rules (17 CFR 230)' }, step(`Rule ${c.parts.rule}${pathText(c)}`, e)],
    entry: e,
    url: ECFR(exchange ? '240' : '230', c.parts.rule!),
    exists: e ? 'yes' : 'unverifiable',
    notes: [],
  };
}

function describeCfr(c: Citation): Description {
  const part = c.parts.cfrPart!;
  const section = c.parts.cfrSection;
  const regime = CFR_PARTS[part];
  const d: Description = { path: [{ label: `17 CFR Part ${part}`, title: regime }], url: ECFR(part, section), exists: regime ? 'unverifiable' : 'unverifiable', notes: [] };
  if (section) {
    const e =
      part === '229' ? SK_ITEMS.get(section) : part === '210' ? SX_RULES.get(section) : part === '244' ? REG_G.get(section) : part === '240' ? EXCHANGE_ACT_RULES.get(section) : part === '230' ? SECURITIES_ACT_RULES.get(section) : undefined;
    d.path.push(step(`§ ${part}.${section}`, e));
    if (e) {
      d.entry = e;
      d.exists = 'yes';
    }
  }
  return d;
}

function describeAsu(c: Citation): Description {
  const id = `${c.parts.year}-${c.parts.sequence}`;
  const e = ASUS.get(id);
  const d: Description = { path: [{ label: 'Accounting Standards Updates' }, step(`ASU ${id}`, e)], entry: e, url: 'https://www.fasb.org/standards/accounting-standards-updates', exists: e ? 'yes' : 'unverifiable', notes: ['An ASU amends the Codification; once effective, cite the amended ASC paragraphs.'] };
  if (Number(c.parts.year) < 2009) {
    d.exists = 'no';
    d.problem = `ASU ${id} cannot exist: Accounting Standards Updates began in 2009`;
  }
  return d;
}

function describePreCodification(c: Citation): Description {
  const key = (c.parts.legacy ?? '').replace(/\(R\)$/, '');
  const e = PRE_CODIFICATION.get(key);
  const d: Description = { path: [{ label: 'Pre-codification US GAAP' }, step(c.parts.legacy!, e)], entry: e, exists: e ? 'yes' : 'unverifiable', notes: [] };
  d.superseded = { by: e?.supersededBy ?? 'the FASB Accounting Standards Codification', from: '2009-09-15' };
  d.notes.push(`Superseded by the Codification (effective for periods ending after September 15, 2009)${e ? `; the guidance now sits in ${e.supersededBy} (K)` : ''}.`);
  return d;
}
