// Every real letter of the development corpus: parsed without throwing, numbering continuous from 1, and — for the
// company responses — every comment answered. The counts are pinned so a regression shows up as a diff.
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { CORPUS, corpusFiles, describeShared, read } from '../helpers/letters';

/** Comment counts, counted by reading each letter. */
const COMMENTS: Record<string, number> = {
  'tap': 1, 'meta': 5, 'rmd': 6, 'wmt': 5, 'dri': 2, 'tyl': 3, 'lhx': 1, 'vrsk': 4, 'chrw': 3, 'isrg': 1, 'cdns': 3, 'rost': 1,
};

describeShared('development corpus', () => {
  const files = corpusFiles();
  it('has the 24 letters', () => expect(files).toHaveLength(24));

  for (const file of files) {
    const [, company, side] = /^\d\d-([a-z]+)-(staff|response)\.txt$/.exec(file)!;
    it(`${file}: ${COMMENTS[company]} comments, numbered from 1${side === 'response' ? ', each answered' : ''}`, () => {
      const text = read(path.join(CORPUS, file));
      const letter = parseLetter(text);
      const numbers = letter.comments.map((c) => c.number);
      expect(numbers).toEqual(Array.from({ length: COMMENTS[company] }, (_, i) => i + 1));
      const result = analyze(text);
      expect(result.findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
      if (side === 'response') {
        expect(letter.responses.map((r) => r.number)).toEqual(numbers);
        expect(result.findings.filter((f) => ['missing-response', 'empty-response', 'orphan-response'].includes(f.rule))).toEqual([]);
      } else {
        expect(letter.responses).toEqual([]);
        expect(result.findings.filter((f) => f.rule === 'missing-response')).toHaveLength(numbers.length);
      }
      for (const c of letter.comments) expect(c.text.length).toBeGreaterThan(40);
    });
  }
});
