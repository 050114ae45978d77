// The TextMate grammars (syntaxes/) tokenised with vscode-textmate + vscode-oniguruma, the engine VS Code uses.
// The injection is registered the way package.json says (contributes.grammars[].injectTo), so the manifest is
// exercised too. Markdown is a small stand-in grammar with the constructs that interact with the injection
// (front matter, headings, block quotes, bold, HTML comments, code); when the e2e tools are installed
// (.cache/code-server), the same fixtures also run against VS Code's real markdown grammar.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers/letters';

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributed: GrammarContribution[] = manifest.contributes.grammars;

const REAL_MARKDOWN = path.join(ROOT, '.cache/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');

const STUB_MARKDOWN = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#frontMatter' }, { include: '#block' }],
  repository: {
    frontMatter: { begin: '\\A-{3}\\s*$', end: '^-{3}\\s*$', contentName: 'meta.embedded.block.frontmatter', patterns: [{ include: 'source.yaml' }] },
    block: { patterns: [{ include: '#fenced' }, { include: '#heading' }, { include: '#quote' }, { include: '#html' }, { include: '#inline' }] },
    fenced: { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    heading: {
      match: '^(#{1,6})\\s+(.*)$',
      name: 'markup.heading.markdown',
      captures: { 1: { name: 'punctuation.definition.heading.markdown' }, 2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] } },
    },
    quote: { begin: '^\\s{0,3}(>) ?', while: '^\\s{0,3}(>) ?', name: 'markup.quote.markdown', patterns: [{ include: '#block' }] },
    html: { begin: '<!--', end: '-->', name: 'comment.block.html' },
    inline: {
      patterns: [
        { match: '`[^`]+`', name: 'markup.inline.raw.string.markdown' },
        { begin: '\\*\\*(?=\\S)', end: '(?<=\\S)\\*\\*|$', name: 'markup.bold.markdown', patterns: [{ include: '#inline' }] },
        { match: '\\[([^\\]]+)\\]\\(([^)]+)\\)', name: 'meta.link.inline.markdown' },
      ],
    },
  },
};
const STUB_YAML = {
  scopeName: 'source.yaml',
  patterns: [{ match: '^([\\w-]+)(:)', captures: { 1: { name: 'entity.name.tag.yaml' }, 2: { name: 'punctuation.separator.key-value.mapping.yaml' } } }],
};

async function registryWith(markdown: object): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const onigLib = Promise.resolve({
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  });
  const injections = new Map<string, string[]>();
  for (const g of contributed) for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
  return new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(markdown), 'markdown.json');
      if (scopeName === 'source.yaml') return vsctm.parseRawGrammar(JSON.stringify(STUB_YAML), 'yaml.json');
      const g = contributed.find((c) => c.scopeName === scopeName);
      if (!g) return null;
      const file = path.join(ROOT, g.path);
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
    getInjections: (scopeName) => injections.get(scopeName),
  });
}

