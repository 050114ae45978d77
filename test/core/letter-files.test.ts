// The one definition of a letter file (server/src/core/letter-files.ts), shared by the CLI, the server and the client.
import { describe, expect, it } from 'vitest';
import { declaresResponseLetter, isLetterDocument, isLetterFile } from '../../server/src/core/letter-files';
import { isLetterFile as clientIsLetterFile } from '../../client/src/drafting';
import { isLetterFile as reviewIsLetterFile } from '../../server/src/lsp/workspace-review';

const DECLARED = '---\ncompany: Acme Corp.\n---\n\n> **1.** Tell us more.\n';

describe('letter files', () => {
  it.each([
    ['a.corresp.md', '', true],
    ['A.CORRESP.TXT', '', true],
    ['letter.md', DECLARED, true],
    ['letter.markdown', DECLARED, true],
    ['notes.md', '# Notes\n', false],
    ['staff.txt', DECLARED, false],
    ['staff.htm', DECLARED, false],
    ['letter.py', DECLARED, false],
  ])('%s → %s', (file, head, expected) => {
    expect(isLetterFile(file, () => head)).toBe(expected);
  });

  it('is the same function for the client and workspace review', () => {
    expect(clientIsLetterFile).toBe(isLetterFile);
    expect(reviewIsLetterFile).toBe(isLetterFile);
  });

  it('front matter declares a letter by corresp:, type:, company: or staff-letter:', () => {
    for (const key of ['corresp: true', 'type: response-letter', 'company: X', 'staff-letter: 2017-08-16']) expect(declaresResponseLetter(`---\n${key}\n---\n`)).toBe(true);
    expect(declaresResponseLetter('---\ntitle: Notes\n---\n')).toBe(false);
    expect(declaresResponseLetter('company: X\n')).toBe(false);
  });

  it('editor documents: corresp always, markdown by name or front matter, other languages never', () => {
    expect(isLetterDocument('corresp', 'untitled:Untitled-1', () => '')).toBe(true);
    expect(isLetterDocument('markdown', 'file:///a.corresp.md', () => '')).toBe(true);
    expect(isLetterDocument('markdown', 'untitled:Untitled-2', () => DECLARED)).toBe(true);
    expect(isLetterDocument('markdown', 'file:///notes.md', () => '# Notes')).toBe(false);
    for (const lang of ['plaintext', 'python', 'yaml', 'html']) expect(isLetterDocument(lang, 'file:///a.corresp.txt', () => DECLARED)).toBe(false);
  });
});
