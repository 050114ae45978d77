// Is the letter ready to file? The `not-ready-to-file` findings, whatever the rule's severity setting (the gate is not
// a preference), after the letter's own suppression comments (a false positive is silenced with a reason).

import { analyze } from '../check';
import { DEFAULT_SETTINGS } from '../settings';
import type { Span } from '../model';

export interface ReadinessFinding {
  message: string;
  span: Span;
  /** 1-based line of the finding's start. */
  line: number;
}

export function readiness(text: string): ReadinessFinding[] {
  const analysis = analyze(text, { ...DEFAULT_SETTINGS, maxFileSize: Number.MAX_SAFE_INTEGER, rules: { 'not-ready-to-file': 'error' } });
  const findings = analysis.findings.filter((f) => f.rule === 'not-ready-to-file');
  return findings.map((f) => ({ message: f.message, span: f.span, line: lineOf(text, f.span.start) }));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
