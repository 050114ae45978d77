// The citation grammar against real-format strings (docs: shared domain.md §C, the corpus letters and the brief).
// Each row: the text, then the canonical forms expected, in order ([] = no cite). A row may pin more with a check.
import { describe, expect, test } from 'vitest';
import { findCitations, type Citation } from '../../server/src/core/references/citation';

type Row = [text: string, canonicals: string[], check?: (cites: Citation[]) => void];

const ASC: Row[] = [
  ['ASC 606', ['ASC 606']],
  ['ASC 606-10-25-19', ['ASC 606-10-25-19']],
  ['ASC 944-40-50-4H', ['ASC 944-40-50-4H']],
  ['ASC 280-10-50-40', ['ASC 280-10-50-40']],
  ['ASC 810-10-25-55', ['ASC 810-10-25-55']],
  ['ASC 205-20', ['ASC 205-20']],
  ['ASC 250-10', ['ASC 250-10']],
  ['ASC 740-30-50-2', ['ASC 740-30-50-2']],
  ['ASC 810-10-15-17(d)', ['ASC 810-10-15-17(d)'], (c) => expect(c[0].parts.path).toEqual(['d'])],
  ['ASC 350-20-35-30', ['ASC 350-20-35-30'], (c) => expect(c[0].parts).toMatchObject({ topic: '350', subtopic: '20', section: '35', paragraph: '30' })],
  ['Topic 606', ['ASC 606']],
  ['Topic 842', ['ASC 842']],
  ['Subtopic 350-20', ['ASC 350-20']],
  ['paragraph 805-30-30-1', ['ASC 805-30-30-1']],
  ['paragraphs 944-40-50-4B', ['ASC 944-40-50-4B'], (c) => expect(c[0].parts.paragraph).toBe('4B')],
  ['ASC 606-10-32-28', ['ASC 606-10-32-28']],
  ['FASB ASC 606', ['ASC 606']],
  ['FASB ASC Topic 842', ['ASC 842']],
  ['FASB ASC Subtopic 840-10', ['ASC 840-10']],
  ['FASB ASC Section 840-10-25', ['ASC 840-10-25']],
  ['FASB ASC paragraph 840-10-25-1', ['ASC 840-10-25-1']],
  ['FASB ASC subparagraph 840-10-25-1(b)', ['ASC 840-10-25-1(b)']],
  ['Accounting Standards Codification 718', ['ASC 718']],
  ['ASC Topic 606, Revenue from Contracts with Customers', ['ASC 606']],
  ['(606-10-50-12)', ['ASC 606-10-50-12']],
  ['see 944-40-50-4B.', ['ASC 944-40-50-4B']],
  ['ASC 605-50-25-4, 25-7, 25-8, and 25-9', ['ASC 605-50-25-4', 'ASC 605-50-25-7', 'ASC 605-50-25-8', 'ASC 605-50-25-9']],
  ['ASC 606-10-25-19 through 25-22', ['ASC 606-10-25-19', 'ASC 606-10-25-22'], (c) => expect(c.map((x) => x.range)).toEqual(['start', 'end'])],
  ['ASC 605-50-25-3 and 605-50-45-2', ['ASC 605-50-25-3', 'ASC 605-50-45-2']],
  ['ASC 944-40-50-4B through 4D', ['ASC 944-40-50-4B', 'ASC 944-40-50-4D']],
  ['ASC 805 and 810', ['ASC 805', 'ASC 810']],
  ['ASC 350-20-35-30 and 3 other paragraphs', ['ASC 350-20-35-30']],
  ['ASC 985-605', ['ASC 985-605']],
  ['ASC 740-10-25-3(a)(1)', ['ASC 740-10-25-3(a)(1)']],
  ['ASC 250-10-S99-1', ['ASC 250-10-S99-1'], (c) => expect(c[0].parts.section).toBe('S99')],
  ['ASC 718-740-25-2', ['ASC 718-740-25-2']],
  ['ASC\n605-50-50-1', ['ASC 605-50-50-1']],
  ['ASC 350.20.35.30', ['ASC 350-20-35-30'], (c) => expect(c[0].malformed?.expected).toBe('ASC 350-20-35-30')],
  ['ASC 28010-50-41', ['ASC 280-10-50-41'], (c) => expect(c[0].malformed).toBeDefined()],
  ['FASB ASC Topic 350-20', ['ASC 350-20'], (c) => expect(c[0].malformed?.reason).toMatch(/subtopic/)],
  ['ASC 2016-02', ['ASU 2016-02'], (c) => expect(c[0].malformed).toBeDefined()],
  ['ASC 350–20–35–30', ['ASC 350-20-35-30'], (c) => expect(c[0].malformed).toBeDefined()],
  ['ASC 999', ['ASC 999']],
  ['**ASC 350-20-35-30**', ['ASC 350-20-35-30'], (c) => expect(c[0].span).toEqual({ start: 2, end: 18 })],
  ['call 202-551-3364 today', []],
  ['File No. 001-35126', []],
  ['dated 2017-08-16', []],
  ['Topic 13', []],
  ['ASC', []],
  ['ASCII 606', []],
];

