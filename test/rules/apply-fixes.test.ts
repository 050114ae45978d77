import { describe, expect, test } from 'vitest';
import { applyFixes, composeEdits } from '../../server/src/core/fixes';
import type { Fix } from '../../server/src/core/model';

const ins = (at: number, newText: string) => ({ span: { start: at, end: at }, newText });
const fix = (...edits: Fix['edits']): Fix => ({ title: 't', edits });

describe('applyFixes', () => {
  test('inserts at one offset read in the order of the list, before a replacement from that offset', () => {
    expect(applyFixes('abc', [fix(ins(1, 'X')), fix(ins(1, 'Y'), { span: { start: 1, end: 2 }, newText: 'B' }), fix(ins(1, 'Z'))])).toBe('aXYZBc');
  });

  test('an edit repeated across fixes is applied once; overlapping edits keep the first taken', () => {
    const key = ins(0, 'K:');
    expect(applyFixes('body', [fix(key, ins(0, '1;')), fix(key, ins(0, '2;'))])).toBe('K:1;2;body');
    expect(applyFixes('abcdef', [fix({ span: { start: 1, end: 4 }, newText: 'X' }), fix({ span: { start: 2, end: 5 }, newText: 'Y' })])).toBe('abYf');
  });

  test('edits out of range are ignored; composeEdits returns document order', () => {
    expect(applyFixes('abc', [fix({ span: { start: 2, end: 9 }, newText: 'X' }), fix(ins(3, '!'))])).toBe('abc!');
    expect(composeEdits('abcdef', [fix(ins(4, 'b')), fix(ins(1, 'a'))]).map((e) => e.newText)).toEqual(['a', 'b']);
  });
});
