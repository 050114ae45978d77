// Structural facts about the reference catalog: only published ASC topics, every subtopic under a topic we hold,
// no designation listed twice, every link well formed, every confirmed fact naming the source it was checked in,
// and the corrections issue 15 asked for.
import { describe, expect, test } from 'vitest';
import { ASC_SUBTOPICS, ASC_TOPICS, ascSubtopicEntry } from '../../server/src/core/references/catalog/asc';
import { LazyMap, lazyTable } from '../../server/src/core/references/catalog/compact';
import { describe as describeCite } from '../../server/src/core/references/catalog/describe';
import type { CatalogEntry } from '../../server/src/core/references/catalog/entry';
import * as forms from '../../server/src/core/references/catalog/forms';
import { IFRS_STANDARDS } from '../../server/src/core/references/catalog/ifrs';
import { AU_TO_AS, PCAOB_LEGACY, PCAOB_STANDARDS } from '../../server/src/core/references/catalog/pcaob';
import { SK_ITEMS, SX_ARTICLES, SX_RULES } from '../../server/src/core/references/catalog/regulations';
import { FRC_SECTIONS, FRM_TOPICS, RELEASES } from '../../server/src/core/references/catalog/releases';
import { SAB_TOPICS } from '../../server/src/core/references/catalog/sab';
import { SOURCES } from '../../server/src/core/references/catalog/sources';
import { findCitations } from '../../server/src/core/references/citation';

// The FASB Codification's topics as published (FASB topic list, cross-checked in the reference research, plus
// Topic 832 from ASU 2021-10). Superseded topics the Codification still shows (605, 840, 915) are included.
const PUBLISHED_TOPICS = `105 205 210 215 220 225 230 235 250 255 260 270 272 274 275 280 305 310 320 321 323 325 326 330 340 350
  360 405 410 420 430 440 450 460 470 480 505 605 606 610 705 710 712 715 718 720 730 740 805 808 810 815 820 825 830
  832 835 840 842 845 848 850 852 853 855 860 905 908 910 912 915 920 922 924 926 928 930 932 940 942 944 946 948 950
  952 954 958 960 962 965 970 972 974 976 978 980 985 995`.split(/\s+/);

const TABLES: Record<string, Map<string, CatalogEntry>> = {
  'ASC topics': ASC_TOPICS,
  'ASC subtopics': ASC_SUBTOPICS,
  'Regulation S-K': SK_ITEMS,
  'Regulation S-X': SX_RULES,
  'Form S-1': forms.FORM_S1,
  'Form S-3': forms.FORM_S3,
  'Form S-4': forms.FORM_S4,
  'Form F-1': forms.FORM_F1,
  'Form F-3': forms.FORM_F3,
  'Form F-4': forms.FORM_F4,
  'Form 40-F': forms.FORM_40F,
  'Schedule 14A': forms.SCHEDULE_14A,
  'Schedule TO': forms.SCHEDULE_TO,
  'IFRS/IAS/IFRIC/SIC': IFRS_STANDARDS,
  'PCAOB AS': PCAOB_STANDARDS,
  'PCAOB legacy': PCAOB_LEGACY,
  'SAB topics': SAB_TOPICS,
  Releases: RELEASES,
  'FRC sections': FRC_SECTIONS,
  'FRM topics': FRM_TOPICS,
};

