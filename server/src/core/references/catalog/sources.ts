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
  RESEARCH: { title: 'Reference research notes (docs/reference-data.md in the shared docs), sources named per table there', url: 'https://www.iasplus.com/en-us/standards/fasb' },
};
