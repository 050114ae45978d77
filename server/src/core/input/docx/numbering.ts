// Word's automatic numbering, made literal. In a Word draft the staff comments are often an automatically numbered
// list interrupted by the responses; an HTML conversion would restart every list at 1. This module computes each
// numbered paragraph's label as Word shows it (counters per abstract list, restarts by start overrides, level
// formats and text such as "%1." or "(%2)"), writes it into the paragraph as text and removes the list property,
// and marks every paragraph with its index so each line of the converted text can name the paragraph it came from.
// Pure string work on the package's XML.

/** Paragraph index marker written into the text: U+E000, the 1-based index, U+E001 (private-use characters). */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** Paragraph style → its list (numId, level). */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

function attr(xml: string, name: string): string | undefined {
  return new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];
}

export function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of a[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(l[1]), {
        start: Number(attr(l[2], 'start') ?? '1'),
        format: attr(l[2], 'numFmt') ?? 'decimal',
        text: attr(l[2], 'lvlText') ?? `%${Number(l[1]) + 1}.`,
      });
    }
    abstracts.set(a[1], levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const n of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const o of n[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = attr(o[2], 'startOverride');
      if (s !== undefined) starts.set(Number(o[1]), Number(s));
    }
    nums.set(n[1], { abstract: attr(n[2], 'abstractNumId') ?? '', starts });
  }
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const s of stylesXml.matchAll(/<w:style\b[^>]*w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(s[2])?.[1];
    const ilvl = numPr ? attr(numPr, 'ilvl') : undefined;
    styles.set(s[1], { numId: numPr ? attr(numPr, 'numId') : undefined, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: attr(s[2], 'basedOn') });
  }
  return { abstracts, nums, styles };
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'bullet':
      return '\u2022';
    case 'none':
      return '';
    case 'lowerLetter':
    case 'upperLetter': {
      const s = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? s.toUpperCase() : s;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let s = '';
      let v = n;
      for (const [k, r] of ROMAN) while (v >= k) (s += r), (v -= k);
      return format === 'upperRoman' ? s.toUpperCase() : s;
    }
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** Assigns labels in document order; one instance per document. */
export class ListCounter {
  private counts = new Map<string, (number | undefined)[]>();
  private seenNums = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  /** The label of a paragraph in list `numId` at level `ilvl` ("3.", "(b)", "•"), or undefined if not a list. */
  label(numId: string, ilvl: number): string | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num || numId === '0') return undefined;
    const levels = this.numbering.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    const counts = this.counts.get(num.abstract) ?? [];
    this.counts.set(num.abstract, counts);
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      for (const [l, s] of num.starts) counts[l] = s - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (level.start - 1)) + 1;
    for (let k = ilvl + 1; k < counts.length; k++) counts[k] = undefined;
    if (level.format === 'bullet') return '\u2022';
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = levels.get(l);
      return formatNumber(counts[l] ?? lv?.start ?? 1, lv?.format ?? 'decimal');
    });
  }

  /** The list of a paragraph whose only list property is its style. */
  styleList(styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    for (let id = styleId, depth = 0; id && depth < 10; depth++) {
      const s = this.numbering.styles.get(id);
      if (!s) return undefined;
      if (s.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl ?? 0 };
      id = s.basedOn;
    }
    return undefined;
  }
}

/**
 * Rewrites document.xml: each paragraph gets a text run with its index marker and, when it is a list item, its
 * label; the list property is replaced by "no list" so the converter sees a plain paragraph.
 */
export function literalNumbering(documentXml: string, numbering: Numbering): { xml: string; paragraphs: number } {
  const counter = new ListCounter(numbering);
  let index = 0;
  const xml = documentXml.replace(/<w:p(?=[\s>/])([^>]*?)(\/?)>(\s*<w:pPr>[\s\S]*?<\/w:pPr>|\s*<w:pPr\/>)?/g, (whole, attrs: string, selfClosing: string, pPr: string | undefined) => {
    index++;
    if (selfClosing) return whole;
    let props = pPr ?? '';
    let label: string | undefined;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props);
    const numId = numPr ? attr(numPr[1], 'numId') : undefined;
    if (numId !== undefined) {
      label = counter.label(numId, Number(attr(numPr![1], 'ilvl') ?? '0'));
    } else {
      const list = counter.styleList(attr(props, 'pStyle'));
      if (list) label = counter.label(list.numId, list.ilvl);
    }
    const noList = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    if (numPr) props = props.replace(numPr[0], noList);
    else if (label !== undefined) props = props ? props.replace(/<w:pPr>/, `<w:pPr>${noList}`).replace(/<w:pPr\/>/, `<w:pPr>${noList}</w:pPr>`) : `<w:pPr>${noList}</w:pPr>`;
    const text = `${MARK_OPEN}${index}${MARK_CLOSE}${label ? `${label} ` : ''}`;
    return `<w:p${attrs}>${props}<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  });
  return { xml, paragraphs: index };
}
