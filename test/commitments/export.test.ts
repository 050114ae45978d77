// The commitment register is working data: it must never reach the filed letter.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportLetter } from '../../server/src/core/export';

const text = readFileSync(join(__dirname, '..', 'fixtures', 'rules', 'undocumented-commitment', 'documented.md'), 'utf8');

describe('the register stays out of exports', () => {
  for (const format of ['html', 'txt'] as const) {
    test(format, () => {
      const out = exportLetter(text, format).output;
      expect(out).toContain('will quantify each material factor');
      expect(out).not.toMatch(/commitments:|owner:|Controller|status: open/);
    });
  }
});
