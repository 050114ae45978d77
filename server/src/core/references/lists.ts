// Lists and ranges of designations that share one keyword and one regime: "Items 303(a) and 303(b)",
// "Rules 3-10(i) and 10-01(a)(4)", "Rule 5-03(b)(1) and (2)", "Questions 102.10 and 104.03".
import { LIST_SEP, PATH, SP, matchAt, splitPath, sticky } from './tokens';

export interface ListElement {
  start: number;
  end: number;
  /** The designation without its path: "303", "3-10", "5.D". */
  token: string;
  path: string[];
  /** The separator that came before this element ("" for the first). */
  sep: string;
}

const SIBLING = sticky(`(${LIST_SEP})(${PATH.replace('*', '+')})(?![\\w-])`);
const cache = new Map<string, RegExp>();

/**
 * Reads a list starting at `pos` (just after the keyword). `element` is a regex source with two groups, the
 * designation and its path. `keyword` may repeat before later elements ("Item 303 and Item 305").
 */
export function readList(text: string, pos: number, element: string, keyword: string, max = 30): ListElement[] {
  let first = cache.get(element);
  if (!first) cache.set(element, (first = sticky(element)));
  const nextKey = `${keyword}|${element}`;
  let next = cache.get(nextKey);
  if (!next) cache.set(nextKey, (next = sticky(`(${LIST_SEP})((?:(?:${keyword})${SP})?)${element}`)));
  const m = matchAt(first, text, pos);
  if (!m) return [];
  const out: ListElement[] = [{ start: pos, end: pos + m[0].length, token: m[1], path: splitPath(m[2]), sep: '' }];
  while (out.length < max) {
    const prev = out[out.length - 1];
    const n = matchAt(next, text, prev.end);
    if (n) {
      // A repeated keyword belongs to its element: "Section 13(a) or Section 15(d)" cites "Section 15(d)".
      out.push({ start: n.index + n[1].length, end: n.index + n[0].length, token: n[3], path: splitPath(n[4]), sep: n[1] });
      continue;
    }
    // "(2)" after "5-03(b)(1) and": a sibling of the previous element's last path level(s).
    const s = matchAt(SIBLING, text, prev.end);
    if (s && prev.path.length) {
      const sib = splitPath(s[2]);
      if (sib.length > prev.path.length) break;
      const path = [...prev.path.slice(0, prev.path.length - sib.length), ...sib];
      out.push({ start: s.index + s[1].length, end: s.index + s[0].length, token: prev.token, path, sep: s[1] });
      continue;
    }
    break;
  }
  return out;
}
