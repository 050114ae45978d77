// Every snippet is valid JSON, expands with its defaults, and — placed where a drafter would use it — leaves a
// letter with no structural findings. New snippets must say where they go (PLACEMENT), so none goes untested.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { allRules } from '../../server/src/core/rules/registry';
import { ROOT } from '../helpers/letters';
import { expandSnippet } from './expand-snippet';

const FILE = path.join(ROOT, 'snippets', 'corresp.code-snippets');
const STRUCTURAL = new Set([
  'missing-response',
  'empty-response',
  'orphan-response',
  'duplicate-comment-number',
  'comment-number-gap',
  'comment-number-order',
  'letter-syntax',
  'internal-error',
]);

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

const FRONT = [
  '---',
  'company: Example Corp.',
  'filing: Form 10-K for the fiscal year ended December 31, 2024',
  'filed: 2025-02-14',
  'file-number: 001-12345',
  'staff-letter: 2025-06-02',
  'response-date: 2025-06-16',
  '---',
].join('\n');
const INTRO = `${FRONT}\n\nLadies and Gentlemen:\n\nThis letter sets forth the Company's responses to the Staff's letter dated June 2, 2025.\n\n`;
const CLOSING = '\n\n* * *\n\nVery truly yours,\n\n/s/ Jane Doe\n\nJane Doe\nChief Financial Officer\n';
const COMMENT = '> **1.** Please revise your disclosure of goodwill impairment in future filings.';

/** Where each snippet goes, as a function of its expanded text. `cursor` marks the insertion point. */
type Placement = (text: string) => string;
const asLetter: Placement = (t) => t;
const betweenIntroAndClosing: Placement = (t) => `${INTRO}${t}${CLOSING}`;
const responseBody: Placement = (t) => `${INTRO}${COMMENT}\n\n**Response:**\n\n${t}${CLOSING}`;
const beforeComment: Placement = (t) => `${INTRO}${t}\n\n${COMMENT}\n\n**Response:**\n\nThe Company respectfully advises the Staff that it will.${CLOSING}`;
const afterFrontMatter: Placement = (t) =>
  `${FRONT}\n\n${t}\n\nLadies and Gentlemen:\n\n${COMMENT}\n\n**Response:**\n\nThe Company respectfully advises the Staff that [***].${CLOSING}`;
const afterLastResponse: Placement = (t) =>
  `${INTRO}${COMMENT}\n\n**Response:**\n\nThe Company respectfully advises the Staff that [***].\n\n${t}${CLOSING}`;
const inRegister: Placement = (t) => `${FRONT.replace(/\n---$/, '\ncommitments:\n' + t + '\n---')}\n\n${COMMENT}\n\n**Response:**\n\nThe Company will revise its disclosure.${CLOSING}`;
/** A suppression must actually silence something: comment 1 has no response here. */
const silencing: Placement = (t) => `${INTRO}${t.replace(/\n(?=<!-- corresp-enable)/, `\n${COMMENT}\n`)}${/corresp-enable/.test(t) ? '' : `\n${COMMENT}`}${CLOSING}`;

const PLACEMENT: Record<string, Placement> = {
  'Response letter': asLetter,
  'Comment and response': betweenIntroAndClosing,
  'Comment with bullets and response': betweenIntroAndClosing,
  Caption: beforeComment,
  'Response committing to future disclosure': responseBody,
  'Proposed disclosure block': (t) => responseBody(`The Company will revise its disclosure as follows:\n\n${t}`),
  'Commitment register entry': inRegister,
  'Opening: respectfully advises': responseBody,
  'Opening: acknowledges the comment': responseBody,
  'Opening: in response to the comment': responseBody,
  'Opening: respectfully submits': responseBody,
  'Rule 83 legend': afterFrontMatter,
  'Rule 83 request in a response': responseBody,
  'Rule 83 closing request': afterLastResponse,
  'Redaction marker': (t) => responseBody(`The Company respectfully advises the Staff that the amount was ${t}.`),
  'Suppress a rule for the next line': silencing,
  'Suppress a rule in a region': silencing,
};

const raw = fs.readFileSync(FILE, 'utf8');
const snippets = JSON.parse(raw) as Record<string, Snippet>;

function structural(text: string) {
  return analyze(text).findings.filter((f) => STRUCTURAL.has(f.rule));
}

describe('snippets/corresp.code-snippets', () => {
  it('is a JSON object of snippets with prefix, description and body', () => {
    expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(10);
    for (const [name, s] of Object.entries(snippets)) {
      expect(s.prefix, name).toBeTruthy();
      expect(typeof s.description, name).toBe('string');
      expect(s.description.length, name).toBeGreaterThan(10);
      expect(Array.isArray(s.body) || typeof s.body === 'string', name).toBe(true);
    }
  });

  it('starts every prefix with "corresp-", so ordinary markdown files get no stray suggestions', () => {
    for (const [name, s] of Object.entries(snippets)) for (const p of [s.prefix].flat()) expect(p, name).toMatch(/^corresp-[a-z0-9-]+$/);
  });

  it('uses each prefix once', () => {
    const seen = new Map<string, string>();
    for (const [name, s] of Object.entries(snippets)) {
      for (const p of [s.prefix].flat()) {
        expect(seen.get(p), `prefix "${p}" of "${name}"`).toBeUndefined();
        seen.set(p, name);
      }
    }
  });

  it('says where every snippet goes', () => {
    expect(Object.keys(snippets).sort()).toEqual(Object.keys(PLACEMENT).sort());
  });

  it('offers only real rule ids in suppression choices', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const name of ['Suppress a rule for the next line', 'Suppress a rule in a region']) {
      const { choices } = expandSnippet(snippets[name].body);
      for (const id of choices.get(1) ?? []) expect(ids, `${name}: ${id}`).toContain(id);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`"${name}" expanded yields a letter with no structural findings`, () => {
      const { text } = expandSnippet(s.body);
      expect(text).not.toMatch(/\$\{?\w/);
      const place = PLACEMENT[name];
      expect(place, `placement for ${name}`).toBeDefined();
      const letter = place(text);
      const found = structural(letter);
      expect(found.map((f) => `${f.rule}: ${f.message}`), letter).toEqual([]);
      expect(analyze(letter).letter.comments.length, letter).toBeGreaterThanOrEqual(1);
    });
  }
});