const SK: Row[] = [
  ['Item 10(e) of Regulation S-K', ['Item 10(e) of Regulation S-K']],
  ['Item 10(e)(1)(i)(A) of Regulation S-K', ['Item 10(e)(1)(i)(A) of Regulation S-K']],
  ['Item 303 of Regulation S-K', ['Item 303 of Regulation S-K']],
  ['Item 303(b) of Regulation S-K', ['Item 303(b) of Regulation S-K']],
  ['Item 303(a)(3)(ii) of Regulation S-K', ['Item 303(a)(3)(ii) of Regulation S-K']],
  ['Item 303(b)(2)(ii) of Regulation S-K', ['Item 303(b)(2)(ii) of Regulation S-K']],
  ['Item 407(h) of Regulation S-K', ['Item 407(h) of Regulation S-K']],
  ['Item 507 of Regulation S-K', ['Item 507 of Regulation S-K']],
  ['Item 402(b)(2)(vi) of Regulation S-K', ['Item 402(b)(2)(vi) of Regulation S-K']],
  ['Item 601(b)(2) of Regulation S-K', ['Item 601(b)(2) of Regulation S-K']],
  ['Regulation S-K Item 101(c)(1)(iv)', ['Item 101(c)(1)(iv) of Regulation S-K']],
  ['S-K Item 402(v)(2)(vi)', ['Item 402(v)(2)(vi) of Regulation S-K']],
  ['Items 303(a) and 303(b) of Regulation S-K', ['Item 303(a) of Regulation S-K', 'Item 303(b) of Regulation S-K'], (c) => expect(c[1].regime).toBe('list')],
  ['Instruction 3(F) to Item 305(a) of Regulation S-K', ['Instruction 3(F) to Item 305(a) of Regulation S-K']],
  ['Instruction 4 to Item 303(A) of Regulation S-K', ['Instruction 4 to Item 303(A) of Regulation S-K']],
  ['Item 10(e)(ii)(B) of Regulation S-K', ['Item 10(e)(ii)(B) of Regulation S-K']],
  ['Item 10(e)(1)(i)(A) of Regulation S- K', ['Item 10(e)(1)(i)(A) of Regulation S-K']],
  ['Item 303 and Item 305 of Regulation S-K', ['Item 303 of Regulation S-K', 'Item 305 of Regulation S-K']],
  ['Item 303 of Regulation\nS-K', ['Item 303 of Regulation S-K']],
  ['Item 10(e)', ['Item 10(e) of Regulation S-K'], (c) => expect(c[0].regime).toBe('guess')],
  ['Item 1202 of Regulation S-K', ['Item 1202 of Regulation S-K']],
  ['Regulation S-K', ['Regulation S-K']],
  ['Item 999 of Regulation S-K', ['Item 999 of Regulation S-K']],
];