describe('catalog structure', () => {
  test('every ASC topic is a published topic, and every published topic is held', () => {
    expect([...ASC_TOPICS.keys()].filter((t) => !PUBLISHED_TOPICS.includes(t))).toEqual([]);
    expect(PUBLISHED_TOPICS.filter((t) => !ASC_TOPICS.has(t))).toEqual([]);
  });

  test('every ASC subtopic belongs to a topic we hold, and subtopic numbers have the right shape', () => {
    for (const id of ASC_SUBTOPICS.keys()) {
      const [topic, sub] = id.split('-');
      expect(ASC_TOPICS.has(topic), id).toBe(true);
      expect(sub, id).toMatch(/^(?:[1-9]\d|\d{3})$/);
      expect(sub, `${id}: -10 is the automatic Overall subtopic`).not.toBe('10');
    }
  });

  test('a table that lists a designation twice fails when read', () => {
    const bad = lazyTable('1|One|K\n1|Again|K', 'K');
    expect(() => bad.size).toThrow(/lists 1 twice/);
    const good = new LazyMap(() => [['a', 1] as const]);
    expect(good.get('a')).toBe(1);
  });

  for (const [name, table] of Object.entries(TABLES)) {
    test(`${name}: ids, titles, marks, sources and links`, () => {
      expect(table.size, name).toBeGreaterThan(0);
      for (const [key, e] of table) {
        expect(e.title.trim(), `${name} ${key}`).not.toBe('');
        expect(['C', 'K', '?'], `${name} ${key}`).toContain(e.mark);
        if (e.mark === 'C') expect(SOURCES[e.source ?? ''], `${name} ${key} is confirmed but names no known source`).toBeDefined();
        if (e.url) {
          const u = new URL(e.url);
          expect(u.protocol, e.url).toBe('https:');
          expect(e.url).not.toMatch(/\s|undefined|null/);
        }
      }
    });
  }

  test('designations have the shape of their regime', () => {
    for (const id of SK_ITEMS.keys()) expect(id).toMatch(/^\d{2,4}$/);
    for (const id of SX_RULES.keys()) {
      expect(id).toMatch(/^\d{1,2}A?-\d{2}$/);
      const article = SX_ARTICLES.get(id.split('-')[0]);
      expect(article, id).toBeDefined();
      expect(Number(id.split('-')[1]), id).toBeLessThanOrEqual(article!.lastRule);
    }
    for (const id of PCAOB_STANDARDS.keys()) expect(id).toMatch(/^[1-6]\d{3}$/);
    for (const [au, as] of AU_TO_AS) {
      expect(au).toMatch(/^\d{3}$/);
      expect(PCAOB_STANDARDS.has(as), `AU ${au} → AS ${as}`).toBe(true);
    }
    for (const id of RELEASES.keys()) expect(id).toMatch(/^(?:33|34|IC|IA|FR)-\d{3,5}A?$/);
    for (const id of SAB_TOPICS.keys()) expect(id).toMatch(/^\d{1,2}(?:\.[A-Z]{1,2}(?:\.\d)?)?$/);
  });

  test('every source is named with an https or http link', () => {
    for (const [key, s] of Object.entries(SOURCES)) {
      expect(s.title, key).not.toBe('');
      expect(new URL(s.url).protocol, key).toMatch(/^https?:$/);
    }
  });
});

describe('the corrections issue 15 named', () => {
  const one = (text: string) => {
    const c = findCitations(text)[0];
    return { c, d: describeCite(c) };
  };

  test('ASC 832 Government Assistance exists and is confirmed; ASC 273 does not exist', () => {
    expect(ASC_TOPICS.get('832')).toMatchObject({ title: 'Government Assistance', mark: 'C', source: 'FASB-ASU-2021-10' });
    expect(one('ASC 832-10-50-3').d.exists).toBe('yes');
    expect(ASC_TOPICS.has('273')).toBe(false);
    expect(one('ASC 273').d).toMatchObject({ exists: 'no' });
  });

  test('S-K Item 1300 is Definitions and 1301 General instructions; S-X 3-20 has its full title', () => {
    expect(SK_ITEMS.get('1300')?.title).toBe('Definitions');
    expect(SK_ITEMS.get('1301')?.title).toBe('General instructions');
    expect(SX_RULES.get('3-20')?.title).toBe('Currency for financial statements of foreign private issuers');
  });

  test('an unknown ASC subtopic is reported; the Overall subtopic is never marked', () => {
    const { d } = one('ASC 350-25-35-1');
    expect(d.exists).toBe('no');
    expect(d.problem).toMatch(/350-25 is not a subtopic of Topic 350/);
    expect(ascSubtopicEntry('606', '10')).toMatchObject({ title: 'Overall', mark: 'C' });
    // Industry topics are not exhaustively listed, so an unlisted subtopic there is only unverifiable.
    expect(one('ASC 932-999').d.exists).toBe('unverifiable');
  });

  test('every S-K subpart is itemised, with Regulation M-A, mining, banks and SPACs by title', () => {
    expect(SK_ITEMS.get('1015')?.title).toBe('Reports, opinions, appraisals and negotiations');
    expect(SK_ITEMS.get('1304')?.title).toBe('Individual property disclosure');
    expect(SK_ITEMS.get('1406')?.title).toBe('Deposits');
    expect(SK_ITEMS.get('1603')?.title).toBe('SPAC sponsor; conflicts of interest');
    expect(one('Item 1117 of Regulation S-K').d.exists).toBe('yes');
    expect(one('Item 1999 of Regulation S-K').d.exists).toBe('no');
  });

  test('S-X articles 3A, 6, 6A, 8 and 9 have rule titles', () => {
    for (const r of ['3A-02', '6-04', '6A-03', '8-04', '9-03']) expect(SX_RULES.get(r)?.title, r).toBeTruthy();
  });

  test('IFRIC and SIC interpretations have titles; withdrawn ones name their replacement', () => {
    expect(IFRS_STANDARDS.get('IFRIC 23')?.title).toBe('Uncertainty over Income Tax Treatments');
    expect(IFRS_STANDARDS.get('IFRIC 4')?.supersededBy).toBe('IFRS 16');
    expect(one('SIC-29').d.entry?.title).toBe('Service Concession Arrangements: Disclosures');
  });

  test('pre-2017 AU sections point at their AS number', () => {
    const { d } = one('AU sec. 332');
    expect(d.superseded?.by).toBe('AS 2503');
  });
});
