import type { CdiSetId } from '../citation';
import { fromRows, type CatalogEntry } from './entry';

// The Division of Corporation Finance's Compliance and Disclosure Interpretations (C&DIs). Question numbers repeat
// across sets, so every entry belongs to a set. The Non-GAAP question summaries paraphrase how the staff use each
// question in real letters (docs/reference-data.md §10); the official wording was not retrieved.

const CDI_BASE = 'https://www.sec.gov/rules-regulations/staff-guidance/compliance-disclosure-interpretations/';

export interface CdiSet extends CatalogEntry {
  id: CdiSetId;
  /** Words that name the set in running text. */
  names: RegExp;
}

export const CDI_SETS: readonly CdiSet[] = [
  { id: 'non-gaap', title: 'Non-GAAP Financial Measures C&DIs', mark: 'C', names: /non-?\s?GAAP/i, url: `${CDI_BASE}non-gaap-financial-measures`, note: 'Updated May 17, 2016, April 4, 2018 and December 13, 2022 (100.01, 100.04–100.06 and 102.10 changed in 2022).' },
  { id: 'reg-sk', title: 'Regulation S-K C&DIs', mark: 'C', names: /Regulation\s+S-\s?K/, url: `${CDI_BASE}regulation-s-k` },
  { id: 'securities-act-rules', title: 'Securities Act Rules C&DIs', mark: 'K', names: /Securities\s+Act\s+Rules/, url: `${CDI_BASE}securities-act-rules` },
  { id: 'securities-act-forms', title: 'Securities Act Forms C&DIs', mark: 'K', names: /Securities\s+Act\s+Forms/, url: `${CDI_BASE}securities-act-forms` },
  { id: 'securities-act-sections', title: 'Securities Act Sections C&DIs', mark: 'K', names: /Securities\s+Act\s+Sections/, url: `${CDI_BASE}securities-act-sections` },
  { id: 'exchange-act-rules', title: 'Exchange Act Rules C&DIs', mark: 'K', names: /Exchange\s+Act\s+Rules/, url: `${CDI_BASE}exchange-act-rules` },
  { id: 'exchange-act-forms', title: 'Exchange Act Forms C&DIs', mark: 'K', names: /Exchange\s+Act\s+Forms/, url: `${CDI_BASE}exchange-act-forms` },
  { id: 'exchange-act-sections', title: 'Exchange Act Sections C&DIs', mark: 'K', names: /Exchange\s+Act\s+Sections/, url: `${CDI_BASE}exchange-act-sections` },
  { id: 'tender-offers', title: 'Tender Offer Rules and Schedules C&DIs', mark: 'C', names: /Tender\s+Offer/, url: `${CDI_BASE}tender-offer-rules-schedules` },
  { id: 'proxy-rules', title: 'Proxy Rules and Schedules 14A/14C C&DIs', mark: 'K', names: /Proxy\s+Rules/, url: `${CDI_BASE}proxy-rules-schedules-14a-14c` },
  { id: 'oil-gas', title: 'Oil and Gas Rules C&DIs', mark: 'C', names: /Oil\s+and\s+Gas/, url: `${CDI_BASE}oil-gas-rules` },
];

export function cdiSet(id: CdiSetId): CdiSet | undefined {
  return CDI_SETS.find((s) => s.id === id);
}

/** The set a phrase names ("updated Non-GAAP", "Regulation S-K"), if any. */
export function cdiSetNamed(phrase: string): CdiSetId | undefined {
  return CDI_SETS.find((s) => s.names.test(phrase))?.id;
}

export const NON_GAAP_QUESTIONS: Map<string, CatalogEntry> = fromRows(
  [
    ['100.01', 'Excluding normal, recurring cash operating expenses', 'C', 'Adjustments that remove normal, recurring cash operating expenses needed to run the business can mislead.'],
    ['100.02', 'Inconsistent adjustments between periods', 'K', 'Adjustments that change from period to period without explanation can mislead.'],
    ['100.03', 'Excluding non-recurring charges but not gains', 'C', 'Removing one-time charges while keeping one-time gains can mislead.'],
    ['100.04', 'Individually tailored accounting principles', 'C', 'Measures that substitute their own recognition or measurement methods (e.g. for revenue) can violate Rule 100(b).'],
    ['100.05', 'Labels and descriptions', 'C', 'Non-GAAP measures must be labelled and described clearly.'],
    ['100.06', 'Misleading despite disclosure', 'C', 'A measure can mislead even when its adjustments are disclosed.'],
    ['101.02', 'Reconciling to pro forma GAAP measures', 'C', 'When a reconciliation may start from a pro forma GAAP measure.'],
    ['102.03', 'Non-recurring, infrequent or unusual items', 'C', 'How Item 10(e)(1)(ii)(B) limits calling items non-recurring.'],
    ['102.05', 'Per-share measures', 'C', 'Per-share non-GAAP measures; liquidity measures may not be shown per share.'],
    ['102.06', 'Free cash flow and liquidity measures', 'C', 'Free-cash-flow-type measures: show all three major cash flow categories.'],
    ['102.07', 'Naming free cash flow', 'C', 'What a free cash flow measure may be called and how it must be described.'],
    ['102.09', 'Liquidity measure presentation', 'C', 'Presenting liquidity measures.'],
    ['102.10', 'Equal or greater prominence', 'C', 'The comparable GAAP measure must be at least as prominent; (a)–(c) give examples, including full non-GAAP income statements.'],
    ['102.11', 'Income tax effects of adjustments', 'C', 'Show tax effects of non-GAAP adjustments separately and explain how they were computed.'],
    ['103.01', 'Measures called EBITDA', 'C', 'Only earnings before interest, taxes, depreciation and amortisation may be called EBITDA.'],
    ['103.02', 'Reconciling adjusted EBITDA', 'C', 'A performance measure like adjusted EBITDA reconciles to net income, not operating income.'],
    ['104.03', 'Segment measures', 'C', 'Segment measures and their reconciliation.'],
    ['104.04', 'Totals of segment measures', 'C', 'A total of segment measures presented outside the segment note is non-GAAP.'],
    ['104.06', 'Constant currency', 'C', 'Presenting results in constant currency.'],
    ['108.01', 'Non-GAAP in compensation discussion', 'C', 'Non-GAAP target levels in the proxy CD&A.'],
  ],
  () => `${CDI_BASE}non-gaap-financial-measures`,
);