interface Tok {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

function tokenize(grammar: vsctm.IGrammar, text: string): Tok[][] {
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
}

/** Tokens that cover `needle` (the first occurrence at or after `from`) on the given line. */
function covering(lines: Tok[][], lineText: string[], line: number, needle: string, from = 0): Tok[] {
  const at = lineText[line].indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" is not on line ${line}: ${lineText[line]}`);
  return lines[line].filter((t) => t.end > at && t.start < at + needle.length);
}

// ---- the fixture letter: [line text, [[substring, scope | `!scope` (must not have it)], ...]] ---------------
const C = 'entity.name.type.citation';
type Check = [needle: string, scope: string];
const FIXTURE: [string, Check[]][] = [
  ['---', [['---', 'meta.front-matter.corresp?']]],
  ['company: Example Corp.', [['company', 'meta.embedded.block.frontmatter']]],
  ['filing: Form 10-K referring to ASC 350-20-35-30', [['ASC 350-20-35-30', `!${C}`]]],
  ['---', []],
  ['', []],
  ['<!-- corresp-disable-next-line missing-response, empty-response -- answered by phone on June 3 -->', [
    ['<!--', 'comment.block.suppression.corresp'],
    ['corresp-disable-next-line', 'keyword.control.suppression.corresp'],
    ['missing-response', 'constant.language.rule-id.corresp'],
    ['empty-response', 'constant.language.rule-id.corresp'],
    ['answered by phone on June 3', 'string.unquoted.reason.corresp'],
    ['answered by phone on June 3', 'comment.block.suppression.corresp'],
  ]],
  ['<!-- an ordinary note about ASC 350-20-35-30 and [***] -->', [['ASC 350-20-35-30', `!${C}`], ['[***]', '!markup.deleted.redaction.corresp']]],
  ['# Item 5. Operating and Financial Review and Prospects', [['Item 5.', `!${C}`], ['Item 5.', '!constant.numeric.comment-number.corresp']]],
  ['## Goodwill, page 84', [['page', 'keyword.other.page.corresp'], ['84', 'constant.numeric.page.corresp']]],
  ['## Notes to Financial Statements, page F-12', [['F-12', 'constant.numeric.page.corresp']]],
  ['> **5.** Tell us whether your MNS reporting unit was at risk. Refer to ASC 350-20-35-30.', [
    ['5', 'constant.numeric.comment-number.corresp'],
    ['5', 'markup.quote.markdown'],
    ['ASC 350-20-35-30', `${C}.asc.corresp`],
    ['Tell us', 'markup.quote.markdown'],
  ]],
  ['>', []],
  ['> - The percentage by which fair value exceeded carrying value, see prior comment 4;', [['4', 'constant.numeric.comment-number.reference.corresp']]],
  ['', []],
  ['**Response:**', [['Response', 'keyword.other.response-label.corresp'], [':', 'punctuation.separator.response-label.corresp']]],
  ['', []],
  ['The Company respectfully advises the Staff that Item 5.D of Form 20-F and Rule 3-05 of Regulation S-X apply.', [
    ['Item 5.D of Form 20-F', `${C}.form-item.corresp`],
    ['Rule 3-05 of Regulation S-X', `${C}.regulation-s-x.corresp`],
    ['The Company', `!${C}`],
  ]],
  ['Refer to Item 303(b) of Regulation S-K, Item 100(a) of Regulation G, Question 102.11 and SAB Topic 13.', [
    ['Item 303(b) of Regulation S-K', `${C}.regulation-s-k.corresp`],
    ['Item 100(a) of Regulation G', `${C}.regulation-g.corresp`],
    ['Question 102.11', `${C}.cdi.corresp`],
    ['SAB Topic 13', `${C}.sab.corresp`],
  ]],
  ['Under IAS 36, paragraph 134(d) of IAS 36, Topic 842, ASU 2023-08 and PCAOB AS 2201.69 we reviewed it.', [
    ['IAS 36', `${C}.ifrs.corresp`],
    ['paragraph 134(d) of IAS 36', `${C}.ifrs.corresp`],
    ['Topic 842', `${C}.asc.corresp`],
    ['ASU 2023-08', `${C}.asu.corresp`],
    ['PCAOB AS 2201.69', `${C}.pcaob.corresp`],
  ]],
  ['See Rule 12b-4, Rule 461 under the Securities Act, Section 12(b) of the Exchange Act and 17 C.F.R. § 200.83.', [
    ['Rule 12b-4', `${C}.exchange-act.corresp`],
    ['Rule 461 under the Securities Act', `${C}.securities-act.corresp`],
    ['Section 12(b) of the Exchange Act', `${C}.act-section.corresp`],
    ['17 C.F.R. § 200.83', `${C}.cfr.corresp`],
  ]],
  ['Call 202-551-3364 about File No. 001-33462 under IFRS generally; see paragraph 944-40-50-4B.', [
    ['202-551-3364', `!${C}`],
    ['001-33462', `!${C}`],
    ['IFRS', `!${C}`],
    ['944-40-50-4B', `${C}.asc.corresp`],
  ]],
  ['In future filings, the Company will revise its disclosures; the Company undertakes to update them going forward.', [
    ['In future filings', 'keyword.other.commitment.corresp'],
    ['will revise', 'keyword.other.commitment.corresp'],
    ['undertakes to', 'keyword.other.commitment.corresp'],
    ['going forward', 'keyword.other.commitment.corresp'],
    ['the Company', '!keyword.other.commitment.corresp'],
  ]],
  ['Beginning with our Form 10-Q for the quarter ending March 31, 2024, we will disclose the rate.', [
    ['Beginning', 'keyword.other.commitment.corresp'],
    ['Form 10-Q for the quarter ending March 31, 2024', 'string.other.filing.corresp'],
    ['Form 10-Q for the quarter ending March 31, 2024', 'meta.commitment.filing.corresp'],
    ['will disclose', 'keyword.other.commitment.corresp'],
  ]],
  ['The Company will update future annual reports, beginning with our Annual Report on Form 10-K for the fiscal year ending December 31, 2024.', [
    ['Annual Report on Form 10-K for the fiscal year ending December 31, 2024', 'string.other.filing.corresp'],
  ]],
  ['**Confidential Treatment Requested by Example Corp. pursuant to Rule 83, Request #1**', [
    ['Confidential Treatment Requested by', 'keyword.other.confidential-treatment.corresp'],
    ['Rule 83', `${C}.rules-of-practice.corresp`],
  ]],
  ['Revenue from Customer A was [***] and from Customer B [**].', [['[***]', 'markup.deleted.redaction.corresp'], ['[**]', 'markup.deleted.redaction.corresp']]],
  ['Revenues of [***]{RMB 8 million} were recognized.', [
    ['[***]', 'markup.deleted.redaction.corresp'],
    ['RMB 8 million', 'markup.inserted.redacted.corresp'],
    ['{', 'punctuation.definition.redacted.begin.corresp'],
    ['were recognized', '!meta.redaction.corresp'],
  ]],
  ['Use `ASC 606` literally.', [['ASC 606', `!${C}`]]],
  ['```', []],
  ['ASC 350-20-35-30 in a code block', [['ASC 350-20-35-30', `!${C}`]]],
  ['```', []],
  ['', []],
  ['**6.** We note your disclosure.', [['6', 'constant.numeric.comment-number.corresp']]],
  ['', []],
  ['Response to Comment 6:', [['Response to Comment 6', 'keyword.other.response-label.corresp']]],
  ['Acme Response:', [['Acme Response', 'keyword.other.response-label.corresp']]],
  ['Management’s Response:', [['Management’s Response', 'keyword.other.response-label.corresp']]],
  ['RESPONSE:', [['RESPONSE', 'keyword.other.response-label.corresp']]],
  ['Response', [['Response', 'keyword.other.response-label.corresp']]],
  ['Response times improved in 2024.', [['Response', '!keyword.other.response-label.corresp']]],
  ['## Comment 7', [['7', 'constant.numeric.comment-number.corresp'], ['Comment', 'keyword.other.comment-label.corresp']]],
  ['SEC Comment 8:', [['8', 'constant.numeric.comment-number.corresp']]],
  ['9.', [['9', 'constant.numeric.comment-number.corresp']]],
  ['1. a numbered list item inside a response', [['1', '!constant.numeric.comment-number.corresp']]],
  ['<!-- corresp-enable missing-response -->', [['corresp-enable', 'keyword.control.suppression.corresp'], ['missing-response', 'constant.language.rule-id.corresp']]],
];

/** Citation spellings from the corpus and the domain notes (docs/domain.md §C), each with the kind it must get. */
const CITATIONS: [string, string][] = [
  ['ASC 606', 'asc'],
  ['ASC 810-10-15-17(d)', 'asc'],
  ['FASB ASC Topic 842', 'asc'],
  ['Subtopic 350-20', 'asc'],
  ['ASC 944-40-50-4H', 'asc'],
  ['Item 10(e)(1)(i)(A) of Regulation S-K', 'regulation-s-k'],
  ['Items 303(a) and 303(b) of Regulation S-K', 'regulation-s-k'],
  ['Regulation S-K Item 101(c)(1)(iv)', 'regulation-s-k'],
  ['Instruction 3(F) to Item 305(a) of Regulation S-K', 'regulation-s-k'],
  ['Rules 3-10(i) and 10-01(a)(4) of Regulation S-X', 'regulation-s-x'],
  ['Article 11 of Regulation S-X', 'regulation-s-x'],
  ['S-X Rule 5-03(b)', 'regulation-s-x'],
  ['Item 2.02 of Form 8-K', 'form-item'],
  ['Item 5.D. of Form 20-F', 'form-item'],
  ['Item 1A of our Form 10-K', 'form-item'],
  ['Form 20-F Item 5.D', 'form-item'],
  ['Rule 100(b) of Regulation G', 'regulation-g'],
  ['Question 102.10(a)', 'cdi'],
  ['C&DI 104.04', 'cdi'],
  ['SAB No. 99', 'sab'],
  ['Staff Accounting Bulletin No. 104', 'sab'],
  ['SAB Topic 5.T', 'sab'],
  ['IFRS 15', 'ifrs'],
  ['IAS 36.134(d)', 'ifrs'],
  ['SIC-29', 'ifrs'],
  ['AS 1305', 'pcaob'],
  ['Auditing Standard No. 5', 'pcaob'],
  ['ASU No. 2016-13', 'asu'],
  ['17 CFR 229.303', 'cfr'],
  ['17 C.F.R. §200.83', 'cfr'],
  ['Exchange Act Rule 14a-9', 'exchange-act'],
  ['Rule 13a-14(a)', 'exchange-act'],
  ['Rule 430A', 'securities-act'],
  ['Rule 418 under the Securities Act', 'securities-act'],
  ['Section 15(d) of the Exchange Act', 'act-section'],
  ['Section 12(b) of the Securities Exchange Act of 1934', 'act-section'],
  ['FRM Topic 2', 'frm'],
];
const NOT_CITATIONS = [
  'File No. 333-253800 and File No. 001-33462',
  'Please call (202) 551-3364.',
  'Under IFRS the Company reports in euros.',
  'Topic 5 of the agenda and fiscal 2016 results.',
  'Item 7 of the agenda was discussed.',
];

const DOC = FIXTURE.map(([l]) => l);
const TEXT = DOC.join('\n');

function checkAll(lines: Tok[][], optionalFrontMatterScope: boolean): number {
  let n = 0;
  FIXTURE.forEach(([, checks], i) => {
    for (const [needle, raw] of checks) {
      if (raw.endsWith('?')) {
        if (!optionalFrontMatterScope) continue;
      }
      const negative = raw.startsWith('!');
      const scope = raw.replace(/^!|\?$/g, '');
      const toks = covering(lines, DOC, i, needle);
      expect(toks.length, `line ${i + 1} "${needle}"`).toBeGreaterThan(0);
      for (const t of toks) {
        const has = t.scopes.some((s) => s === scope || s.startsWith(scope + '.'));
        expect(has, `line ${i + 1} ${JSON.stringify(DOC[i])}: "${t.text}" in "${needle}" ${negative ? 'must not' : 'must'} have ${scope}; has ${t.scopes.join(' ')}`).toBe(!negative);
      }
      n++;
    }
  });
  return n;
}

describe('package.json grammar contributions', () => {
  it('contributes the corresp grammar and the injection into markdown and corresp', () => {
    expect(contributed.find((g) => g.scopeName === 'text.corresp')?.language).toBe('corresp');
    const inj = contributed.find((g) => g.scopeName === 'text.corresp.injection');
    expect(inj?.injectTo).toEqual(expect.arrayContaining(['text.html.markdown', 'text.corresp']));
    for (const g of contributed) expect(fs.existsSync(path.join(ROOT, g.path)), g.path).toBe(true);
  });
});

const variants: [string, object | undefined][] = [
  ['stand-in markdown grammar', STUB_MARKDOWN],
  ['VS Code markdown grammar', fs.existsSync(REAL_MARKDOWN) ? JSON.parse(fs.readFileSync(REAL_MARKDOWN, 'utf8')) : undefined],
];

for (const [label, markdown] of variants) {
  describe.skipIf(!markdown)(`grammar scopes (${label})`, () => {
    let registry: vsctm.Registry;
    beforeAll(async () => {
      registry = await registryWith(markdown!);
    });

    it('highlights a .corresp.md letter (text.corresp)', async () => {
      const g = await registry.loadGrammar('text.corresp');
      expect(g).toBeTruthy();
      const n = checkAll(tokenize(g!, TEXT), true);
      expect(n).toBeGreaterThan(60);
    });

    it('highlights a plain .md response letter through the injection (text.html.markdown)', async () => {
      const g = await registry.loadGrammar('text.html.markdown');
      expect(g).toBeTruthy();
      checkAll(tokenize(g!, TEXT), false);
    });

    it('scopes each kind of citation as written in real letters', async () => {
      const g = (await registry.loadGrammar('text.corresp'))!;
      for (const [cite, kind] of CITATIONS) {
        const line = `See ${cite} here.`;
        const [toks] = tokenize(g, line);
        const inside = toks.filter((t) => t.end > 4 && t.start < 4 + cite.length);
        for (const t of inside) expect(t.scopes, `"${t.text}" of "${cite}"`).toContain(`${C}.${kind}.corresp`);
        for (const t of toks.filter((t) => t.end <= 4 || t.start >= 4 + cite.length)) expect(t.scopes.join(' '), `outside "${cite}"`).not.toContain(C);
      }
      for (const text of NOT_CITATIONS) {
        const [toks] = tokenize(g, text);
        for (const t of toks) expect(t.scopes.join(' '), `"${t.text}" in "${text}"`).not.toContain(C);
      }
    });

    it('leaves ordinary markdown alone', async () => {
      const g = await registry.loadGrammar('text.html.markdown');
      const text = '# Release notes\n\nResponse times improved. Call 555-123-4567.\n\n1. First item\n2. Second item\n';
      const lines = tokenize(g!, text);
      for (const t of lines.flat()) expect(t.scopes.join(' '), t.text).not.toMatch(/corresp/);
    });
  });
}

describe('language-configuration.json', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  const word = new RegExp(config.wordPattern, 'gu');

  it('folds suppression regions and #region blocks, not next-line suppressions', () => {
    expect(start.test('<!-- corresp-disable missing-response -- answered orally -->')).toBe(true);
    expect(end.test('<!-- corresp-enable missing-response -->')).toBe(true);
    expect(start.test('<!-- #region Item 7 -->')).toBe(true);
    expect(start.test('<!-- corresp-disable-next-line missing-response -- reason -->')).toBe(false);
  });

  it('selects citations and markers as one word', () => {
    const words = (s: string) => s.match(word) ?? [];
    expect(words('Refer to ASC 350-20-35-30.')).toContain('ASC 350-20-35-30');
    expect(words('paragraph 944-40-50-4B')).toContain('944-40-50-4B');
    expect(words('Question 102.11 of')).toContain('102.11');
    expect(words('the amount was [***].')).toContain('[***]');
    expect(words('Form 10-K and Rule 3-05')).toEqual(['Form', '10-K', 'and', 'Rule', '3-05']);
  });
});
