// The sources a catalog fact was checked against. An entry marked C names one of these in `source`; an entry marked
// K or ? was written from general knowledge and waits for a check. The keys are short so the tables stay compact.

export interface Source {
  title: string;
  url: string;
}

export const SOURCES: Record<string, Source> = {
  'LAWSTACK-229': { title: 'Regulation S-K table of contents (17 CFR 229), LawStack mirror of the CFR', url: 'https://law.lawstack.com/cfr/17/229/' },
  'ECFRIO-229-900': { title: 'eCFR mirror, 17 CFR 229 Subpart 229.900 (Roll-up Transactions)', url: 'https://ecfr.io/Title-17/Part-229/Subpart-229.900' },
  'GOVREGS-229-1300': { title: 'CFR mirror, 17 CFR 229 Subpart 229.1300 (Mining)', url: 'https://www.govregs.com/regulations/expand/title17_chapterII_part229_subpart229.1300_section229.1305' },
  'SELFLAW-229-1301': { title: 'CFR research copy, 17 CFR 229.1301', url: 'https://self-law.org/code/us/cfr/t17/s%C2%A7%20229.1301' },
  'GOVREGS-229-1400': { title: 'CFR mirror, 17 CFR 229 Subpart 229.1400 (Bank and savings and loan registrants)', url: 'https://www.govregs.com/regulations/expand/title17_chapterII_part229_subpart229.1400_section229.1406' },
  'LEXBUILD-ECFR': { title: 'LexBuild rendering of the eCFR (17 CFR 229.1601, 210.8-02, 210.8-08)', url: 'https://lexbuild.dev/ecfr/title-17/chapter-II/part-229/section-229.1601' },
  'SELFLAW-229-1602': { title: 'CFR research copy, 17 CFR 229.1602', url: 'https://self-law.org/code/us/cfr/t17/s%C2%A7%20229.1602' },
  'DART-SX8': { title: 'Deloitte DART, Regulation S-X Article 8', url: 'https://dart.deloitte.com/USDART/home/accounting/sec/rules-regulations/210_reg_s-x_edit/210-8-article-8-financial-statements' },
  'CORNELL-210': { title: 'Cornell LII, 17 CFR Part 210 table of contents', url: 'https://www.law.cornell.edu/cfr/text/17/part-210' },
  'ECFR-210-2014': { title: 'eCFR (2014 browse), 17 CFR Part 210 table of contents', url: 'http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&tpl=/ecfrbrowse/Title17/17cfr210_main_02.tpl' },
  'FASB-ASU-2021-10': { title: 'FASB, ASU 2021-10 Government Assistance (Topic 832) project page', url: 'https://fasb.org/page/PageContent?pageId=/projects/recentlycompleted/disclouser-by-entities-govt.html' },
  'ASC-STRUCTURE': { title: 'FASB Codification structure: every topic opens with subtopic 10, Overall (DART codification numbering table)', url: 'https://dart.deloitte.com/USDART/home/codification' },
  'IASPLUS-IFRIC': { title: 'IAS Plus (Deloitte), list of IFRIC Interpretations', url: 'https://www.iasplus.com/en-gb/standards/ifric' },
  'PCAOB-PRE2017': { title: 'PCAOB, Pre-Reorganized Auditing Standards and Interpretations (archive page listing AS No. 1–18)', url: 'https://pcaobus.org/oversight/standards/archived-standards/pre-reorganized-auditing-standards-interpretations' },
  'ECFRIO-229-511': { title: 'eCFR mirror, 17 CFR 229.511', url: 'https://ecfr.io/Title-17/Section-229.511' },
  'DART-MA': { title: 'Deloitte DART, Regulation S-K Subpart 229.1000 (Regulation M-A)', url: 'https://dart.deloitte.com/USDART/home/accounting/sec/rules-regulations/229-regulation-s-k/229-1000-mergers-acquisitions-regulation-m' },
  'SELFLAW-229-1004': { title: 'CFR research copy, 17 CFR 229.1004', url: 'https://self-law.org/code/us/cfr/t17/s%C2%A7%20229.1004' },
  'SELFLAW-229-1102': { title: 'CFR research copy, 17 CFR 229.1102', url: 'https://self-law.org/code/us/cfr/t17/s%C2%A7%20229.1102' },
  'ELAWS-210-5-03': { title: 'CFR mirror (updated November 2024), 17 CFR 210.5-03', url: 'http://federal.elaws.us/cfr/17-cfr-210.5-03(b)(1)' },
  'DART-EMI-APPB': { title: 'Deloitte DART, Roadmap: Equity Method Investees — SEC Reporting, Appendix B (titles of SEC literature)', url: 'https://dart.deloitte.com/USDART/home/accounting/sec/sec-reporting-interpretations-manual/roadmap-equity-method-investees-sec-reporting/appendix-b-titles-standards-other-literature/appendix-b-titles-standards-other-literature' },
  'FR-1994-12-20': { title: 'Federal Register, December 20, 1994 (Releases 33-7117 and 33-7118)', url: 'https://www.govinfo.gov/content/pkg/FR-1994-12-20/html/94-31035.htm' },
  'FR-2008-01-04': { title: 'Federal Register, January 4, 2008 (Release 33-8876)', url: 'http://www.gpo.gov/fdsys/pkg/FR-2008-01-04/html/E7-24965.htm' },
  'FR-2022-05-13': { title: 'Federal Register, May 13, 2022 (Release 33-11048)', url: 'https://www.govinfo.gov/content/pkg/FR-2022-05-13/html/2022-07189.htm' },
  'SEC-FRM-1': { title: 'SEC, Financial Reporting Manual, Topic 1', url: 'https://www.sec.gov/corpfin/cf-manual/cf-topic-1' },
  'IASPLUS-ASC470': { title: 'IAS Plus (Deloitte), ASC 470 — Debt: its six subtopics', url: 'https://www.iasplus.com/en-us/standards/fasb/liabilities/asc470' },
  'WILEY-GAAP-2019-815': { title: 'Wiley GAAP 2019, chapter on ASC 815: its eight subtopics', url: 'https://www.oreilly.com/library/view/wiley-gaap-2019/9781119511571/c51.xhtml' },
  RESEARCH: { title: 'Reference research notes (docs/reference-data.md in the shared docs), sources named per table there', url: 'https://www.iasplus.com/en-us/standards/fasb' },
};
