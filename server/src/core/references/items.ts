// "Item ..." cites: Regulation S-K items and instructions, Regulation G written as "Item 100(a)", and items of forms
// and schedules ("Item 5.D. of Form 20-F", "Part II, Item 1A of Form 10-Q", "Item 14(a)(2) of Schedule 14A").
// The regime comes from the words after the list, else from the sentence before, else from the number's shape.
// Item captions used as headings ("Item 7. Management's Discussion ...") are structure and yield no cite.
import { type Citation, type RegimeSource, type ScanResult, type ScanState } from './citation';
import { readList, type ListElement } from './lists';
import { formItemCite } from './form-items';
import { ITEM_ELEMENT, readTail, type Tail } from './regime-tails';
import { skCite } from './regulation-sk';
import { regGCite } from './regulation-g';
import { SP, atLineStart, isRangeSeparator, matchAt, sentenceBefore, sticky } from './tokens';
import { formCatalog } from './catalog/forms';


const PART = sticky(String.raw`Part${SP}(IV|I{1,3}|[1-4])${SP}?,?${SP}?(?=Items?\b)`);
const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };
const PART_AFTER = sticky(String.raw`${SP}of${SP}Part${SP}(IV|I{1,3}|[1-4])(?=${SP}(?:of|to|in)${SP})`);
const ITEM_KEY = sticky(String.raw`Items?${SP}`);
const INSTRUCTION = sticky(
  String.raw`Instructions?${SP}(?:No\.${SP})?(\d{1,2}(?:\([A-Za-z0-9]{1,3}\))?)${SP}(?:to|of)${SP}(?:paragraph${SP}\([a-z0-9]\)${SP}of${SP})?(?:(?:the${SP})?(Regulation${SP}S-${SP}?K|S-K)${SP})?Items?${SP}`,
);

/** At "Part II, Item 1A ...". */
export function scanPartItems(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(PART, text, pos);
  if (!m) return undefined;
  return scanItemsAt(text, pos, pos + m[0].length, state, ROMAN[m[1]] ?? m[1]);
}

/** At "Item", "Items", "Instruction". */
export function scanItems(text: string, pos: number, state: ScanState): ScanResult | undefined {
  return scanItemsAt(text, pos, pos, state, undefined);
}

function scanItemsAt(text: string, start: number, keyAt: number, state: ScanState, part: string | undefined): ScanResult | undefined {
  let instruction: string | undefined;
  let listAt: number;
  let skNamedFirst = false;
  const ins = matchAt(INSTRUCTION, text, keyAt);
  if (ins) {
    instruction = ins[1];
    skNamedFirst = !!ins[2];
    listAt = keyAt + ins[0].length;
  } else {
    const k = matchAt(ITEM_KEY, text, keyAt);
    if (!k) return undefined;
    listAt = keyAt + k[0].length;
  }
  const elements = readList(text, listAt, ITEM_ELEMENT, 'Items?');
  if (!elements.length) return undefined;
  const last = elements[elements.length - 1];
  // "Item 2 of Part I of Form 10-Q": the part written after the item.
  const partAfter = matchAt(PART_AFTER, text, last.end);
  if (partAfter && !part) part = ROMAN[partAfter[1]] ?? partAfter[1];
  const tail = readTail(text, partAfter ? partAfter.index + partAfter[0].length : last.end);
  if (!tail && !instruction && isCaption(text, start, last)) return { cites: [], end: last.end };

  let regime: Tail | undefined = tail ?? (skNamedFirst ? { regime: 'sk', end: last.end } : undefined);
  let source: RegimeSource = 'explicit';
  if (!regime) {
    const fromContext = contextRegime(text, start, state);
    // "Item 1A" right after a cite of Regulation S-K is still an item of the form: S-K has no items below 10.
    if (fromContext && !(fromContext.regime === 'sk' && !looksLikeSkItem(elements[0]))) {
      regime = fromContext;
      source = 'context';
    }
  }
  if (!regime) {
    regime = guessRegime(elements[0], state, part);
    source = 'guess';
  }
  if (!regime) return { cites: [], end: last.end };
  if (tail) state.lastRegime = { kind: tail.regime === 'form' ? 'form' : tail.regime, form: tail.form, at: tail.end };

  const cites: Citation[] = [];
  elements.forEach((el, i) => {
    const from = i === 0 ? start : el.start;
    const to = i === elements.length - 1 && tail ? tail.end : el.end;
    const c = buildItemCite(text, from, to, el, regime!, part, instruction);
    if (!c) return;
    c.regime = i === 0 ? source : source === 'explicit' ? 'list' : source;
    if (i > 0 && isRangeSeparator(el.sep)) {
      cites[cites.length - 1].range ??= 'start';
      c.range = 'end';
    }
    cites.push(c);
  });
  return { cites, end: tail ? tail.end : last.end };
}