const SX: Row[] = [
  ['Rule 3-05 of Regulation S-X', ['Rule 3-05 of Regulation S-X']],
  ['Rule 3-05(b)', ['Rule 3-05(b) of Regulation S-X'], (c) => expect(c[0].regime).toBe('guess')],
  ['Rule 4-08(e)', ['Rule 4-08(e) of Regulation S-X']],
  ['Rule 4-08(h)(2)', ['Rule 4-08(h)(2) of Regulation S-X']],
  ['Rule 4-08(k)', ['Rule 4-08(k) of Regulation S-X']],
  ['Rule 5-03(b)(2)', ['Rule 5-03(b)(2) of Regulation S-X']],
  ['Rule 1-02(w)', ['Rule 1-02(w) of Regulation S-X']],
  ['Rule 4-10(a)(31)', ['Rule 4-10(a)(31) of Regulation S-X']],
  ['Rule 7-04(10)', ['Rule 7-04(10) of Regulation S-X']],
  ['Rule 10-01(a)(5)', ['Rule 10-01(a)(5) of Regulation S-X']],
  ['Rule 11-02(b)(5)(i)', ['Rule 11-02(b)(5)(i) of Regulation S-X']],
  ['Rule 12-04(b)', ['Rule 12-04(b) of Regulation S-X']],
  ['Rules 3-10(i) and 10-01(a)(4) of Regulation S-X', ['Rule 3-10(i) of Regulation S-X', 'Rule 10-01(a)(4) of Regulation S-X'], (c) => expect(c.map((x) => x.regime)).toEqual(['explicit', 'list'])],
  ['Article 11 of Regulation S-X', ['Article 11 of Regulation S-X']],
  ['S-X Rule 5-03(b)', ['Rule 5-03(b) of Regulation S-X']],
  ['S-X 11-02(a)(6)(i)', ['Rule 11-02(a)(6)(i) of Regulation S-X']],
  ['Regulation S-X Rule 3-05', ['Rule 3-05 of Regulation S-X']],
  ['Article 4-08(h)(1) of Regulation S-X', ['Rule 4-08(h)(1) of Regulation S-X'], (c) => expect(c[0].malformed).toBeDefined()],
  ['Rule 5-03(b)(1) and (2) of Regulation S-X', ['Rule 5-03(b)(1) of Regulation S-X', 'Rule 5-03(b)(2) of Regulation S-X']],
  ['Rules 5-04 and 12-09 of\nRegulation S-X', ['Rule 5-04 of Regulation S-X', 'Rule 12-09 of Regulation S-X']],
  ['Rule 3-99 of Regulation S-X', ['Rule 3-99 of Regulation S-X']],
  ['Article 11 of the Company’s charter', []],
];

const FORMS: Row[] = [
  ['Item 2.02 of Form 8-K', ['Item 2.02 of Form 8-K']],
  ['Item 4.02 of Form 8-K', ['Item 4.02 of Form 8-K']],
  ['Item 1.01 of Form 8-K', ['Item 1.01 of Form 8-K']],
  ['Item 9.01 of Form 8-K', ['Item 9.01 of Form 8-K']],
  ['Item 1.05 of Form 8-K', ['Item 1.05 of Form 8-K']],
  ['Item 1A of our Form 10-K', ['Item 1A of Form 10-K']],
  ['Item 8 of the Form 10-K', ['Item 8 of Form 10-K']],
  ['Item 4(b) of Form S-4', ['Item 4(b) of Form S-4']],
  ['Item 18(a)(5)(i) of Form S-4', ['Item 18(a)(5)(i) of Form S-4']],
  ['Item 1 of Form 10', ['Item 1 of Form 10']],
  ['Item 5.D of Form 20-F', ['Item 5.D of Form 20-F']],
  ['Item 5D of Form 20-F', ['Item 5.D of Form 20-F']],
  ['Item 5.D. of Form 20-F', ['Item 5.D of Form 20-F'], (c) => expect(c[0].text).toBe('Item 5.D. of Form 20-F')],
  ['Item 16F of Form 20-F', ['Item 16F of Form 20-F']],
  ['Item 16.F of Form 20-F', ['Item 16F of Form 20-F']],
  ['Item 4A of Form 20-F', ['Item 4A of Form 20-F']],
  ['Item 4.A of Form 20-F', ['Item 4.A of Form 20-F']],
  ['Form 20-F Item 5.D', ['Item 5.D of Form 20-F']],
  ['Form 8-K Item 2.02', ['Item 2.02 of Form 8-K']],
  ['Part II, Item 1A of Form 10-Q', ['Part II, Item 1A of Form 10-Q']],
  ['Part I, Item 2 of our Quarterly Report on Form 10-Q', ['Part I, Item 2 of Form 10-Q']],
  ['Item 7 of the Company’s Annual Report on Form 10-K', ['Item 7 of Form 10-K']],
  ['Item 14(a)(2) of Schedule 14A', ['Item 14(a)(2) of Schedule 14A']],
  ['Item 1 of\nSchedule 14C', ['Item 1 of Schedule 14C']],
  ['Items 7 and 7A of Form 10-K', ['Item 7 of Form 10-K', 'Item 7A of Form 10-K']],
  ['Item 5.G of Form 20-F', ['Item 5.G of Form 20-F']],
  ['Item 7. Management’s Discussion and Analysis', []],
  ['# Item 5. Operating and Financial Review and Prospects', []],
  ['Item 3. Key Information\n\nA. Selected Financial Data, page 3', []],
  ['**Item 1A. Risk Factors**', []],
  ['Item 3.D Risk Factors', []],
  ['Refer to Item V of Release Nos. 33-8350/34-48960.', ['Item V of Release No. 33-8350', 'Release No. 34-48960']],
];

