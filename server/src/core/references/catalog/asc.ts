import { fromRows, type CatalogEntry, type Row } from './entry';
import { lazyTable } from './compact';

// FASB Accounting Standards Codification: topics, standard section numbers and the subtopics drafters cite most.
// Titles from the reference research (docs/reference-data.md §1, cross-checked against the Deloitte topic list);
// glosses are ours.

export const ASC_TOPIC_URL = (topic: string): string => `https://asc.fasb.org/${topic}/tableOfContent`;

const TOPIC_ROWS: Row[] = [
  ['105', 'Generally Accepted Accounting Principles', 'C', 'What counts as authoritative GAAP and how the Codification is organised.'],
  ['205', 'Presentation of Financial Statements', 'C', 'General presentation, discontinued operations (205-20) and going concern (205-40).'],
  ['210', 'Balance Sheet', 'C', 'Classification of assets and liabilities and offsetting (210-20).'],
  ['215', 'Statement of Shareholder Equity', 'C', 'Presenting changes in equity.'],
  ['220', 'Income Statement—Reporting Comprehensive Income', 'C', 'Presenting net income and other comprehensive income.'],
  ['225', 'Income Statement', 'C', 'Income statement presentation matters.'],
  ['230', 'Statement of Cash Flows', 'C', 'Classifying cash receipts and payments as operating, investing or financing.'],
  ['235', 'Notes to Financial Statements', 'C', 'Disclosure of significant accounting policies.'],
  ['250', 'Accounting Changes and Error Corrections', 'C', 'Changes in principle or estimate, and restatements for errors.'],
  ['255', 'Changing Prices', 'C', 'Optional disclosures about the effects of changing prices.'],
  ['260', 'Earnings per Share', 'C', 'Computing and presenting basic and diluted EPS.'],
  ['270', 'Interim Reporting', 'C', 'Applying GAAP to interim periods.'],
  ['272', 'Limited Liability Entities', 'C', 'Reporting by LLCs and LLPs.'],
  ['274', 'Personal Financial Statements', 'C', 'Statements of individuals and families.'],
  ['275', 'Risks and Uncertainties', 'C', 'Disclosure of the nature of operations, estimates and concentrations.'],
  ['280', 'Segment Reporting', 'C', 'Identifying operating segments and what to disclose about them.'],
  ['305', 'Cash and Cash Equivalents', 'C', 'What counts as cash and cash equivalents.'],
  ['310', 'Receivables', 'C', 'Loans and trade receivables, fees and troubled debt restructurings by creditors.'],
  ['320', 'Investments—Debt Securities', 'C', 'Trading, available-for-sale and held-to-maturity debt securities (formerly "Debt and Equity Securities").'],
  ['321', 'Investments—Equity Securities', 'C', 'Equity securities measured at fair value through net income.'],
  ['323', 'Investments—Equity Method and Joint Ventures', 'C', 'When and how to apply the equity method.'],
  ['325', 'Investments—Other', 'C', 'Cost-method and other investments.'],
  ['326', 'Financial Instruments—Credit Losses', 'C', 'The expected credit loss (CECL) model.'],
  ['330', 'Inventory', 'C', 'Measuring inventory and its cost.'],
  ['340', 'Other Assets and Deferred Costs', 'C', 'Deferred costs, including costs to obtain or fulfil a contract (340-40).'],
  ['350', 'Intangibles—Goodwill and Other', 'C', 'Goodwill, other intangibles, internal-use software and crypto assets.'],
  ['360', 'Property, Plant, and Equipment', 'C', 'Long-lived assets, including impairment and disposal.'],
  ['405', 'Liabilities', 'C', 'General liabilities and their extinguishment.'],
  ['410', 'Asset Retirement and Environmental Obligations', 'C', 'Obligations to retire assets and remediate environmental damage.'],
  ['420', 'Exit or Disposal Cost Obligations', 'C', 'When to recognise costs of exit and restructuring activities.'],
  ['430', 'Deferred Revenue', 'C', 'Placeholder topic for deferred revenue.', { note: 'Its current status is unclear (one source lists it as superseded).' }],
  ['440', 'Commitments', 'C', 'Disclosure of unconditional purchase obligations and other commitments.'],
  ['450', 'Contingencies', 'C', 'Loss contingencies (450-20) and gain contingencies (450-30).'],
  ['460', 'Guarantees', 'C', 'Recognising and disclosing guarantees.'],
  ['470', 'Debt', 'C', 'Debt classification, conversion features, modifications and extinguishments.'],
  ['480', 'Distinguishing Liabilities from Equity', 'C', 'Instruments that must be classified as liabilities.'],
  ['505', 'Equity', 'C', 'Equity transactions such as dividends, splits and treasury stock.'],
  ['605', 'Revenue Recognition', 'C', 'The revenue guidance that applied before Topic 606.', { supersededBy: 'ASC 606', supersededFrom: '2018-12-15', note: 'Superseded by Topic 606 (public business entities: annual periods beginning after December 15, 2017).' }],
  ['606', 'Revenue from Contracts with Customers', 'C', 'The five-step model for recognising revenue from contracts with customers.'],
  ['610', 'Other Income', 'C', 'Gains and losses on nonfinancial assets and other income.'],
  ['705', 'Cost of Sales and Services', 'C', 'Cost of sales presentation.'],
  ['710', 'Compensation—General', 'C', 'Compensated absences and other general compensation.'],
  ['712', 'Compensation—Nonretirement Postemployment Benefits', 'C', 'Benefits after employment but before retirement.'],
  ['715', 'Compensation—Retirement Benefits', 'C', 'Pensions and other postretirement benefits.'],
  ['718', 'Compensation—Stock Compensation', 'C', 'Share-based payment awards.'],
  ['720', 'Other Expenses', 'C', 'Start-up costs, advertising and other expenses.'],
  ['730', 'Research and Development', 'C', 'Expensing of R&D costs and R&D arrangements.'],
  ['740', 'Income Taxes', 'C', 'Current and deferred income taxes and uncertain tax positions.'],
  ['805', 'Business Combinations', 'C', 'The acquisition method for business combinations.'],
  ['808', 'Collaborative Arrangements', 'C', 'Joint operating activities between active participants.'],
  ['810', 'Consolidation', 'C', 'Voting-interest and variable-interest-entity consolidation.'],
  ['815', 'Derivatives and Hedging', 'C', 'Derivatives, embedded derivatives and hedge accounting.'],
  ['820', 'Fair Value Measurement', 'C', 'Defining fair value, the hierarchy and its disclosures.'],
  ['825', 'Financial Instruments', 'C', 'The fair value option and financial instrument disclosures.'],
  ['830', 'Foreign Currency Matters', 'C', 'Foreign currency transactions and translation.'],
  ['832', 'Government Assistance', 'C', 'Annual disclosures by business entities about government assistance accounted for by analogy to a grant or contribution model (added by ASU 2021-10).', { source: 'FASB-ASU-2021-10' }],
  ['835', 'Interest', 'C', 'Capitalisation and imputation of interest.'],
  ['840', 'Leases', 'C', 'The lease guidance that applied before Topic 842.', { supersededBy: 'ASC 842', supersededFrom: '2019-12-15', note: 'Superseded by Topic 842 (public business entities: annual periods beginning after December 15, 2018).' }],
  ['842', 'Leases', 'C', 'Lessee and lessor accounting, with right-of-use assets on the balance sheet.'],
  ['845', 'Nonmonetary Transactions', 'C', 'Exchanges of nonmonetary assets.'],
  ['848', 'Reference Rate Reform', 'C', 'Temporary relief for the move away from LIBOR.'],
  ['850', 'Related Party Disclosures', 'C', 'Identifying related parties and disclosing transactions with them.'],
  ['852', 'Reorganizations', 'C', 'Entities in Chapter 11 and fresh-start reporting.'],
  ['853', 'Service Concession Arrangements', 'K', 'Operating entities in service concessions with public-sector grantors.'],
  ['855', 'Subsequent Events', 'C', 'Events after the balance sheet date.'],
  ['860', 'Transfers and Servicing', 'C', 'Transfers of financial assets and servicing rights.'],
  ['905', 'Agriculture', 'C', 'Agricultural producers and cooperatives.'],
  ['908', 'Airlines', 'C', 'Airline-specific matters.'],
  ['910', 'Contractors—Construction', 'C', 'Construction contractors.'],
  ['912', 'Contractors—Federal Government', 'C', 'Federal government contractors.'],
  ['915', 'Development Stage Entities', 'K', 'Former topic for development stage entities.', { supersededBy: 'no replacement (requirements removed)', supersededFrom: '2015-12-15', note: 'Removed by ASU 2014-15 (K).' }],
  ['920', 'Entertainment—Broadcasters', 'C', 'Broadcasters.'],
  ['922', 'Entertainment—Cable Television', 'C', 'Cable television operators.'],
  ['924', 'Entertainment—Casinos', 'C', 'Casinos.'],
  ['926', 'Entertainment—Films', 'C', 'Film producers and distributors.'],
  ['928', 'Entertainment—Music', 'C', 'The music industry.'],
  ['930', 'Extractive Activities—Mining', 'C', 'Mining entities.'],
  ['932', 'Extractive Activities—Oil and Gas', 'C', 'Oil and gas producing activities.'],
  ['940', 'Financial Services—Brokers and Dealers', 'C', 'Broker-dealers.'],
  ['942', 'Financial Services—Depository and Lending', 'C', 'Banks and other lenders.'],
  ['944', 'Financial Services—Insurance', 'C', 'Insurance entities.'],
  ['946', 'Financial Services—Investment Companies', 'C', 'Investment companies.'],
  ['948', 'Financial Services—Mortgage Banking', 'C', 'Mortgage banking.'],
  ['950', 'Financial Services—Title Plant', 'C', 'Title plant.'],
  ['952', 'Franchisors', 'K', 'Franchisors.'],
  ['954', 'Health Care Entities', 'C', 'Health care entities.'],
  ['958', 'Not-for-Profit Entities', 'C', 'Not-for-profit entities.'],
  ['960', 'Plan Accounting—Defined Benefit Pension Plans', 'C', 'Reporting by defined benefit plans.'],
  ['962', 'Plan Accounting—Defined Contribution Pension Plans', 'C', 'Reporting by defined contribution plans.'],
  ['965', 'Plan Accounting—Health and Welfare Benefit Plans', 'C', 'Reporting by health and welfare plans.'],
  ['970', 'Real Estate—General', 'C', 'Real estate: general matters.'],
  ['972', 'Real Estate—Common Interest Realty Associations', 'C', 'Common interest realty associations.'],
  ['974', 'Real Estate—Real Estate Investment Trusts', 'C', 'REITs.'],
  ['976', 'Real Estate—Retail Land', 'C', 'Retail land sales.', { note: 'May have been superseded (one source says so) (?).' }],
  ['978', 'Real Estate—Time-Sharing Activities', 'C', 'Time-sharing activities.'],
  ['980', 'Regulated Operations', 'C', 'Rate-regulated entities.'],
  ['985', 'Software', 'C', 'Software to be sold, leased or marketed.'],
  ['995', 'U.S. Steamship Entities', 'K', 'U.S. steamship entities.'],
];

