// Items of forms and schedules: normalising "5D"/"5.D."/"16.F", the 10-Q part, and the form-first order
// ("Form 20-F Item 5.D", "Form 10-K, Part II, Item 7").
import { makeCitation, type Citation, type ScanResult, type ScanState } from './citation';
import { readList } from './lists';
import { FORM_NAME, ITEM_ELEMENT, readTail } from './regime-tails';
import { SP, SP0, joinPath, matchAt, sticky } from './tokens';

const FORM_FIRST = sticky(String.raw`Form${SP}(${FORM_NAME})(?:/A)?(?![\w-])(?:${SP0},?${SP0}(?:Part${SP}(IV|I{1,3}),?${SP}?)?(Items?)${SP})?`);

/** "5D", "5.D", "16.F", "4A" → the form's own spelling. */
export function normalizeFormItem(form: string, token: string): string {
  const t = token.replace(/\.$/, '');
  if (form === '20-F') {
    const m = /^(\d{1,2})\.?([A-K])?(?:\.(\d{1,2}))?$/.exec(t);
    if (!m) return t;
    if (!m[2]) return m[1];
    // "8.A.4": a numbered sub-item of a lettered subpart.
    if (m[3]) return `${m[1]}.${m[2]}.${m[3]}`;
    // 4A and 16A–16K are items in their own right; elsewhere the letter is a subpart ("5.D").
    if ((m[1] === '4' && !t.includes('.')) || m[1] === '16') return `${m[1]}${m[2]}`;
    return `${m[1]}.${m[2]}`;
  }
  if (form === '8-K') return t;
  return t.replace(/\.(?=[A-K]$)/, '');
}

export function formItemCite(
  text: string,
  from: number,
  to: number,
  form: string,
  token: string,
  path: string[],
  part: string | undefined,
): Citation {
  const item = normalizeFormItem(form, token);
  const partWords = form === '10-Q' && part ? `Part ${part}, ` : '';
  const formWord = form.startsWith('Schedule') ? form : `Form ${form}`;
  const canonical = `${partWords}Item ${item}${joinPath(path)} of ${formWord}`;
  return makeCitation('form-item', text, from, to, canonical, {
    form,
    item,
    part: form === '10-Q' ? part : undefined,
    path: path.length ? path : undefined,
  });
}

/** At "Form": "Form 20-F Item 5.D" cites; a bare "Form 20-F" only sets context for later bare items. */
export function scanFormFirst(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(FORM_FIRST, text, pos);
  if (!m) return undefined;
  const form = m[1];
  const head = m.index + m[0].length;
  if (!m[3]) {
    state.lastRegime = { kind: 'form', form, at: head };
    return { cites: [], end: head };
  }
  const elements = readList(text, head, ITEM_ELEMENT, 'Items?');
  if (!elements.length) return { cites: [], end: head };
  // "Form 10-K Item 7 of Regulation S-K" is odd but the trailing regime wins when it names one.
  const tail = readTail(text, elements[elements.length - 1].end);
  if (tail && tail.regime !== 'form') return undefined;
  state.lastRegime = { kind: 'form', form, at: head };
  const cites = elements.map((el, i) => {
    const c = formItemCite(text, i === 0 ? pos : el.start, el.end, form, el.token, el.path, m[2]);
    if (i > 0) c.regime = 'list';
    return c;
  });
  return { cites, end: elements[elements.length - 1].end };
}
