// The server's lean JSON and stdio transport (server/src/lsp/lean-json.ts, transport.ts) must read and write exactly
// what JSON.parse / JSON.stringify and the protocol's framing would, whatever the message and however it is cut.
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { hasLongArray, LIMITS, parseBody, stringifyPieces, type LeanLimits } from '../../server/src/lsp/lean-json';
import { LeanStreamReader, LeanStreamWriter } from '../../server/src/lsp/transport';
import { frame, unframe } from '../helpers/framing';

const SEED = Number(process.env.CORRESP_FC_SEED ?? Date.now() % 1_000_000);
/** Low enough that every small message takes the lean paths. */
const TINY: LeanLimits = { body: 0, string: 1, piece: 3, array: 2 };

// Strings with every kind of character JSON escapes or UTF-8 encodes at length: control characters, quotes,
// backslashes, accents, curly quotes, CJK, emoji (surrogate pairs) and lone surrogates.
const charArb = fc.oneof(
  fc.constantFrom('\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '"', '\\', '/', 'é', '\u201C', '\u2028', '税', '😀', '\uD800', '\uDFFF', 'a', ' '),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const textArb = fc.array(charArb, { maxLength: 40 }).map((parts) => parts.join(''));
const jsonArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, textArb, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(textArb, tie('value'), { maxKeys: 5 }),
})).value;