export const ASC_TOPICS: Map<string, CatalogEntry> = fromRows(TOPIC_ROWS, ASC_TOPIC_URL);

/** The standard section numbers, the same in every subtopic. */
const SECTION_ROWS: Row[] = [
  ['00', 'Status', 'C', 'Which updates changed the subtopic.'],
  ['05', 'Overview and Background', 'C', 'What the subtopic is about.'],
  ['10', 'Objectives', 'C', 'What the guidance sets out to achieve.'],
  ['15', 'Scope and Scope Exceptions', 'C', 'Which entities and transactions the guidance applies to.'],
  ['20', 'Glossary', 'C', 'Defined terms.'],
  ['25', 'Recognition', 'C', 'When to record an item.'],
  ['30', 'Initial Measurement', 'C', 'The amount at which an item is first recorded.'],
  ['32', 'Measurement', 'C', 'Measurement, used in a few topics such as 606-10-32.'],
  ['35', 'Subsequent Measurement', 'C', 'How the carrying amount changes after initial recognition.'],
  ['40', 'Derecognition', 'C', 'When to remove an item.'],
  ['45', 'Other Presentation Matters', 'C', 'Presentation in the statements.'],
  ['50', 'Disclosure', 'C', 'What the notes must say.'],
  ['55', 'Implementation Guidance and Illustrations', 'C', 'Application guidance and worked examples.'],
  ['60', 'Relationships', 'C', 'Pointers to related guidance elsewhere.'],
  ['65', 'Transition and Open Effective Date Information', 'C', 'Effective dates and transition methods.'],
  ['70', 'Grandfathered Guidance', 'C', 'Guidance kept for older transactions.'],
  ['75', 'XBRL Elements', 'C', 'XBRL elements for the subtopic.'],
  ['S99', 'SEC Materials', 'C', 'SEC rules, regulations and staff guidance included for convenience.'],
];

