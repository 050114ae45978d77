import type { Rule } from '../../rules/rule';
import type { Span } from '../../model';
import { findLegends, findNamedMarks, findRedactions, mayHoldLegend, mayHoldMarker, nonContentSpans } from '../../export/redaction';

/**
 * Rule 83 markings: one redaction marker style per letter, a legend (or `confidential-treatment:` in the front
 * matter, from which the export writes it) when the letter has markers, no legend without markers, and a legend
 * that names the marker the letter uses.
 */
export const confidentialMarking: Rule = {
  id: 'confidential-marking',
  description: 'Rule 83 redaction markers are consistent and the confidential-treatment legend matches them.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ letter }, report) {
    const text = letter.text;
    // Cheap necessary conditions first: most letters have neither a marker nor a legend, and then the spans to skip
    // (front matter, comments, code) are not looked for.
    const maybeMarkers = mayHoldMarker(text);
    const maybeLegends = mayHoldLegend(text);
    const skip = maybeMarkers || maybeLegends ? nonContentSpans(text) : [];
    const markers = maybeMarkers ? findRedactions(text, skip) : [];
    const inComment = (s: Span) => letter.comments.some((c) => s.start >= c.span.start && s.start < c.span.end);
    const legends = (maybeLegends ? findLegends(text, skip) : []).filter((l) => !inComment(l.span));
    const declared = letter.facts.extra['confidential-treatment'];
    let declaredSpan: Span | undefined;
    if (declared !== undefined && declared !== false && letter.facts.span) {
      const fm = text.slice(letter.facts.span.start, letter.facts.span.end);
      const m = /^confidential-treatment[ \t]*:/m.exec(fm);
      if (m) declaredSpan = { start: letter.facts.span.start + m.index, end: letter.facts.span.start + m.index + m[0].length - 1 };
    }

    // 1. One marker style.
    const counts = new Map<string, number>();
    for (const m of markers) counts.set(m.marker, (counts.get(m.marker) ?? 0) + 1);
    let style: string | undefined;
    for (const m of markers) if (!style || (counts.get(m.marker) ?? 0) > (counts.get(style) ?? 0)) style = m.marker;
    if (counts.size > 1 && style) {
      for (const m of markers) {
        if (m.marker === style) continue;
        report({
          message: `Redaction marker "${m.marker}" differs from this letter's ${counts.get(style)} "${style}" marker${counts.get(style) === 1 ? '' : 's'}`,
          span: { start: m.span.start, end: m.span.start + m.marker.length },
        });
      }
    }

    const hasLegend = legends.length > 0 || declaredSpan !== undefined;
    // 2. Markers need a legend.
    if (markers.length && !hasLegend) {
      const first = markers[0];
      report({
        message: `This letter has ${markers.length} redaction marker${markers.length === 1 ? '' : 's'} but no Rule 83 legend`,
        span: { start: first.span.start, end: first.span.start + first.marker.length },
      });
    }
    // 3. A legend needs markers.
    if (!markers.length && hasLegend) {
      const at = declaredSpan ?? legends[0].span;
      report({
        message: 'The letter requests confidential treatment (Rule 83) but redacts nothing',
        span: at,
      });
    }
    // 4. The legend names the marker used.
    if (markers.length && style) {
      for (const n of findNamedMarks(text, skip)) {
        if (n.marker !== style && !inComment(n.span)) {
          report({ message: `The legend names the mark "${n.marker}" but the letter's redactions use "${style}"`, span: n.span });
        }
      }
    }
  },
};
