// The words after a cite that name its regime: "of Regulation S-K", "of Regulation G", "of the Company's Annual
// Report on Form 10-K", "of Schedule 14A"; and the shape of an item designation.
import { APOS, PATH, SP, matchAt, sticky } from './tokens';

export const FORM_NAME = String.raw`10-KT|10-K|10-Q|8-K|20-F|40-F|6-K|S-11|S-1|S-3|S-4|S-8|F-1|F-3|F-4|1-A|10(?![\d-])`;

export const ITEM_ELEMENT = String.raw`(\d{1,4}(?:\.\d{2})?(?:\.?[A-K](?![A-Za-z])(?:\.\d{1,2}(?![\d.]\d))?)?)(${PATH})(?:\.(?=${SP}(?:of|to|in|under)\b))?`;

/** The words after a list that name its regime. */
export const REGIME_TAIL = sticky(
  String.raw`${SP}(?:of|to|in|under|pursuant${SP}to)${SP}(?:(?:the|our|your|its|this|each|their)${SP})?` +
    String.raw`(?:(Regulation${SP}?S-${SP}?K|S-K|Regulation${SP}M-A)(?![\w-])|(Regulation${SP}G)\b|` +
    String.raw`(?:(?:Company|[Rr]egistrant)${APOS}s${SP})?(?:(?:Annual|Quarterly|Current|Transition)${SP}Reports?${SP}on${SP})?` +
    String.raw`(?:(Form)${SP}(${FORM_NAME})|(Schedule)${SP}(14A|14C|13D|13G|TO|13E-3))(?:/A)?(?![\w-]))`,
);

export interface Tail {
  regime: 'sk' | 'reg-g' | 'form';
  form?: string;
  /** "M-A" when the S-K items were cited as Regulation M-A (Subpart 1000 of Regulation S-K). */
  regulation?: string;
  end: number;
}

/** "Item 2.02 Form 8-K": the form named straight after the item, without "of". */
const FORM_TAIL_BARE = sticky(String.raw`${SP}(Form)${SP}(${FORM_NAME})(?:/A)?(?![\w-])`);

export function readTail(text: string, pos: number): Tail | undefined {
  const m = matchAt(REGIME_TAIL, text, pos);
  if (!m) {
    const bare = matchAt(FORM_TAIL_BARE, text, pos);
    return bare ? { regime: 'form', form: bare[2], end: bare.index + bare[0].length } : undefined;
  }
  const end = m.index + m[0].length;
  if (m[1]) return /M-A$/.test(m[1]) ? { regime: 'sk', regulation: 'M-A', end } : { regime: 'sk', end };
  if (m[2]) return { regime: 'reg-g', end };
  if (m[3]) return { regime: 'form', form: m[4], end };
  return { regime: 'form', form: `Schedule ${m[6]}`, end };
}

