// Every citation in the seed letter and the development corpus is recognised. Counts are pinned so a grammar
// change that loses (or invents) cites shows up here; the misses were reviewed by reading each letter.
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../server/src/core/references/citation';
import { CORPUS, describeShared, SEED } from '../helpers/letters';

const PINNED: Record<string, number> = {
  '21vianet-2017-08-30-response.txt': 8,
  '01-tap-staff.txt': 3,
  '02-tap-response.txt': 3,
  '03-meta-staff.txt': 1,
  '04-meta-response.txt': 9,
  '05-rmd-staff.txt': 9,
  '06-rmd-response.txt': 9,
  '07-wmt-staff.txt': 5,
  '08-wmt-response.txt': 5,
  '09-dri-staff.txt': 4,
  '10-dri-response.txt': 5,
  '11-tyl-staff.txt': 3,
  '12-tyl-response.txt': 11,
  '13-lhx-staff.txt': 3,
  '14-lhx-response.txt': 1,
  '15-vrsk-staff.txt': 5,
  '16-vrsk-response.txt': 6,
  '17-chrw-staff.txt': 3,
  '18-chrw-response.txt': 5,
  '19-isrg-staff.txt': 2,
  '20-isrg-response.txt': 5,
  '21-cdns-staff.txt': 5,
  '22-cdns-response.txt': 16,
  '23-rost-staff.txt': 1,
  '24-rost-response.txt': 1,
};

const files = () => [SEED, ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f))];

describeShared('citations in real letters', () => {
  test('the seed letter: every cite the brief lists, in order', () => {
    const cites = findCitations(readFileSync(SEED, 'utf8'));
    expect(cites.map((c) => c.canonical)).toEqual([
      'ASC 605',
      'Item 5.D of Form 20-F',
      'ASC 850-10-50',
      'Rule 100(a) of Regulation G',
      'Rule 100(a) of Regulation G',
      'Question 102.11 of the Non-GAAP Financial Measures C&DIs',
      'Question 102.11 of the Non-GAAP Financial Measures C&DIs',
      'ASC 350-20-35-30',
    ]);
    expect(cites.map((c) => c.text)).toContain('Item 5.D. of Form 20-F');
  });

  test('per-letter counts (printed, and pinned)', () => {
    const counts: Record<string, number> = {};
    for (const f of files()) {
      const text = readFileSync(f, 'utf8');
      const cites = findCitations(text);
      for (const c of cites) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      counts[f.split('/').pop()!] = cites.length;
    }
    console.log(Object.entries(counts).map(([f, n]) => `${String(n).padStart(3)}  ${f}`).join('\n'));
    expect(counts).toEqual(PINNED);
  });
});