export const ASC_SECTIONS: Map<string, CatalogEntry> = fromRows(SECTION_ROWS);

/** Section numbers that exist in the Codification; "S" + two digits marks SEC material. */
export function isAscSection(section: string): boolean {
  return ASC_SECTIONS.has(section) || /^S\d\d$/.test(section);
}

/** Title for an S-section other than S99 (S25, S35, S45, S50 ...): SEC material mirroring the plain section. */
export function ascSectionEntry(section: string): CatalogEntry | undefined {
  const known = ASC_SECTIONS.get(section);
  if (known) return known;
  const m = /^S(\d\d)$/.exec(section);
  if (!m) return undefined;
  const plain = ASC_SECTIONS.get(m[1]);
  return {
    id: section,
    title: `SEC Materials${plain ? ` — ${plain.title}` : ''}`,
    mark: 'K',
    gloss: 'SEC staff material placed next to the matching FASB section.',
  };
}

// Subtopics other than the automatic "-10 Overall", written from the Codification's structure. Titles are K unless a
// source is named; a subtopic the Codification does not have is reported (see ascSubtopicKnown).
const SUBTOPIC_TEXT = `
205-20|Discontinued Operations|C:RESEARCH
205-30|Liquidation Basis of Accounting|K
205-40|Going Concern|K
210-20|Offsetting|K
220-20|Unusual or Infrequently Occurring Items|K
220-30|Business Interruption Insurance|K
220-40|Disaggregation of Income Statement Expenses|?
225-20|Extraordinary and Unusual Items|?
225-30|Business Interruption Insurance|?
310-20|Nonrefundable Fees and Other Costs|K
310-30|Loans and Debt Securities Acquired with Deteriorated Credit Quality|K|Superseded by Topic 326 (purchased financial assets with credit deterioration).
310-40|Troubled Debt Restructurings by Creditors|K|Largely superseded for CECL adopters by ASU 2022-02.
323-30|Partnerships, Joint Ventures, and Limited Liability Entities|K
323-740|Income Taxes|K
325-20|Cost Method Investments|K|Superseded by Topic 321.
325-30|Investments in Insurance Contracts|K
325-40|Beneficial Interests in Securitized Financial Assets|K
326-20|Financial Instruments Measured at Amortized Cost|K
326-30|Available-for-Sale Debt Securities|K
340-20|Capitalized Advertising Costs|K
340-30|Insurance Contracts That Do Not Transfer Insurance Risk|K
340-40|Contracts with Customers|K|Costs to obtain or fulfil a contract with a customer.
350-20|Goodwill|C:RESEARCH
350-30|General Intangibles Other than Goodwill|C:RESEARCH
350-40|Internal-Use Software|C:RESEARCH
350-50|Website Development Costs|C:RESEARCH
350-60|Crypto Assets|C:RESEARCH
360-20|Real Estate Sales|K|Largely superseded by Subtopic 610-20 and Topic 606.
405-20|Extinguishments of Liabilities|K
405-30|Insurance-Related Assessments|K
405-40|Obligations Resulting from Joint and Several Liability Arrangements|K
405-50|Supplier Finance Programs|K|Disclosures about supplier finance programs (ASU 2022-04).
410-20|Asset Retirement Obligations|K
410-30|Environmental Obligations|K
450-20|Loss Contingencies|C:RESEARCH
450-30|Gain Contingencies|C:RESEARCH
470-20|Debt with Conversion and Other Options|C:IASPLUS-ASC470
470-30|Participating Mortgage Loans|C:IASPLUS-ASC470
470-40|Product Financing Arrangements|C:IASPLUS-ASC470
470-50|Modifications and Extinguishments|C:IASPLUS-ASC470
470-60|Troubled Debt Restructurings by Debtors|C:IASPLUS-ASC470
505-20|Stock Dividends and Stock Splits|K
505-30|Treasury Stock|K
505-50|Equity-Based Payments to Non-Employees|K|Superseded by Topic 718 (ASU 2018-07).
505-60|Spinoffs and Reverse Spinoffs|K
605-15|Products|K
605-20|Services|K
605-25|Multiple-Element Arrangements|K
605-28|Milestone Method|K
605-35|Construction-Type and Production-Type Contracts|K
605-40|Gains and Losses|K|Involuntary conversions of nonmonetary assets (moved to Subtopic 610-30).
605-45|Principal Agent Considerations|K
605-50|Customer Payments and Incentives|K
610-20|Gains and Losses from the Derecognition of Nonfinancial Assets|K
610-30|Gains and Losses on Involuntary Conversions|K
705-20|Accounting for Consideration Received from a Vendor|K
715-20|Defined Benefit Plans—General|K
715-30|Defined Benefit Plans—Pension|K
715-60|Defined Benefit Plans—Other Postretirement|K
715-70|Defined Contribution Plans|K
715-80|Multiemployer Plans|K
718-20|Awards Classified as Equity|K
718-30|Awards Classified as Liabilities|K
718-40|Employee Stock Ownership Plans|K
718-50|Employee Share Purchase Plans|K
718-740|Income Taxes|K
720-15|Start-Up Costs|K
720-20|Insurance Costs|K
720-25|Contributions Made|K
720-30|Real and Personal Property Taxes|K
720-35|Advertising Costs|K
720-40|Electronic Equipment Waste Obligations|K
720-45|Business and Technology Reengineering|K
720-50|Fees Paid to the Federal Government by Pharmaceutical Manufacturers and Health Insurers|K
730-20|Research and Development Arrangements|K
740-20|Intraperiod Tax Allocation|K
740-30|Other Considerations or Special Areas|K
740-270|Interim Reporting|K
805-20|Identifiable Assets and Liabilities, and Any Noncontrolling Interest|K
805-30|Goodwill or Gain from Bargain Purchase, Including Consideration Transferred|K
805-40|Reverse Acquisitions|K
805-50|Related Issues|K
805-60|Joint Venture Formations|K
805-740|Income Taxes|K
810-20|Control of Partnerships and Similar Entities|K
810-30|Research and Development Arrangements|K
815-15|Embedded Derivatives|C:WILEY-GAAP-2019-815
815-20|Hedging—General|C:WILEY-GAAP-2019-815
815-25|Fair Value Hedges|C:WILEY-GAAP-2019-815
815-30|Cash Flow Hedges|C:WILEY-GAAP-2019-815
815-35|Net Investment Hedges|C:WILEY-GAAP-2019-815
815-40|Contracts in Entity's Own Equity|C:WILEY-GAAP-2019-815
815-45|Weather Derivatives|C:WILEY-GAAP-2019-815
825-20|Registration Payment Arrangements|K
830-20|Foreign Currency Transactions|K
830-30|Translation of Financial Statements|K
830-230|Statement of Cash Flows|K
830-740|Income Taxes|K
835-20|Capitalization of Interest|K
835-30|Imputation of Interest|K
840-20|Operating Leases|K
840-30|Capital Leases|K
840-40|Sale-Leaseback Transactions|K
842-20|Lessee|K
842-30|Lessor|K
842-40|Sale and Leaseback Transactions|K
842-50|Leveraged Lease Arrangements|K
848-20|Contract Modifications|K
848-30|Hedging—General|K
848-40|Fair Value Hedges|K
848-50|Cash Flow Hedges|K
852-20|Quasi-Reorganizations|K
852-740|Income Taxes|K
860-20|Sales of Financial Assets|K
860-30|Secured Borrowing and Collateral|K
860-40|Transfers to Qualifying Special-Purpose Entities|K
860-50|Servicing Assets and Liabilities|K
926-20|Other Assets—Film Costs|K
926-605|Revenue Recognition|K
932-235|Notes to Financial Statements|K
932-323|Investments—Equity Method and Joint Ventures|K
932-360|Property, Plant, and Equipment|K
940-20|Broker-Dealer Activities|K
942-210|Balance Sheet|K
942-310|Receivables|K
942-405|Liabilities|K
944-20|Insurance Activities|K
944-30|Acquisition Costs|K
944-40|Claim Costs and Liabilities for Future Policy Benefits|K
944-50|Policyholder Dividends|K
944-60|Premium Deficiency and Loss Recognition|K
944-80|Separate Accounts|K
944-310|Receivables|K
944-325|Investments—Other|K
944-605|Revenue Recognition|K
944-805|Business Combinations|K
946-20|Investment Company Activities|K
950-350|Intangibles—Goodwill and Other|K
954-605|Revenue Recognition|K
958-20|Financially Interrelated Entities|K
958-30|Split-Interest Agreements|K
958-605|Revenue Recognition|K
958-720|Other Expenses|K
958-810|Consolidation|K
970-360|Property, Plant, and Equipment|K
970-605|Revenue Recognition|K
980-20|Discontinuation of Rate-Regulated Accounting|K
980-605|Revenue Recognition|K
985-20|Costs of Software to Be Sold, Leased, or Marketed|K
985-605|Revenue Recognition|K|Software revenue guidance that applied before Topic 606.
`;