const REG_G: Row[] = [
  ['Rule 100(b) of Regulation G', ['Rule 100(b) of Regulation G']],
  ['Rule 100(a)(2) of Regulation G', ['Rule 100(a)(2) of Regulation G']],
  ['Item 100(a) of Regulation G', ['Rule 100(a) of Regulation G']],
  ['Regulation G', ['Regulation G']],
  ['Rule 100(a)(2) of Regulation G and Item 10(e)(1)(i)(B) of Regulation S-K', ['Rule 100(a)(2) of Regulation G', 'Item 10(e)(1)(i)(B) of Regulation S-K']],
  ['Rule 103 of Regulation G', ['Rule 103 of Regulation G']],
];

const CDI: Row[] = [
  ['Question 102.10 of the updated Non-GAAP Compliance and Disclosure Interpretations', ['Question 102.10 of the Non-GAAP Financial Measures C&DIs']],
  ['Question 100.04 of the Non-GAAP Financial Measures Compliance and Disclosure Interpretations', ['Question 100.04 of the Non-GAAP Financial Measures C&DIs']],
  ['Question 102.10 of the non-GAAP C&DIs', ['Question 102.10 of the Non-GAAP Financial Measures C&DIs']],
  ['Question 101.01 of the Tender Offer Rules and Schedules Compliance and Disclosure Interpretations', ['Question 101.01 of the Tender Offer Rules and Schedules C&DIs']],
  ['Regulation S-K Compliance and Disclosure Interpretation Question 119.02', ['Question 119.02 of the Regulation S-K C&DIs']],
  ['Question 102.11 of the Non-GAAP Compliance and Disclosure Interpretations', ['Question 102.11 of the Non-GAAP Financial Measures C&DIs'], (c) => expect(c[0].cdiResolution).toBe('stated')],
  ['Question 102.10 and 104.03 of the Non-GAAP Compliance and\nDisclosure Interpretations', ['Question 102.10 of the Non-GAAP Financial Measures C&DIs', 'Question 104.03 of the Non-GAAP Financial Measures C&DIs']],
  ['C&DI Question 104.04', ['C&DI Question 104.04'], (c) => expect(c[0].cdiResolution).toBe('none')],
  ['Our non-GAAP measures follow C&DI 102.11.', ['Question 102.11 of the Non-GAAP Financial Measures C&DIs'], (c) => expect(c[0].cdiResolution).toBe('non-gaap-context')],
  ['non-GAAP C&DI 102.10(a)', ['Question 102.10(a) of the Non-GAAP Financial Measures C&DIs']],
  ['Question 119.02', ['C&DI Question 119.02']],
  ['the Non-GAAP Compliance and Disclosure Interpretations. Later, Question 100.01 applies.', ['Question 100.01 of the Non-GAAP Financial Measures C&DIs'], (c) => expect(c[0].cdiResolution).toBe('earlier')],
  ['in response to Question 3', []],
];