describe('what the snippets produce', () => {
  const expand = (name: string) => expandSnippet(snippets[name].body).text;

  it('the letter skeleton fills the front matter facts, one comment and its response', () => {
    const a = analyze(expand('Response letter'));
    expect(a.letter.facts.source).toBe('front-matter');
    expect(a.letter.facts.company).toBe('Company Name, Inc.');
    expect(a.letter.facts.filing).toBe('Form 10-K for the fiscal year ended December 31, 2024');
    expect(a.letter.facts.fileNumber).toBe('001-12345');
    expect(a.letter.facts.staffLetterDate).toBe('2025-06-02');
    expect(a.letter.facts.responseDate).toBe('2025-06-16');
    expect(a.letter.facts.extra.signer ?? a.letter.facts.extra['signer']).toBe('Jane Doe, Chief Financial Officer');
    expect(a.letter.comments.map((c) => c.number)).toEqual([1]);
    expect(a.letter.responses.map((r) => r.number)).toEqual([1]);
    expect(a.letter.comments[0].pageRef).toBe('45');
    expect(a.letter.responses[0].text).not.toMatch(/Very truly yours|cc:/);
  });

  it('the comment with bullets keeps its sub-requests', () => {
    const a = analyze(betweenIntroAndClosing(expand('Comment with bullets and response')));
    expect(a.letter.comments[0].bullets).toHaveLength(2);
  });

  it('the commitment names its first filing and is detected as a commitment', () => {
    const text = expand('Response committing to future disclosure');
    expect(text).toContain('Beginning with our Annual Report on Form 10-K for the fiscal year ending December 31, 2025, the Company will revise');
    expect(text).toContain('Proposed disclosure (for the Annual Report on Form 10-K for the fiscal year ending December 31, 2025):');
    const a = analyze(responseBody(text));
    expect(a.commitments.length).toBeGreaterThanOrEqual(1);
    expect(a.commitments[0].target ?? '').toMatch(/Form 10-K for the fiscal year ending December 31, 2025/);
    expect(a.findings.map((f) => f.rule)).not.toContain('commitment-without-filing');
    expect(a.findings.map((f) => f.rule)).not.toContain('proposed-disclosure-missing');
  });

  it('the suppression comments are read as suppressions and silence the rule they name', () => {
    for (const name of ['Suppress a rule for the next line', 'Suppress a rule in a region']) {
      const letter = silencing(expand(name));
      const a = analyze(letter);
      expect(a.letter.suppressions.length, name).toBeGreaterThanOrEqual(1);
      expect(a.letter.suppressions[0].rules, name).toEqual(['missing-response']);
      // Without the suppression the same letter has the finding.
      const bare = letter.replace(/<!--[^]*?-->\n?/g, '');
      expect(analyze(bare).findings.map((f) => f.rule), name).toContain('missing-response');
    }
  });

  it('the Rule 83 snippets together make a letter the confidential-marking rule accepts', () => {
    const letter = [
      FRONT,
      '',
      expand('Rule 83 legend'),
      'Ladies and Gentlemen:',
      '',
      COMMENT,
      '',
      '**Response:**',
      '',
      expand('Rule 83 request in a response'),
      '',
      `The amount was ${expand('Redaction marker')}.`,
      '',
      expand('Rule 83 closing request'),
      CLOSING,
    ].join('\n');
    const a = analyze(letter);
    expect(a.findings.filter((f) => f.rule === 'confidential-marking' || STRUCTURAL.has(f.rule)).map((f) => f.message)).toEqual([]);
    // Without the legend the same markers are flagged, so the check above is not vacuous.
    const bare = letter.replace(expand('Rule 83 legend'), '').replace(/\*\*Confidential Treatment Requested[^\n]*\n/, '').replace(/Pursuant to Rule 83[^\n]*/, '');
    expect(analyze(bare).findings.map((f) => f.rule)).toContain('confidential-marking');
  });

  it('the Rule 83 legend carries the FOIA heading, the name and the 17 CFR 200.83 citation', () => {
    const text = expand('Rule 83 legend');
    expect(text).toMatch(/^\*\*FOIA Confidential Treatment Request\*\*/);
    expect(text).toContain('CONFIDENTIAL TREATMENT REQUESTED BY COMPANY NAME, INC.');
    expect(text).toContain('17 C.F.R. § 200.83');
    expect(text).toContain('[***]');
  });
});