const SUBTOPIC_EXTRA: Record<string, Partial<CatalogEntry>> = {
  '985-605': { supersededBy: 'ASC 606', supersededFrom: '2018-12-15' },
  '605-25': { supersededBy: 'ASC 606', supersededFrom: '2018-12-15' },
  '605-35': { supersededBy: 'ASC 606', supersededFrom: '2018-12-15' },
  '605-45': { supersededBy: 'ASC 606', supersededFrom: '2018-12-15' },
  '840-20': { supersededBy: 'ASC 842', supersededFrom: '2019-12-15' },
  '840-30': { supersededBy: 'ASC 842', supersededFrom: '2019-12-15' },
  '840-40': { supersededBy: 'ASC 842', supersededFrom: '2019-12-15' },
  '310-30': { supersededBy: 'ASC 326', supersededFrom: '2019-12-15' },
  '325-20': { supersededBy: 'ASC 321', supersededFrom: '2017-12-15' },
  '505-50': { supersededBy: 'ASC 718', supersededFrom: '2018-12-15' },
};

export const ASC_SUBTOPICS: Map<string, CatalogEntry> = lazyTable(SUBTOPIC_TEXT, 'K', (id) => SUBTOPIC_EXTRA[id]);

/**
 * Topics whose subtopics are all listed above (besides -10): in these, any other subtopic number is not in the
 * Codification. Industry topics (9xx) carry many cross-referenced subtopics ("932-360") we do not list, so an
 * unlisted subtopic there is only unverifiable.
 */
