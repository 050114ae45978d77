// JSON for the protocol's biggest messages, without the copies the ordinary path makes.
//
// A 10 MB letter arrives as one message, `textDocument/didOpen`. Decoding it as a whole turns the 10 MB body into a
// 20 MB JSON string (UTF-16 once the letter has a curly quote) and then into a 20 MB document string, all alive at
// once. Here a long string value has its escapes undone inside the body bytes and is read out in one decode, so
// the body and the document string are the only copies; the rest of the message (a few hundred bytes) goes through
// JSON.parse as usual. Going out, a message with a long array (13,804 diagnostics) is written a piece at a time
// instead of as one string the size of the whole message.
//
// Both directions give exactly what JSON.parse / JSON.stringify give for valid JSON (test/lsp/lean-json.test.ts);
// bad escapes are rejected as JSON.parse rejects them, while a raw control character inside a long string, which
// JSON forbids and no client sends, is passed through rather than refused.

/** Where the lean paths start; tests lower them to reach the lean paths with small messages. */
export interface LeanLimits {
  /** Bodies smaller than this (bytes) are decoded the ordinary way. */
  body: number;
  /** String values at least this long (bytes) are decoded from the body directly. */
  string: number;
  /** How much of a string with a lone surrogate escape JSON.parse decodes at once. */
  piece: number;
  /** Arrays at least this long are written element by element. */
  array: number;
}

export const LIMITS: LeanLimits = { body: 1 << 20, string: 64 * 1024, piece: 1 << 20, array: 256 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const PLACEHOLDER = `\u0000corresp-lean-${Math.random().toString(36).slice(2)}:`;

/** JSON.parse of a UTF-8 message body; the body is spent (rewritten) when it holds a long string. */
export function parseBody(body: Buffer, limits: LeanLimits = LIMITS): unknown {
  if (body.length < limits.body) return JSON.parse(body.toString('utf8'));
  const long = longStrings(body, limits.string);
  if (!long.length) return JSON.parse(body.toString('utf8'));
  const skeleton: string[] = [];
  let from = 0;
  long.forEach(([start, end], k) => {
    skeleton.push(body.toString('utf8', from, start), JSON.stringify(PLACEHOLDER + k).slice(1, -1));
    from = end;
  });
  skeleton.push(body.toString('utf8', from));
  // The skeleton first: decoding the long strings rewrites the body in place.
  const parsed = JSON.parse(skeleton.join(''));
  const values = long.map(([start, end]) => decodeString(body, start, end, limits.piece));
  return restore(parsed, values);
}

/** The contents (between the quotes) of every string (value or key) of at least `minLength` bytes. */
function longStrings(body: Buffer, minLength: number): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (;;) {
    // Outside a string, the next quote opens one.
    const open = body.indexOf(QUOTE, at);
    if (open < 0) return out;
    let close = open;
    for (;;) {
      close = body.indexOf(QUOTE, close + 1);
      if (close < 0) return out; // unterminated: JSON.parse of the skeleton reports it
      if (!escaped(body, close, open + 1)) break;
    }
    if (close - open - 1 >= minLength) out.push([open + 1, close]);
    at = close + 1;
  }
}

/** Is the byte at `at` escaped, i.e. preceded by an odd run of backslashes (not reaching before `floor`)? */
function escaped(body: Buffer, at: number, floor: number): boolean {
  let k = at - 1;
  while (k >= floor && body[k] === BACKSLASH) k--;
  return (at - 1 - k) % 2 === 1;
}

/**
 * The string whose JSON source (without quotes) lies in body[start, end). Its escapes are undone inside the body
 * itself (an escape is never shorter than the UTF-8 it stands for), and the result is read out in one call: the
 * only copy is the string itself. The body is spent afterwards. A lone surrogate escape, which UTF-8 cannot carry,
 * sends the string the slow way: decoded by JSON.parse a piece at a time.
 */
function decodeString(body: Buffer, start: number, end: number, piece: number): string {
  if (loneSurrogate(body, start, end)) return decodePieces(body, start, end, piece);
  let w = start;
  let r = start;
  for (;;) {
    const b = body.indexOf(BACKSLASH, r);
    const plainEnd = b < 0 || b >= end ? end : b;
    if (w !== r) body.copyWithin(w, r, plainEnd);
    w += plainEnd - r;
    r = plainEnd;
    if (r >= end) return body.toString('utf8', start, w);
    const c = body[r + 1];
    const simple = SIMPLE_ESCAPES.get(c);
    if (simple !== undefined) {
      body[w++] = simple;
      r += 2;
      continue;
    }
    if (c !== 0x75) throw new SyntaxError(`Bad escaped character in JSON at position ${r}`);
    let cp = hex4(body, r + 2, end);
    r += 6;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      // A surrogate pair, \uD83D\uDE00: one code point (loneSurrogate has checked the low half is there).
      cp = 0x10000 + ((cp - 0xd800) << 10) + (hex4(body, r + 2, end) - 0xdc00);
      r += 6;
    }
    w += utf8(body, w, cp);
  }
}

const SIMPLE_ESCAPES = new Map<number, number>([
  [0x22, 0x22], // \"
  [0x5c, 0x5c], // \\
  [0x2f, 0x2f], // \/
  [0x62, 0x08], // \b
  [0x66, 0x0c], // \f
  [0x6e, 0x0a], // \n
  [0x72, 0x0d], // \r
  [0x74, 0x09], // \t
]);