const SAB: Row[] = [
  ['SAB 99', ['SAB No. 99']],
  ['SAB No. 99', ['SAB No. 99']],
  ['Staff Accounting Bulletin No. 99', ['SAB No. 99']],
  ['SAB No. 108', ['SAB No. 108']],
  ['SAB 101', ['SAB No. 101']],
  ['Staff Accounting Bulletin No. 104', ['SAB No. 104']],
  ['SAB Topic 11', ['SAB Topic 11']],
  ['SAB Topic 1.N', ['SAB Topic 1.N']],
  ['SAB Topic 11.M', ['SAB Topic 11.M']],
  ['SAB Topic 1.M', ['SAB Topic 1.M']],
  ['SAB Topic 13', ['SAB Topic 13']],
  ['SAB Topic 5', ['SAB Topic 5']],
  ['Topic 5.T', ['SAB Topic 5.T']],
  ['FRM Topic 2', ['FRM Topic 2']],
  ['SABMiller plc', []],
];

const IFRS: Row[] = [
  ['IAS 20.7', ['IAS 20.7']],
  ['IAS 20.24', ['IAS 20.24']],
  ['IAS 36', ['IAS 36']],
  ['IFRS 15', ['IFRS 15']],
  ['IFRS 16', ['IFRS 16']],
  ['paragraph 134(d) of IAS 36', ['IAS 36.134(d)']],
  ['IAS 36.134(d)', ['IAS 36.134(d)']],
  ['IFRIC 23', ['IFRIC 23']],
  ['SIC-29', ['SIC-29']],
  ['IFRS S2', ['IFRS S2']],
  ['prepared under IFRS as issued by the IASB', []],
  ['IFRS 2019 annual report', []],
];

const PCAOB: Row[] = [
  ['PCAOB AS 2201.69', ['AS 2201.69']],
  ['Auditing Standard 2201', ['AS 2201']],
  ['AS 1305', ['AS 1305']],
  ['Auditing Standard No. 5', ['Auditing Standard No. 5']],
  ['AU sec. 332', ['AU sec. 332']],
  ['as required by AS 1.', ['Auditing Standard No. 1']],
  ['SUCH AS 2 OF THE', []],
  ['Auditing Standards Board', []],
];

const ACTS: Row[] = [
  ['Rule 12b-4', ['Exchange Act Rule 12b-4']],
  ['Rule 14e-1(b)', ['Exchange Act Rule 14e-1(b)']],
  ['Rule 14a-12', ['Exchange Act Rule 14a-12']],
  ['Rule 13e-4(f)(8)(i)', ['Exchange Act Rule 13e-4(f)(8)(i)']],
  ['Exchange Act Rule 14a-9', ['Exchange Act Rule 14a-9']],
  ['Rule 15c2-8', ['Exchange Act Rule 15c2-8']],
  ['Rule 12g3-2(b)', ['Exchange Act Rule 12g3-2(b)']],
  ['Rule 461 under the Securities Act', ['Securities Act Rule 461']],
  ['Rule 430A', ['Securities Act Rule 430A']],
  ['Rule 405', ['Securities Act Rule 405']],
  ['Rule 421(b)', ['Securities Act Rule 421(b)']],
  ['Rule 144A', ['Securities Act Rule 144A']],
  ['Rule 418', ['Securities Act Rule 418']],
  ['Rules 460 and 461', ['Securities Act Rule 460', 'Securities Act Rule 461']],
  ['Rules 13a-14 and 15d-14', ['Exchange Act Rule 13a-14', 'Exchange Act Rule 15d-14']],
  ['Section 12(b) of the Securities Exchange Act of 1934', ['Section 12(b) of the Exchange Act']],
  ['Section 15(d) of the Exchange Act', ['Section 15(d) of the Exchange Act']],
  ['Section 27 of the Exchange Act', ['Section 27 of the Exchange Act']],
  ['Section 22 of the Securities Act', ['Section 22 of the Securities Act']],
  ['Sections 13(a) or 15(d) of the Exchange Act', ['Section 13(a) of the Exchange Act', 'Section 15(d) of the Exchange Act']],
  ['Section 404 of the Sarbanes-Oxley Act', ['Section 404 of the Sarbanes-Oxley Act']],
  ['Securities Act Rule 405', ['Securities Act Rule 405']],
  ['Exchange Act Section 13(a)', ['Section 13(a) of the Exchange Act']],
  ['17 C.F.R. § 200.83', ['17 CFR 200.83'], (c) => expect(c[0].kind).toBe('rule-83')],
  ['17 C.F.R. §200.83', ['17 CFR 200.83']],
  ['17 CFR 200.83', ['17 CFR 200.83']],
  ['17 CFR 229.303', ['17 CFR 229.303'], (c) => expect(c[0].kind).toBe('cfr')],
  ['17 CFR 240.12b-20', ['17 CFR 240.12b-20']],
  ['17 CFR 210.3-05', ['17 CFR 210.3-05']],
  ['17 CFR Part 229', ['17 CFR Part 229']],
  ['Rule 83', ['Rule 83']],
  ['Rule 83 of the Rules of Practice', ['Rule 83']],
  ['Section III.D of Release No. 33-6835', ['Section III.D of Release No. 33-6835']],
  ['in Section 5 below', []],
];