const TOPICS_WITH_ALL_SUBTOPICS = new Set(
  '105 205 210 215 230 235 250 255 260 270 272 274 275 280 305 310 320 321 323 325 326 330 340 350 360 405 410 420 430 440 450 460 470 480 505 606 610 705 710 712 715 718 720 730 740 805 808 810 815 820 825 830 832 835 840 842 845 848 850 852 853 855 860'.split(' '),
);

/** 'yes' when the subtopic exists, 'no' when the topic's subtopics are all known and this is not one of them. */
export function ascSubtopicKnown(topic: string, subtopic: string): 'yes' | 'no' | 'unverifiable' {
  if (subtopic === '10' || ASC_SUBTOPICS.has(`${topic}-${subtopic}`)) return 'yes';
  return TOPICS_WITH_ALL_SUBTOPICS.has(topic) ? 'no' : 'unverifiable';
}

/** The subtopic entry; "-10" is always "Overall" (a rule of the Codification's structure, so it carries no mark). */
export function ascSubtopicEntry(topic: string, subtopic: string): CatalogEntry | undefined {
  const id = `${topic}-${subtopic}`;
  const known = ASC_SUBTOPICS.get(id);
  if (known) return known;
  if (subtopic === '10') return { id, title: 'Overall', mark: 'C', source: 'ASC-STRUCTURE' };
  // Industry topics reuse a general topic's number as a subtopic ("980-340" is Regulated Operations—Other Assets
  // and Deferred Costs), so the general topic's title names it.
  const general = subtopic.length === 3 ? ASC_TOPICS.get(subtopic) : undefined;
  if (general && Number(topic) >= 900) return { id, title: general.title, mark: 'K' };
  return undefined;
}

export const ASC_TOPIC_RANGE = '105–995';
