// What `npm run build` writes, checked as built (npm test builds first).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/letters';

const BUNDLES = ['server/out/server.js', 'server/out/language-server.js', 'server/out/drafting.js', 'server/out/cli.js', 'client/out/extension.js'];

describe('the bundles', () => {
  // One non-ASCII character anywhere makes V8 hold the whole source as two-byte text (2.9 MB instead of 1 MB for the
  // server), read and loaded at every start. esbuild escapes strings but not regular expressions or String.raw
  // templates: write those characters as \u escapes (for example \u201c for a curly quote).
  it.each(BUNDLES)('%s is ASCII only', (bundle) => {
    const file = path.join(ROOT, bundle);
    expect(fs.existsSync(file), 'run `npm run build` first').toBe(true);
    const bytes = fs.readFileSync(file);
    const at = bytes.findIndex((b) => b > 0x7f);
    expect(at === -1 ? '' : bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8'), `non-ASCII in ${bundle}`).toBe('');
  });
});
