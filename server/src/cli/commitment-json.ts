import type { Analysis } from '../core/check';

/** The commitments of one letter as `corresp check --format json` lists them. */
export function commitmentJson(analysis: Analysis, line: (offset: number) => number) {
  return analysis.commitments.map((c) => ({
    comment: c.comment ?? null,
    kind: c.kind,
    line: line(c.span.start),
    sentence: c.sentence,
    target: c.target ?? c.venue ?? null,
    place: c.place ?? null,
    proposedText: c.proposedText,
    hedges: c.hedges,
    documented: c.entry !== undefined,
  }));
}