function asciiOnly(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe(`lean JSON (seed ${SEED})`, () => {
  it('parses any message body exactly as JSON.parse does, long strings decoded from the body', () => {
    fc.assert(
      fc.property(jsonArb, (value) => {
        const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'x', params: value }), 'utf8');
        const expected = JSON.parse(body.toString('utf8'));
        expect(parseBody(Buffer.from(body), TINY)).toEqual(expected);
        expect(parseBody(Buffer.from(body))).toEqual(expected);
        // Some clients escape everything outside ASCII (emoji as \uD83D\uDE00): the same message, spelled so.
        expect(parseBody(Buffer.from(asciiOnly(body.toString('utf8'))), TINY)).toEqual(expected);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('decodes a 2 MB letter with escapes, curly quotes, emoji and a lone surrogate at the default limits', () => {
    const line = 'The Company’s “non-GAAP” measure \\ excludes 税 items 😀\tand\r\n';
    const text = line.repeat(Math.ceil((2 << 20) / line.length));
    for (const t of [text, text + '\uD800 lone']) {
      const msg = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///l.md', version: 1, text: t } } };
      for (const body of [Buffer.from(JSON.stringify(msg), 'utf8'), Buffer.from(asciiOnly(JSON.stringify(msg)), 'utf8')]) {
      expect(body.length).toBeGreaterThan(LIMITS.body);
      const got = parseBody(body) as typeof msg;
      expect(got.params.textDocument.text === t).toBe(true);
      expect(got).toEqual(msg);
      }
    }
  });

  it('rejects what JSON.parse rejects in a long string', () => {
    for (const bad of ['{"a":"abc\\x"}', '{"a":"abc\\u12G4"}', '{"a":"abc\\u12"}', '{"a":"abc', '{"a":"abc"']) {
      expect(() => JSON.parse(bad)).toThrow(SyntaxError);
      expect(() => parseBody(Buffer.from(bad), TINY)).toThrow(SyntaxError);
    }
  });

  it('writes any value in pieces that join to JSON.stringify', () => {
    fc.assert(
      fc.property(jsonArb, fc.array(fc.oneof(jsonArb, fc.constant(undefined)), { maxLength: 8 }), (value, list) => {
        const msg = { jsonrpc: '2.0', method: 'x', params: { uri: 'u', skip: undefined, list, value } };
        expect([...stringifyPieces(msg, TINY)].join('')).toBe(JSON.stringify(msg));
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('writes long arrays element by element and short messages in one piece', () => {
    const diagnostics = Array.from({ length: 3000 }, (_, i) => ({ message: `finding ${i} “quoted”`, range: { start: { line: i, character: 0 }, end: { line: i, character: 4 } } }));
    const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///l.md', diagnostics } };
    expect(hasLongArray(msg)).toBe(true);
    const out = [...stringifyPieces(msg)];
    expect(out.length).toBeGreaterThan(1);
    expect(out.join('')).toBe(JSON.stringify(msg));
    expect(hasLongArray({ jsonrpc: '2.0', id: 1, result: [1, 2, 3] })).toBe(false);
  });
});

describe(`stdio transport (seed ${SEED})`, () => {
  it('reads the same messages however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(jsonArb, { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), (params, cuts) => {
        const messages = params.map((p, i) => ({ jsonrpc: '2.0', id: i, method: 'm', params: p }));
        const bytes = frame(messages);
        const input = new PassThrough();
        const reader = new LeanStreamReader(input);
        const got: unknown[] = [];
        reader.listen((m) => got.push(m));
        let at = 0;
        for (let k = 0; at < bytes.length; k++) {
          const n = cuts[k % cuts.length];
          input.emit('data', bytes.subarray(at, at + n));
          at += n;
        }
        expect(got).toEqual(JSON.parse(JSON.stringify(messages)));
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('keeps messages that arrive before anyone listens, and never holds on to a chunk the caller reuses', () => {
    const reader = new LeanStreamReader(new PassThrough());
    const bytes = frame([{ jsonrpc: '2.0', id: 1, method: 'initialize', params: { text: 'é'.repeat(100) } }, { jsonrpc: '2.0', method: 'initialized' }]);
    const scratch = Buffer.alloc(7);
    for (let at = 0; at < bytes.length; at += 7) {
      const n = bytes.copy(scratch, 0, at, at + 7);
      reader.receive(scratch.subarray(0, n));
      scratch.fill(0x7b); // the caller reuses its buffer at once
    }
    const got: unknown[] = [];
    reader.listen((m) => got.push(m));
    expect(got).toEqual([{ jsonrpc: '2.0', id: 1, method: 'initialize', params: { text: 'é'.repeat(100) } }, { jsonrpc: '2.0', method: 'initialized' }]);
  });

  it('reports a header without Content-Length or a body that is not JSON, and reads on', () => {
    const input = new PassThrough();
    const reader = new LeanStreamReader(input);
    const got: unknown[] = [];
    const errors: string[] = [];
    reader.onError((e) => errors.push(e.message));
    reader.listen((m) => got.push(m));
    input.emit('data', Buffer.from('Content-Type: application/json\r\n\r\n'));
    input.emit('data', Buffer.from('Content-Length: 5\r\n\r\n{oops'));
    input.emit('data', frame([{ jsonrpc: '2.0', method: 'after' }]));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/Content-Length/);
    expect(errors[1]).toMatch(/could not be read as JSON/);
    expect(got).toEqual([{ jsonrpc: '2.0', method: 'after' }]);
  });

  it('never throws on arbitrary bytes, and still reads a message sent after them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (junk, withHeader) => {
        const reader = new LeanStreamReader(new PassThrough(), 4096);
        const got: unknown[] = [];
        reader.onError(() => undefined);
        reader.listen((m) => got.push(m));
        const prefix = withHeader ? Buffer.concat([Buffer.from(`Content-Length: ${junk.length}\r\n\r\n`), Buffer.from(junk)]) : Buffer.from(junk);
        expect(() => reader.receive(prefix)).not.toThrow();
        // Whatever state the junk left, a header block, then a full message, is read (resynchronising at a header).
        reader.receive(Buffer.from('\r\n\r\n'));
        const tail = frame([{ jsonrpc: '2.0', method: 'after' }]);
        expect(() => reader.receive(tail)).not.toThrow();
        if (withHeader) expect(got).toContainEqual({ jsonrpc: '2.0', method: 'after' });
      }),
      { numRuns: 1000, seed: SEED },
    );
  });

  it('skips a message longer than it will read, with an error, and reads the next one', () => {
    const reader = new LeanStreamReader(new PassThrough(), 1024 * 1024);
    const got: unknown[] = [];
    const errors: string[] = [];
    reader.onError((e) => errors.push(e.message));
    reader.listen((m) => got.push(m));
    const huge = frame([{ jsonrpc: '2.0', method: 'big', params: { text: 'x'.repeat(2 * 1024 * 1024) } }]);
    for (let at = 0; at < huge.length; at += 65536) reader.receive(huge.subarray(at, at + 65536));
    reader.receive(frame([{ jsonrpc: '2.0', method: 'after' }]));
    expect(errors).toEqual([expect.stringMatching(/over the 1 MiB the server reads; it was skipped/)]);
    expect(got).toEqual([{ jsonrpc: '2.0', method: 'after' }]);
  });

  it('writes messages in order, framed, a long one in pieces with the right length', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (c: Buffer) => chunks.push(c));
    const writer = new LeanStreamWriter(output);
    const diagnostics = Array.from({ length: 5000 }, (_, i) => ({ message: `finding ${i}: “税” 😀`, code: 'x' }));
    const messages = [
      { jsonrpc: '2.0', id: 1, result: null },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'done' } },
    ];
    await Promise.all(messages.map((m) => writer.write(m as never)));
    const bytes = Buffer.concat(chunks);
    expect(unframe(bytes)).toEqual(messages);
    expect(chunks.length).toBeGreaterThan(3);
  });
});