function buildItemCite(
  text: string,
  from: number,
  to: number,
  el: ListElement,
  regime: Tail,
  part: string | undefined,
  instruction: string | undefined,
): Citation | undefined {
  if (regime.regime === 'sk') return skCite(text, from, to, el.token, el.path, instruction, regime.regulation);
  if (regime.regime === 'reg-g') {
    const c = regGCite(text, from, to, el.token, el.path);
    return c;
  }
  if (instruction) {
    const c = formItemCite(text, from, to, regime.form!, el.token, el.path, part);
    c.parts.instruction = instruction;
    c.canonical = `Instruction ${instruction} to ${c.canonical}`;
    return c;
  }
  return formItemCite(text, from, to, regime.form!, el.token, el.path, part);
}

/**
 * A caption: the item opens its line and is followed by a title ("Item 7. Management's ...", "Item 3.D Risk
 * Factors", "Item 1A – Risk Factors"), or stands alone on its line.
 */
function isCaption(text: string, start: number, last: ListElement): boolean {
  if (!atLineStart(text, start) || last.path.length) return false;
  return /^[.:]?[*_]*(?:[ \t\u00a0]*[-\u2013\u2014:.])?[ \t\u00a0]*(?:[*_]*[A-Z\u201c"'\u2018]|[*_]*\r?\n|$)/.test(text.slice(last.end, last.end + 8));
}

/** "Regulation S-K" or "Form 20-F" named earlier in the same sentence. */
function contextRegime(text: string, pos: number, state: ScanState): Tail | undefined {
  const r = state.lastRegime;
  if (!r || pos - r.at > 300) return undefined;
  const sentence = sentenceBefore(text, pos, 300);
  if (pos - sentence.length > r.at) return undefined;
  if (r.kind === 'sk') return { regime: 'sk', end: pos };
  if (r.kind === 'reg-g') return { regime: 'reg-g', end: pos };
  if (r.kind === 'form' && r.form) return { regime: 'form', form: r.form, end: pos };
  return undefined;
}

function looksLikeSkItem(el: ListElement): boolean {
  const n = Number.parseInt(el.token, 10);
  return /^\d+$/.test(el.token) && (n >= 100 || n === 10);
}

/** From the number alone: 3–4 digit items (and "10(e)") are S-K; small numbers are items of the letter's form. */
function guessRegime(el: ListElement, state: ScanState, part: string | undefined): Tail | undefined {
  const n = Number.parseInt(el.token, 10);
  if (/^\d+$/.test(el.token) && (n >= 100 || (n === 10 && el.path.length > 0))) return { regime: 'sk', end: 0 };
  const form = part ? '10-Q' : state.letterForm;
  if (!form) return undefined;
  const catalog = formCatalog(form);
  if (!catalog) return undefined;
  const probe = formItemCite('', 0, 0, form, el.token, el.path, part);
  const key = form === '10-Q' ? `${probe.parts.part ?? 'I'}-${probe.parts.item}` : probe.parts.item!;
  return catalog.has(key) ? { regime: 'form', form, end: 0 } : undefined;
}

