// One decoder for letters and staff letters (CLI and client), one schema for corresp.config.json and the corresp.*
// settings, and HTML entities decoded by the `entities` package.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../server/src/core/text/decode';
import { decodeLetterBytes } from '../../client/src/drafting';
import { decodeLetter, decodeStaffLetter, InputError } from '../../server/src/cli/read-letter';
import { readSettings } from '../../server/src/core/settings';
import { allRules } from '../../server/src/core/rules/registry';
import { decodeEntities } from '../../server/src/core/import/html-to-text';
import { ROOT } from '../helpers/letters';

describe('one decoder', () => {
  // Every byte 0x80–0x9F that Windows-1252 defines, then Latin-1: none may come out as a C1 control character.
  const cp1252 = Uint8Array.from([0x80, 0x82, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9c, 0x9f, 0xe9]);

  it('maps Windows-1252 0x80–0x9F to their characters (Node decodes the label as Latin-1)', () => {
    expect(new TextDecoder('windows-1252').decode(Uint8Array.from([0x93]))).toBe('\u0093'); // why the table exists
    expect(decodeText(cp1252, { windows1252: true })).toEqual({ text: '\u20AC\u201A\u2026\u2018\u2019\u201C\u201D\u2013\u2014\u2122\u0153\u0178\u00E9', encoding: 'windows-1252' });
  });

  it('is the one the client and the CLI use', () => {
    const expected = '\u20AC\u201A\u2026\u2018\u2019\u201C\u201D\u2013\u2014\u2122\u0153\u0178\u00E9';
    expect(decodeLetterBytes(cp1252)).toBe(expected);
    expect(decodeStaffLetter(cp1252, 'staff.htm')).toBe(expected);
    expect(() => decodeLetter(cp1252, 'a.corresp.md')).toThrow(/a\.corresp\.md: is not valid UTF-8 text/);
  });

  it('reads UTF-8 strictly, drops a BOM, refuses binary and empty input', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF\u201Cx\u201D'), { windows1252: false })).toEqual({ text: '\u201Cx\u201D', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0x41, 0, 0x42]), { windows1252: true })).toEqual({ problem: 'binary' });
    expect(() => decodeLetter(new Uint8Array(), '<stdin>')).toThrow(InputError);
    expect(() => decodeLetter(new TextEncoder().encode(' \n\t\n'), '<stdin>')).toThrow(/<stdin>: is empty/);
  });
});

describe('one settings schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'corresp.config.schema.json'), 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('describes the corresp.* settings exactly as package.json contributes them', () => {
    const props = manifest.contributes.configuration.properties;
    for (const key of ['rules', 'maxFileSize', 'workspaceReview']) {
      const { scope, ...setting } = props[`corresp.${key}`];
      expect(scope).toBe('resource');
      expect(setting, key).toEqual(schema.properties[key]);
    }
    expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: 'corresp.config.json', url: './schemas/corresp.config.schema.json' });
  });

  it('names every rule of the registry, and only those', () => {
    expect([...schema.properties.rules.propertyNames.enum].sort()).toEqual(allRules.map((r) => r.id).sort());
  });

  it('readSettings follows it and names each key it refuses', () => {
    expect(readSettings({ rules: { 'hedged-commitment': 'off', 'missing-response': false, 'empty-response': true }, maxFileSize: 2048 })).toEqual({
      settings: { rules: { 'hedged-commitment': 'off', 'missing-response': 'off' }, maxFileSize: 2048, workspaceReview: true },
      problems: [],
    });
    expect(readSettings({ rules: { nope: 'off', 'missing-response': 'loud' }, maxFileSize: 10, extra: 1 }).problems).toEqual([
      '"rules": there is no rule "nope" (see docs/rules/)',
      '"rules.missing-response" is "loud"; expected one of error, warning, info, hint, off, true, false',
      '"maxFileSize" must be at least 1024, not 10',
      'unknown setting "extra"; expected one of rules, maxFileSize, workspaceReview',
    ]);
    expect(readSettings([]).problems).toEqual(['the settings must be an object, not an array']);
    // VS Code's section also holds the client's own trace setting.
    expect(readSettings({ trace: { server: 'off' } }, ['trace']).problems).toEqual([]);
  });
});

describe('HTML entities (entities package)', () => {
  it('decodes named, numeric and legacy references; spacing ones become a space, invisible ones nothing', () => {
    expect(decodeEntities('&ldquo;A&rdquo; &amp; B&nbsp;&ndash;&#8212;&#x2019;&copy;&shy;&zwnj;')).toBe('\u201CA\u201D & B \u2013\u2014\u2019\u00A9');
    expect(decodeEntities('&#147;quoted&#148; &eacute;t&eacute; &Ouml;')).toBe('\u201Cquoted\u201D \u00E9t\u00E9 \u00D6');
    // Unknown names stay as written; a raw no-break space is the author's, and stays.
    expect(decodeEntities('AT&T &bogus; x\u00A0y')).toBe('AT&T &bogus; x\u00A0y');
  });
});
