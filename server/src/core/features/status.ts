import type { Analysis } from '../check';

export interface LetterStatus {
  comments: number;
  answered: number;
  errors: number;
  warnings: number;
  commitments: number;
  undocumentedCommitments: number;
  /** ISO date ten business days after the staff letter, when its date is known. */
  responseDue?: string;
  summary: string;
}

/** The one-line state of a letter, for the editor's status item and the CLI summary. */
export function letterStatus(analysis: Analysis): LetterStatus {
  const { letter, findings, commitments } = analysis;
  const numbers = new Set(letter.comments.map((c) => c.number));
  const answeredSet = new Set<number>();
  const emptyFor = new Set(findings.filter((f) => f.rule === 'empty-response').map((f) => f.span.start));
  for (const r of letter.responses) {
    if (r.number === undefined || !numbers.has(r.number)) continue;
    const emptyHere = emptyFor.has(r.labelSpan.start) || emptyFor.has(r.span.start);
    if (!emptyHere) answeredSet.add(r.number);
  }
  const undocumented = findings.filter((f) => f.rule === 'undocumented-commitment').length;
  const due = addBusinessDays(letter.facts.staffLetterDate, 10);
  const parts = [`${answeredSet.size} of ${numbers.size} comments answered`];
  if (undocumented) parts.push(`${undocumented} undocumented commitment${undocumented === 1 ? '' : 's'}`);
  if (due) parts.push(`response due ${due}`);
  return {
    comments: numbers.size,
    answered: answeredSet.size,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    commitments: commitments.length,
    undocumentedCommitments: undocumented,
    responseDue: due,
    summary: parts.join(' · '),
  };
}

/** Adds business days (Monday–Friday; federal holidays are not counted) to an ISO date. */
export function addBusinessDays(iso: string | undefined, days: number): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