function hex4(body: Buffer, at: number, end: number): number {
  if (at + 4 > end) throw new SyntaxError(`Bad Unicode escape in JSON at position ${at - 2}`);
  const digits = body.toString('ascii', at, at + 4);
  if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new SyntaxError(`Bad Unicode escape in JSON at position ${at - 2}`);
  return Number.parseInt(digits, 16);
}

/** Writes code point `cp` as UTF-8 at body[at]; returns the number of bytes. */
function utf8(body: Buffer, at: number, cp: number): number {
  if (cp < 0x80) {
    body[at] = cp;
    return 1;
  }
  if (cp < 0x800) {
    body[at] = 0xc0 | (cp >> 6);
    body[at + 1] = 0x80 | (cp & 0x3f);
    return 2;
  }
  if (cp < 0x10000) {
    body[at] = 0xe0 | (cp >> 12);
    body[at + 1] = 0x80 | ((cp >> 6) & 0x3f);
    body[at + 2] = 0x80 | (cp & 0x3f);
    return 3;
  }
  body[at] = 0xf0 | (cp >> 18);
  body[at + 1] = 0x80 | ((cp >> 12) & 0x3f);
  body[at + 2] = 0x80 | ((cp >> 6) & 0x3f);
  body[at + 3] = 0x80 | (cp & 0x3f);
  return 4;
}

/** Does the string hold a \uD800–\uDFFF escape that is not half of a proper pair? */
function loneSurrogate(body: Buffer, start: number, end: number): boolean {
  let r = start;
  for (;;) {
    const b = body.indexOf(BACKSLASH, r);
    if (b < 0 || b >= end) return false;
    if (body[b + 1] !== 0x75) {
      r = b + 2;
      continue;
    }
    const v = Number.parseInt(body.toString('ascii', b + 2, Math.min(end, b + 6)), 16);
    if (v >= 0xdc00 && v <= 0xdfff) return true;
    if (v >= 0xd800 && v <= 0xdbff) {
      const low = body[b + 6] === BACKSLASH && body[b + 7] === 0x75 ? Number.parseInt(body.toString('ascii', b + 8, Math.min(end, b + 12)), 16) : NaN;
      if (!(low >= 0xdc00 && low <= 0xdfff)) return true;
      r = b + 12;
      continue;
    }
    r = b + 6;
  }
}

/** The same string decoded by JSON.parse a piece at a time, cut just before an escape sequence. */
function decodePieces(body: Buffer, start: number, end: number, piece: number): string {
  const out: string[] = [];
  let from = start;
  while (from < end) {
    let cut = end;
    let probe = from + piece;
    while (probe < end) {
      const b = body.indexOf(BACKSLASH, probe);
      if (b < 0 || b >= end) break;
      if (!escaped(body, b, from)) {
        cut = b;
        break;
      }
      probe = b + 1;
    }
    out.push(JSON.parse(`"${body.toString('utf8', from, cut)}"`) as string);
    from = cut;
  }
  return out.join('');
}

function restore(value: unknown, values: string[]): unknown {
  if (typeof value === 'string') return original(value, values);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restore(value[i], values);
    return value;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.some((k) => k.startsWith(PLACEHOLDER))) {
      // A long key (rare): rebuild the object so the keys keep their order.
      const rebuilt: Record<string, unknown> = {};
      for (const k of keys) rebuilt[original(k, values)] = restore(o[k], values);
      return rebuilt;
    }
    for (const k of keys) o[k] = restore(o[k], values);
  }
  return value;
}

function original(s: string, values: string[]): string {
  if (!s.startsWith(PLACEHOLDER)) return s;
  const k = Number(s.slice(PLACEHOLDER.length));
  return Number.isInteger(k) && k >= 0 && k < values.length ? values[k] : s;
}

/** Pieces are gathered up to about this many characters before they are handed on. */
const BATCH = 64 * 1024;

/**
 * JSON.stringify(value), as pieces: long arrays (and the objects on the way to them) are serialised element by
 * element, everything else in one call. Joining the pieces gives exactly JSON.stringify(value).
 */
export function* stringifyPieces(value: unknown, limits: LeanLimits = LIMITS): Generator<string> {
  let batch = '';
  for (const piece of pieces(value, 0, limits.array)) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

/** Does this message hold an array long enough to be worth writing piecewise (looking a few levels down)? */
export function hasLongArray(value: unknown, minLength = LIMITS.array, depth = 0): boolean {
  if (Array.isArray(value)) return value.length >= minLength;
  if (!plainObject(value) || depth >= 3) return false;
  for (const key of Object.keys(value)) if (hasLongArray(value[key], minLength, depth + 1)) return true;
  return false;
}

function* pieces(value: unknown, depth: number, minLength: number): Generator<string> {
  if (Array.isArray(value) && value.length >= minLength) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      // As JSON.stringify does: what has no JSON form (undefined, functions, symbols) becomes null in an array.
      yield JSON.stringify(value[i]) ?? 'null';
    }
    yield ']';
    return;
  }
  if (plainObject(value) && depth < 3 && hasLongArray(value, minLength, depth)) {
    yield '{';
    let first = true;
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* pieces(v, depth + 1, minLength);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}

function plainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