const OTHER: Row[] = [
  ['ASU 2023-08', ['ASU 2023-08']],
  ['ASU No. 2014-09', ['ASU 2014-09']],
  ['Accounting Standards Update 2016-02', ['ASU 2016-02']],
  ['ASUs 2016-01 and 2016-13', ['ASU 2016-01', 'ASU 2016-13']],
  ['FRM 1310.2', ['FRM 1310.2']],
  ['Financial Reporting Manual Section 2045', ['FRM 2045']],
  ['FAS 142', ['FAS 142']],
  ['SFAS 131', ['FAS 131']],
  ['SFAS No. 131', ['FAS 131']],
  ['Statement of Financial Accounting Standards No. 131', ['FAS 131']],
  ['FIN 48', ['FIN 48']],
  ['FASB Interpretation No. 46(R)', ['FIN 46(R)']],
  ['APB Opinion No. 25', ['APB 25']],
  ['EITF 00-21', ['EITF 00-21']],
  ['EITF Issue No. 00-21', ['EITF 00-21']],
  ['SOP 97-2', ['SOP 97-2']],
  ['Exhibit 99.1', []],
];

// The forms issue 15 names, each with its full extent ("text") and canonical form.
const extent = (text: string) => (c: Citation[]) => expect(c[0].text).toBe(text);
const ISSUE_15: Row[] = [
  ['Release No. 33-8350', ['Release No. 33-8350'], (c) => expect(c[0].parts.release).toBe('33-8350')],
  ['see Section III.B.3 of Release No. 33-8350.', ['Section III.B.3 of Release No. 33-8350'], extent('Section III.B.3 of Release No. 33-8350')],
  ['SEC Release No. 33-10751', ['Release No. 33-10751'], extent('SEC Release No. 33-10751')],
  ['Release Nos. 33-8176; 34-47226', ['Release No. 33-8176', 'Release No. 34-47226']],
  ['Exchange Act Release 43069', ['Release No. 34-43069']],
  ['Release No. 338350', ['Release No. 33-8350'], (c) => expect(c[0].malformed?.expected).toBe('Release No. 33-8350')],
  ['section 501.04 of our Codification of Financial Reporting Policies', ['Section 501.04 of the Financial Reporting Codification']],
  ['FRC 501.03', ['Section 501.03 of the Financial Reporting Codification']],
  ['Financial Reporting Codification Section 501.14', ['Section 501.14 of the Financial Reporting Codification']],
  ['Rule 3-05 of Regulation S-X applies. The pro forma information follows Article 11.', ['Rule 3-05 of Regulation S-X', 'Article 11 of Regulation S-X']],
  ['The pro forma adjustments comply with Article 11.', ['Article 11 of Regulation S-X']],
  ['Article 11 of the merger agreement governs termination.', []],
  ['under paragraph (b)(4) of Rule 3-05 of Regulation S-X', ['Rule 3-05(b)(4) of Regulation S-X'], extent('paragraph (b)(4) of Rule 3-05 of Regulation S-X')],
  ['paragraph (b)(2)(ii) of Item 303 of Regulation S-K', ['Item 303(b)(2)(ii) of Regulation S-K']],
  ['Instruction 5 of Regulation S-K Item 303(b)', ['Instruction 5 to Item 303(b) of Regulation S-K'], extent('Instruction 5 of Regulation S-K Item 303(b)')],
  ['Instruction 2 to Item 2.02 Form 8-K', ['Instruction 2 to Item 2.02 of Form 8-K']],
  ['Part 1, Item 2 of Form 10-Q', ['Part I, Item 2 of Form 10-Q']],
  ['Item 2 of Part I of Form 10-Q', ['Part I, Item 2 of Form 10-Q']],
  ['Item 1015(b)(4) of Regulation M-A', ['Item 1015(b)(4) of Regulation M-A'], (c) => expect(c[0].parts).toMatchObject({ item: '1015', path: ['b', '4'], regulation: 'M-A' })],
  ['see question 100.04 of the C&DIs', ['C&DI Question 100.04'], extent('question 100.04 of the C&DIs')],
  [
    'Question 102.10 of the Compliance and Disclosure Interpretations for Non-GAAP Financial Measures',
    ['Question 102.10 of the Non-GAAP Financial Measures C&DIs'],
    (c) => expect(c[0].cdiResolution).toBe('stated'),
  ],
  ['Question No. 102.07 of the Compliance & Disclosure Interpretations (“C&DIs”) on Non-GAAP Financial Measures', ['Question 102.07 of the Non-GAAP Financial Measures C&DIs']],
  ['ASAC 605-45-50-2', ['ASC 605-45-50-2'], (c) => expect(c[0].malformed?.expected).toBe('ASC 605-45-50-2')],
  ['ASC 605-4550-2', ['ASC 605-45-50-2'], (c) => expect(c[0].malformed?.expected).toBe('ASC 605-45-50-2')],
  ['see 740-20-45-11b.', ['ASC 740-20-45-11(b)'], (c) => expect(c[0].malformed?.expected).toBe('ASC 740-20-45-11(b)')],
  ['ASC 820-10-50-2bbb', ['ASC 820-10-50-2(bbb)'], (c) => expect(c[0].malformed).toBeDefined()],
  ['ASC 606-10- 65-1(i)', ['ASC 606-10-65-1(i)'], (c) => expect(c[0].malformed?.reason).toMatch(/space/)],
  ['ASC 280-10-50-1 through 9 and ASC 280-10-50-34', ['ASC 280-10-50-1', 'ASC 280-10-50-9', 'ASC 280-10-50-34'], (c) => expect(c[2].text).toBe('ASC 280-10-50-34')],
  ['Section 13(a) or Section 15(d) of the Exchange Act', ['Section 13(a) of the Exchange Act', 'Section 15(d) of the Exchange Act'], (c) => expect(c[1].text).toBe('Section 15(d) of the Exchange Act')],
  ['Rule 10D-1 under the Exchange Act', ['Exchange Act Rule 10D-1']],
  ['Item 8.A.4 of Form 20-F', ['Item 8.A.4 of Form 20-F']],
  ['SAB Topic 1:B.1', ['SAB Topic 1.B.1']],
  ['You may refer to Question 4 of SAB Topic 1:B.1 if needed.', ['Question 4 of SAB Topic 1.B.1'], extent('Question 4 of SAB Topic 1:B.1')],
  ['As noted in our response to Question 2, we aggregated', []],
];

const TABLES = { ASC, SK, SX, FORMS, REG_G, CDI, SAB, IFRS, PCAOB, ACTS, OTHER, ISSUE_15 };

describe('citation grammar table', () => {
  const rows = Object.values(TABLES).flat();
  test(`holds at least 150 strings (${rows.length})`, () => expect(rows.length).toBeGreaterThanOrEqual(150));
  for (const [name, table] of Object.entries(TABLES)) {
    describe(name, () => {
      for (const [text, canonicals, check] of table) {
        test(JSON.stringify(text), () => {
          const cites = findCitations(text);
          expect(cites.map((c) => c.canonical)).toEqual(canonicals);
          for (const c of cites) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
          check?.(cites);
        });
      }
    });
  }

  test('offsets survive curly quotes, wraps and a from/to window', () => {
    const text = '“We note” that Item 303(b)(2)\n> of Regulation S-K and ASC 606 apply.';
    const all = findCitations(text);
    expect(all.map((c) => c.canonical)).toEqual(['Item 303(b)(2) of Regulation S-K', 'ASC 606']);
    const windowed = findCitations(text, text.indexOf('ASC'), text.length);
    expect(windowed.map((c) => c.canonical)).toEqual(['ASC 606']);
  });
});
