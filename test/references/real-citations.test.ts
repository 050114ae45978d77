// More than 300 citation strings as real letters write them, each with the canonical form and the hover title a
// lawyer should see. The strings come from letters of companies used for development only (see the JSON's "about").
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../server/src/core/references/citation';
import { describe as describeCite } from '../../server/src/core/references/catalog/describe';

interface Row {
  input: string;
  text: string;
  canonical: string;
  title: string | null;
  letter: string;
}

const { rows } = JSON.parse(readFileSync(join(__dirname, 'real-citations.json'), 'utf8')) as { rows: Row[] };

// Companies whose letters are kept for the final measurement (and those of ../shared/docs/evaluation.md).
const HELD_OUT = /\/(LEN|LULU|MRSH|MTB|OXY|RCL|RJF|SOLV|STE|TFC|TPL|TPR|WY|XYZ|BRK-B)\//;

const norm = (s: string): string => s.replace(/\s+/g, ' ');

describe('real citation strings', () => {
  test('at least 300 strings, none from held-out letters', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => HELD_OUT.test(`/${r.letter}/`))).toEqual([]);
  });

  test.each(rows.map((r) => [r.text, r] as const))('%s', (_text, r) => {
    const cites = findCitations(r.input);
    const c = cites.find((x) => norm(x.text) === r.text && x.canonical === r.canonical);
    expect(c, `${r.text} → ${r.canonical} in ${JSON.stringify(r.input)}; found ${cites.map((x) => `${x.text} → ${x.canonical}`).join(' | ')}`).toBeDefined();
    const d = describeCite(c!);
    const title = d.entry?.title ?? [...d.path].reverse().find((s) => s.title)?.title ?? null;
    expect(title).toBe(r.title);
    // No real cite in these letters is reported as non-existent.
    expect(d.exists).not.toBe('no');
  });
});
