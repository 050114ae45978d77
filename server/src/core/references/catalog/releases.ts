import type { CatalogEntry } from './entry';
import { lazyTable } from './compact';

// Commission releases that comment letters cite again and again (MD&A guidance, non-GAAP, disclosure
// modernisation). Ids are the Securities Act release number where there is one ("33-8350"); the date is the date
// the Commission issued it. Titles and dates are K until checked against sec.gov.

const RELEASE_TEXT = `
33-6835|Management's Discussion and Analysis of Financial Condition and Results of Operations; Certain Investment Company Disclosures (May 18, 1989)|K|The 1989 MD&A interpretive release (known trends and uncertainties).
33-7117|Selection of Reporting Currency for Financial Statements of Foreign Private Issuers and Reconciliation to U.S. GAAP for Foreign Private Issuers With Operations in a Hyperinflationary Economy (December 1994)|C:FR-1994-12-20
33-7118|Financial Statements of Significant Foreign Equity Investees and Acquired Foreign Businesses of Domestic Issuers and Financial Schedules (December 1994)|C:FR-1994-12-20
33-7881|Selective Disclosure and Insider Trading (Regulation FD) (August 15, 2000)|K
33-8176|Conditions for Use of Non-GAAP Financial Measures (January 22, 2003)|K|Adopted Regulation G and Item 10(e) of Regulation S-K.
33-8238|Management's Report on Internal Control Over Financial Reporting and Certification of Disclosure in Exchange Act Periodic Reports (June 5, 2003)|K
33-8350|Commission Guidance Regarding Management's Discussion and Analysis of Financial Condition and Results of Operations (December 19, 2003)|K|The 2003 MD&A interpretive release: focus on known trends, liquidity and critical accounting estimates.
33-8732A|Executive Compensation and Related Person Disclosure (August 29, 2006)|K
33-8810|Commission Guidance Regarding Management's Report on Internal Control Over Financial Reporting (June 20, 2007)|K
33-8876|Smaller Reporting Company Regulatory Relief and Simplification (Federal Register, January 4, 2008)|C:FR-2008-01-04
33-8879|Acceptance from Foreign Private Issuers of Financial Statements Prepared in Accordance with IFRS without Reconciliation to U.S. GAAP (December 21, 2007)|K
33-8995|Modernization of Oil and Gas Reporting (December 31, 2008)|K
33-9106|Commission Guidance Regarding Disclosure Related to Climate Change (February 2, 2010)|K
33-9144|Commission Guidance on Presentation of Liquidity and Capital Resources Disclosures in Management's Discussion and Analysis (September 17, 2010)|K
33-10064|Business and Financial Disclosure Required by Regulation S-K (concept release, April 13, 2016)|K
33-10459|Commission Statement and Guidance on Public Company Cybersecurity Disclosures (February 21, 2018)|K
33-10532|Disclosure Update and Simplification (August 17, 2018)|K
33-10570|Modernization of Property Disclosures for Mining Registrants (October 31, 2018)|K|Adopted Subpart 1300 of Regulation S-K.
33-10618|FAST Act Modernization and Simplification of Regulation S-K (March 20, 2019)|K
33-10751|Commission Guidance on Management's Discussion and Analysis of Financial Condition and Results of Operations (January 30, 2020)|K|Key performance indicators and metrics in MD&A.
33-10762|Financial Disclosures about Guarantors and Issuers of Guaranteed Securities and Affiliates Whose Securities Collateralize a Registrant's Securities (March 2, 2020)|C:DART-EMI-APPB
33-10786|Amendments to Financial Disclosures about Acquired and Disposed Businesses (May 20, 2020)|K|Revised Rules 1-02(w), 3-05 and Article 11 of Regulation S-X.
33-10825|Modernization of Regulation S-K Items 101, 103, and 105 (August 26, 2020)|K
33-10890|Management's Discussion and Analysis, Selected Financial Data, and Supplementary Financial Information (November 19, 2020)|K|Re-lettered Item 303 and removed Item 301.
33-11048|Special Purpose Acquisition Companies, Shell Companies, and Projections (proposed rules; Federal Register, May 13, 2022)|C:FR-2022-05-13
33-11126|Pay Versus Performance (August 25, 2022)|K
33-11138|Insider Trading Arrangements and Related Disclosures (December 14, 2022)|K
33-11216|Cybersecurity Risk Management, Strategy, Governance, and Incident Disclosure (July 26, 2023)|K
33-11265|Special Purpose Acquisition Companies, Shell Companies, and Projections (January 24, 2024)|K
33-11275|The Enhancement and Standardization of Climate-Related Disclosures for Investors (March 6, 2024)|K
`;

export const RELEASES: Map<string, CatalogEntry> = lazyTable(RELEASE_TEXT, 'K', (id) => ({
  url: `https://www.sec.gov/search-filings?query=${encodeURIComponent(id)}`,
}));

/** Exchange Act numbers of releases issued jointly under both Acts, to the Securities Act number we list them by (K). */
export const RELEASE_COMPANIONS: Record<string, string> = {
  '34-26831': '33-6835',
  '34-35093': '33-7117',
  '34-35094': '33-7118',
  '34-94546': '33-11048',
  '34-47226': '33-8176',
  '34-48960': '33-8350',
  '34-61469': '33-9106',
};

/** Release series prefixes: Securities Act, Exchange Act, Investment Company Act, Investment Advisers Act, FRR. */
export const RELEASE_SERIES: Record<string, string> = {
  '33': 'Securities Act release',
  '34': 'Exchange Act release',
  IC: 'Investment Company Act release',
  IA: 'Investment Advisers Act release',
  FR: 'Financial Reporting Release',
};

// The Codification of Financial Reporting Policies (the FRC): the Commission's Financial Reporting Releases arranged
// by topic. Section numbers are cited as "Section 501.04".
const FRC_TEXT = `
213|Separate Financial Statements|C:DART-EMI-APPB|From ASR No. 302.
213.03|Unconsolidated Subsidiaries and 50 Percent or Less Owned Persons|C:DART-EMI-APPB
501|Management's Discussion and Analysis of Financial Condition and Results of Operations|K|MD&A policy, drawn from the 1989 and 2003 interpretive releases.
`;

export const FRC_SECTIONS: Map<string, CatalogEntry> = lazyTable(FRC_TEXT, 'K');
export const FRC_URL = 'https://www.sec.gov/rules-regulations/staff-guidance/financial-reporting-codification';

// Topics of the Division's Financial Reporting Manual (staff guidance, not rules).
const FRM_TEXT = `
1|Registrant's Financial Statements|C:SEC-FRM-1
2|Other Financial Statements Required|C:DART-EMI-APPB
4|Independent Accountants' Involvement|C:DART-EMI-APPB
5|Smaller Reporting Companies|C:DART-EMI-APPB
10|Emerging Growth Companies|C:DART-EMI-APPB
13|Effects of Subsequent Events on Financial Statements Required in Filings|C:DART-EMI-APPB
`;

export const FRM_TOPICS: Map<string, CatalogEntry> = lazyTable(FRM_TEXT, 'K');
