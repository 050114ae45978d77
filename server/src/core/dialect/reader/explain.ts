// `corresp explain FILE`: for each block, the label the reader chose, its score, the two best alternatives and the
// features that decided it. Plain text, one block per paragraph, stable so tests can pin it (docs/explain.md).
import { readExplained, type Reading } from '../parse';
import type { Alternative } from './decode';
import { lastAtOrBefore } from '../../text/lines';

/** How many characters of a block's text the explanation quotes. */
const QUOTE = 60;

export function explainLetter(text: string): string {
  return formatReading(readExplained(text));
}

export function formatReading(reading: Reading): string {
  const { rows, blocks, decisions, alternatives, features, letter } = reading;
  const out: string[] = [];
  const lineOf = lineIndex(letter.text);
  const lf = [`flavour ${features.flavour}`];
  if (features.staffLetter) lf.push('staffLetter');
  if (features.hasLabels) lf.push('hasLabels');
  if (features.answersFollow) lf.push('answersFollow');
  if (features.namedComment !== undefined) lf.push(`namedComment ${features.namedComment}`);
  out.push(`letter: ${lf.join(', ')}; ${blocks.length} blocks, ${letter.comments.length} comments, ${letter.responses.length} responses`);
  const furniture = rows.filter((r) => r.furniture);
  for (const r of furniture) out.push(`line ${lineOf(r.line.start)}  furniture  ${quote(r.line.text)}  (${r.furniture})`);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const d = decisions[k];
    const alts = alternatives[k];
    const r = rows[b.first];
    const chosen = alts.find((a) => a.label === d.label && a.number === d.number) ?? alts.find((a) => a.label === d.label);
    const others = alts.filter((a) => a !== chosen).slice(0, 2);
    out.push('');
    out.push(`line ${lineOf(r.line.start)}  ${name(d.label, d.number)}  ${fmt(d.score)}  ${quote(r.detect || r.line.text)}`);
    if (chosen) out.push(`  because ${because(chosen)}`);
    for (const a of others) out.push(`  not ${name(a.label, a.number)} ${fmt(a.score)}: ${because(a)}`);
  }
  return out.join('\n') + '\n';
}

function name(label: string, n: number | undefined): string {
  return (label === 'commentStart' || label === 'responseLabel') && n !== undefined ? `${label}(${n})` : label;
}

function because(a: Alternative): string {
  const terms = [...a.terms, ...a.steps]
    .filter((t) => t.feature !== 'base')
    .sort((x, y) => Math.abs(y.weight * y.value) - Math.abs(x.weight * x.value))
    .slice(0, 4)
    .map((t) => `${t.feature}${t.value !== 1 ? ` ${t.value}` : ''} ${fmt(t.weight * t.value)}`);
  const base = a.terms.find((t) => t.feature === 'base');
  if (base) terms.push(`base ${fmt(base.weight)}`);
  return terms.length ? terms.join(', ') : 'no feature';
}

function fmt(x: number): string {
  const r = Math.round(x * 100) / 100;
  return (r >= 0 ? '+' : '') + r.toFixed(1);
}

function quote(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > QUOTE ? t.slice(0, QUOTE - 1) + '…' : t);
}

/** 1-based line number of an offset. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => lastAtOrBefore(starts, offset) + 1;
}
