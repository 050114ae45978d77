import type { Finding, Letter } from './model';
import { parseLetter } from './dialect/parse';
import { bodyStart } from './dialect/front-matter';
import type { Citation } from './references/citation';
import { citationsOf } from './incremental/citations';
import { cachesEnabled, registerCache } from './incremental/analysis-cache';
import { detectCommitments, type Commitment } from './commitments/commitment';
import { allRules } from './rules/registry';
import { applySuppressions } from './suppressions';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Report } from './rules/rule';

/** Everything the core knows about one letter: computed once, read by rules, the CLI and the editor. */
export interface Analysis {
  letter: Letter;
  citations: Citation[];
  commitments: Commitment[];
  findings: Finding[];
}

// The last analysis, by text and settings: the editor asks for the same version again (hover, outline, code
// actions). Results are plain data and never mutated. Only one is kept: on a 10 MB letter an analysis is large,
// and the editor holds the current one anyway.
const recent: { text: string; settings: string; analysis: Analysis }[] = [];
const RECENT = 1;
registerCache(() => (recent.length = 0));

/**
 * Parses and checks a letter. Never throws: a rule that fails becomes a finding of its own. A re-check after an
 * edit reuses what the edit cannot have changed (see incremental/), and always equals a check from scratch.
 */
export function analyze(text: string, settings: Settings = DEFAULT_SETTINGS): Analysis {
  if (!cachesEnabled()) return analyzeText(text, settings);
  const key = JSON.stringify(settings);
  const hit = recent.find((r) => r.text === text && r.settings === key);
  if (hit) return hit.analysis;
  const analysis = analyzeText(text, settings);
  recent.unshift({ text, settings: key, analysis });
  recent.length = Math.min(recent.length, RECENT);
  return analysis;
}

function analyzeText(text: string, settings: Settings): Analysis {
  if (text.length > settings.maxFileSize) {
    const letter = parseLetter('');
    return {
      letter: { ...letter, text },
      citations: [],
      commitments: [],
      findings: [
        {
          rule: 'file-too-large',
          severity: 'warning',
          message: `This file is ${(text.length / 1048576).toFixed(1)} MB, over the ${(settings.maxFileSize / 1048576).toFixed(1)} MB limit (setting corresp.maxFileSize); it was not analysed.`,
          span: { start: 0, end: Math.min(text.length, firstLineEnd(text)) },
        },
      ],
    };
  }
  const letter = parseLetter(text);
  const citations = safe(() => citationsOf(text, bodyStart(letter)), []);
  const commitments = safe(() => detectCommitments(letter), []);
  const ctx = { letter, citations, commitments };
  const findings: Finding[] = [];
  for (const rule of allRules) {
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    const report = (r: Report) => {
      findings.push({
        rule: rule.id,
        severity: configured ?? r.severity ?? rule.defaultSeverity,
        message: r.message,
        span: r.span,
        related: r.related,
        fixes: r.fixes,
      });
    };
    try {
      rule.check(ctx, report);
    } catch (err) {
      findings.push({
        rule: 'internal-error',
        severity: 'error',
        message: `corresp rule ${rule.id} failed on this letter: ${(err as Error)?.message ?? String(err)}. Please report it.`,
        span: { start: 0, end: 0 },
      });
    }
  }
  const kept = applySuppressions(letter, findings);
  kept.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { letter, citations, commitments, findings: kept };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function firstLineEnd(text: string): number {
  const i = text.indexOf('\n');
  return i < 0 ? Math.min(text.length, 200) : Math.min(i, 200);
}
