// What `npm run build` writes, checked as built (npm test builds first).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/letters';

const BUNDLES = ['server/out/server.js', 'server/out/language-server.js', 'server/out/drafting.js', 'server/out/cli.js', 'client/out/extension.js', 'client/out/language-client.js'];

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

describe('the extension entry', () => {
  // The extension activates for every markdown file; the language client (vscode-languageclient) loads only when a
  // letter needs the server, from its own bundle.
  it('leaves the language client to its own bundle, required on first need', () => {
    const entry = fs.readFileSync(path.join(ROOT, 'client/out/extension.js'), 'utf8');
    expect(entry).toContain('require("./language-client.js")');
    // Names only vscode-languageclient's code carries: none is in the entry; all are in the client's bundle.
    const client = fs.readFileSync(path.join(ROOT, 'client/out/language-client.js'), 'utf8');
    for (const name of ['textDocument/publishDiagnostics', 'Content-Length', '$/cancelRequest']) {
      expect(entry.includes(name), `${name} in the entry`).toBe(false);
      expect(client.includes(name), `${name} in the language client's bundle`).toBe(true);
    }
    expect(entry.length).toBeLessThan(60_000);
  });
});
