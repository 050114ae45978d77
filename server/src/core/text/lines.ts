/** One physical line of the document. `end` excludes the line break; `next` is where the next line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
  text: string;
}

/** Splits text into lines, accepting \n, \r\n and lone \r. Linear; never throws. */
export function splitLines(text: string): Line[] {
  // Fast path (almost every letter): no lone \r, so native indexOf finds each line end.
  if (!hasLoneCR(text)) {
    const lines: Line[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) {
        lines.push({ start, end: text.length, next: text.length + 1, text: text.slice(start) });
        return lines;
      }
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      lines.push({ start, end, next: nl + 1, text: text.slice(start, end) });
      start = nl + 1;
    }
  }
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let i = start;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      i++;
    }
    let next = i;
    if (i < n) next = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ start, end: i, next: i < n ? next : n + 1, text: text.slice(start, i) });
    if (i >= n) break;
    start = next;
  }
  return lines;
}

function hasLoneCR(text: string): boolean {
  let at = text.indexOf('\r');
  while (at >= 0) {
    if (text.charCodeAt(at + 1) !== 10) return true;
    at = text.indexOf('\r', at + 2);
  }
  return false;
}

/** Maps offsets to zero-based line/character positions (UTF-16, as LSP counts) and back. */
export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offsetAt(pos: { line: number; character: number }): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[pos.line];
    const lineEnd = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + Math.max(0, pos.character), lineEnd));
  }
}

/** Index of the last element of `sorted` (ascending) that is ≤ `x` (0 when none is): which line, piece or block an
 * offset falls in, given their start offsets. */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
