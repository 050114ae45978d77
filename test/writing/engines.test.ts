// `npm ci` prints no EBADENGINE warning on a Node that package.json's engines admits: every locked package's own
// engines range must admit the lowest Node the project claims (issue 11, defect 13).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/letters';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

/** Does a simple npm range ("^20.19.0 || >=22.12.0", ">=16", "18 || 20 || >=22") admit this version? */
function admits(range: string, version: [number, number, number]): boolean {
  const cmp = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const parse = (v: string) => {
    const p = v.split('.').map(Number);
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0];
  };
  return range.replace(/([<>=^~])\s+(?=\d)/g, '$1').split('||').some((alt) =>
    alt.trim().split(/\s+(?=[<>^~=\d])/).every((c) => {
      const m = /^(>=|<=|>|<|\^|~|=)?\s*(\d+(?:\.\d+){0,2})/.exec(c.trim());
      if (!m) return true;
      const v = parse(m[2]);
      const parts = m[2].split('.').length;
      switch (m[1]) {
        case '>=': return cmp(version, v) >= 0;
        case '>': return cmp(version, v) > 0;
        case '<=': return cmp(version, v) <= 0;
        case '<': return cmp(version, v) < 0;
        case '^': return version[0] === v[0] && cmp(version, v) >= 0;
        case '~': return version[0] === v[0] && version[1] === v[1] && cmp(version, v) >= 0;
        default: return parts === 1 ? version[0] === v[0] : cmp(version, v) === 0;
      }
    }),
  );
}

it('every locked package supports the lowest Node that engines.node admits', () => {
  const lowest = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(manifest.engines.node);
  expect(lowest, `engines.node "${manifest.engines.node}" is a ">=" range`).not.toBeNull();
  const version: [number, number, number] = [Number(lowest![1]), Number(lowest![2]), Number(lowest![3] ?? 0)];
  const refusing = Object.entries(lock.packages as Record<string, { engines?: { node?: string }; optional?: boolean }>)
    .filter(([name, p]) => name && p.engines?.node && !admits(p.engines.node, version))
    .map(([name, p]) => `${name}: ${p.engines!.node}`);
  expect(refusing).toEqual([]);
});
