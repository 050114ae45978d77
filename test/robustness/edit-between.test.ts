// incremental/edit.ts: the one replaced range between two versions, which the parser, the commitment detector and
// the citation scan all reuse work around.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { editBetween } from '../../server/src/core/incremental/edit';

test('the edit rebuilds the new text from the old, with the widest common head and tail', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 6000 }), fc.string({ maxLength: 40 }), fc.nat(), fc.nat(40), (base, insert, at, cut) => {
      const start = at % (base.length + 1);
      const after = base.slice(0, start) + insert + base.slice(Math.min(base.length, start + cut));
      const e = editBetween(base, after);
      expect(base.slice(0, e.start) + after.slice(e.start, e.newEnd) + base.slice(e.oldEnd)).toBe(after);
      expect(e.delta).toBe(after.length - base.length);
      // Widest: the characters just inside the edit differ (or the edit is empty on that side).
      if (e.start < Math.min(e.oldEnd, e.newEnd)) expect(base[e.start]).not.toBe(after[e.start]);
      // Asked again, or asked about another pair, the answer is that pair's.
      expect(editBetween(base, after)).toEqual(e);
      expect(editBetween(after, base)).toEqual({ start: e.start, oldEnd: e.newEnd, newEnd: e.oldEnd, delta: e.oldEnd - e.newEnd });
    }),
    { numRuns: 300 },
  );
});
