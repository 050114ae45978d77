// Every catalog entry has a title and a source mark, and every link is a well-formed https URL on the expected host.
import { describe, expect, test } from 'vitest';
import { ASC_SECTIONS, ASC_SUBTOPICS, ASC_TOPICS } from '../../server/src/core/references/catalog/asc';
import { CDI_SETS, NON_GAAP_QUESTIONS } from '../../server/src/core/references/catalog/cdi';
import type { CatalogEntry } from '../../server/src/core/references/catalog/entry';
import { FORM_10, FORM_10K, FORM_10Q, FORM_20F, FORM_20F_LEGACY, FORM_8K } from '../../server/src/core/references/catalog/forms';
import { IFRS_STANDARDS } from '../../server/src/core/references/catalog/ifrs';
import { PCAOB_LEGACY, PCAOB_STANDARDS } from '../../server/src/core/references/catalog/pcaob';
import { PRE_CODIFICATION } from '../../server/src/core/references/catalog/pre-codification';
import { REG_G, SK_ITEMS, SX_ARTICLES, SX_RULES } from '../../server/src/core/references/catalog/regulations';
import { SAB_NUMBERS, SAB_TOPICS } from '../../server/src/core/references/catalog/sab';
import { ASUS, EXCHANGE_ACT_RULES, RULE_83, SECURITIES_ACT_RULES } from '../../server/src/core/references/catalog/securities-acts';

const CATALOGS: Record<string, { entries: Iterable<CatalogEntry>; host?: RegExp }> = {
  'ASC topics': { entries: ASC_TOPICS.values(), host: /^asc\.fasb\.org$/ },
  'ASC sections': { entries: ASC_SECTIONS.values() },
  'ASC subtopics': { entries: ASC_SUBTOPICS.values() },
  'Form 10-K': { entries: FORM_10K.values(), host: /^www\.sec\.gov$/ },
  'Form 10-Q': { entries: FORM_10Q.values(), host: /^www\.sec\.gov$/ },
  'Form 8-K': { entries: FORM_8K.values(), host: /^www\.sec\.gov$/ },
  'Form 20-F (current)': { entries: FORM_20F.values(), host: /^www\.sec\.gov$/ },
  'Form 20-F (pre-2021)': { entries: FORM_20F_LEGACY.values(), host: /^www\.sec\.gov$/ },
  'Form 10': { entries: FORM_10.values(), host: /^www\.sec\.gov$/ },
  'Regulation S-K': { entries: SK_ITEMS.values(), host: /^www\.ecfr\.gov$/ },
  'Regulation S-X articles': { entries: SX_ARTICLES.values(), host: /^www\.ecfr\.gov$/ },
  'Regulation S-X rules': { entries: SX_RULES.values(), host: /^www\.ecfr\.gov$/ },
  'Regulation G': { entries: REG_G.values(), host: /^www\.ecfr\.gov$/ },
  'C&DI sets': { entries: CDI_SETS, host: /^www\.sec\.gov$/ },
  'Non-GAAP C&DIs': { entries: NON_GAAP_QUESTIONS.values(), host: /^www\.sec\.gov$/ },
  'SAB topics': { entries: SAB_TOPICS.values(), host: /^www\.sec\.gov$/ },
  'SAB numbers': { entries: SAB_NUMBERS.values(), host: /^www\.sec\.gov$/ },
  'IFRS/IAS': { entries: IFRS_STANDARDS.values(), host: /^www\.ifrs\.org$/ },
  'PCAOB AS': { entries: PCAOB_STANDARDS.values(), host: /^pcaobus\.org$/ },
  'PCAOB legacy': { entries: PCAOB_LEGACY.values() },
  'Exchange Act rules': { entries: EXCHANGE_ACT_RULES.values(), host: /^www\.ecfr\.gov$/ },
  'Securities Act rules': { entries: SECURITIES_ACT_RULES.values(), host: /^www\.ecfr\.gov$/ },
  'Rule 83': { entries: [RULE_83], host: /^www\.ecfr\.gov$/ },
  ASUs: { entries: ASUS.values(), host: /^www\.fasb\.org$/ },
  'Pre-codification': { entries: PRE_CODIFICATION.values() },
};

describe('reference catalog', () => {
  const sizes: string[] = [];
  for (const [name, { entries, host }] of Object.entries(CATALOGS)) {
    const list = [...entries];
    sizes.push(`${String(list.length).padStart(4)}  ${name}`);
    test(`${name}: titles, marks and links`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const e of list) {
        expect(e.id, name).toBeTruthy();
        expect(e.title.trim().length, `${name} ${e.id}`).toBeGreaterThan(0);
        expect(['C', 'K', '?'], `${name} ${e.id}`).toContain(e.mark);
        if (e.url) {
          const u = new URL(e.url);
          expect(u.protocol).toBe('https:');
          if (host) expect(u.host, e.url).toMatch(host);
          expect(e.url).not.toMatch(/\s|undefined/);
        }
      }
    });
  }
  test('sizes', () => console.log(sizes.join('\n')));

  test('every ASC topic, every 8-K item, and 20-F in both versions', () => {
    expect(ASC_TOPICS.size).toBeGreaterThanOrEqual(90);
    expect(FORM_8K.size).toBe(33);
    expect(FORM_20F.get('3.A')?.title).toBe('[Reserved]');
    expect(FORM_20F_LEGACY.get('3.A')?.title).toBe('Selected Financial Data');
    expect(FORM_20F.get('16F')?.title).toMatch(/Certifying Accountant/);
  });

  test('eCFR links point at the right part and section', () => {
    expect(SK_ITEMS.get('303')?.url).toBe('https://www.ecfr.gov/current/title-17/section-229.303');
    expect(SX_RULES.get('3-05')?.url).toBe('https://www.ecfr.gov/current/title-17/section-210.3-05');
    expect(REG_G.get('100(a)')?.url).toBe('https://www.ecfr.gov/current/title-17/section-244.100');
    expect(EXCHANGE_ACT_RULES.get('14a-9')?.url).toBe('https://www.ecfr.gov/current/title-17/section-240.14a-9');
    expect(SECURITIES_ACT_RULES.get('461')?.url).toBe('https://www.ecfr.gov/current/title-17/section-230.461');
  });
});
