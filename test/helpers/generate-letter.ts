// Synthetic response letters for the bench and the robustness tests: deterministic (seeded), realistic in shape
// (captions, blockquoted comments with bullets, responses with citations, commitments, proposed disclosure), about
// 2 KB per comment, and never two identical blocks, so per-block caches get no unearned hits.

/** A small, fast, seeded PRNG (mulberry32): the same seed always gives the same letter. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Approximate size in UTF-16 code units (= bytes for this ASCII-heavy text). */
  targetSize: number;
  seed?: number;
  /** Company name written in the front matter and the opening (e.g. a CJK name for UTF-16 tests). */
  company?: string;
  /** Line ending to use; the generator writes "\n" and converts. */
  eol?: '\n' | '\r\n';
  /** Write the commitment register for the first few commitments (default true). */
  register?: boolean;
}

const ITEMS = [
  'Item 3. Key Information',
  'Item 4. Information on the Company',
  'Item 5. Operating and Financial Review and Prospects',
  "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations",
  'Item 8. Financial Statements and Supplementary Data',
  'Item 15. Controls and Procedures',
  'Notes to Consolidated Financial Statements',
];
const TOPICS = [
  'Goodwill',
  'Revenue Recognition',
  'Segment Information',
  'Liquidity and Capital Resources',
  'Results of Operations',
  'Income Taxes',
  'Critical Accounting Estimates',
  'Non-GAAP Financial Measures',
  'Variable Interest Entities',
  'Leases',
  'Contingencies',
  'Related Party Transactions',
];
const CITES = [
  'ASC 350-20-35-30',
  'ASC 606-10-25-19',
  'ASC 280-10-50-1',
  'ASC 740-10-50-15',
  'ASC 810-10-25-38A',
  'ASC 842-20-50-4',
  'Item 5.D of Form 20-F',
  'Item 303(a) of Regulation S-K',
  'Item 101(c) of Regulation S-K',
  'Rule 3-05 of Regulation S-X',
  'Rule 5-02 of Regulation S-X',
  'Item 100(a) of Regulation G',
  'Question 102.11 of the Non-GAAP Compliance and Disclosure Interpretations',
  'SAB Topic 1.M',
  'IAS 36',
  'IFRS 15',
  'Rule 12b-20 under the Exchange Act',
];
const STAFF_OPENINGS = [
  'We note your disclosure that',
  'You state in your response that',
  'We continue to evaluate your response to prior comment',
  'Please tell us how you considered',
  'Refer to your discussion on page',
  'We note from your earnings release that',
];
const STAFF_ASKS = [
  'Please tell us how you determined the amounts recognized and the key assumptions underlying them.',
  'Explain how you concluded that the disclosure complies with the guidance, and revise future filings as appropriate.',
  'Tell us the percentage by which fair value exceeded carrying value as of the date of the most recent test.',
  'Provide us with a quantified analysis of the factors that drove the change between periods.',
  'Please expand your disclosure to discuss known trends and uncertainties that are reasonably likely to have a material effect.',
  'Tell us whether any reporting unit was at risk of failing step 1 and, if so, quantify the excess.',
];
const BULLETS = [
  'The percentage by which fair value exceeded carrying value as of the date of the most recent impairment test;',
  'How the key assumptions were determined and the degree of uncertainty associated with them;',
  'A description of potential events that could reasonably be expected to negatively affect the key assumptions;',
  'The amount of revenue recognized from each significant customer in each period presented;',
  'The nature of the reconciling items and why management believes they are useful to investors;',
  'Whether the arrangement includes variable consideration and how it was constrained;',
];
const RESPONSE_FACTS = [
  'The Company respectfully advises the Staff that',
  'In response to the Staff\u2019s comment, the Company notes that',
  'The Company acknowledges the Staff\u2019s comment and advises that',
  'As disclosed on page',
  'The Company has reviewed the guidance and advises the Staff that',
];
const COMMITMENTS = [
  'The Company will revise its disclosure in future filings to include the percentage by which fair value exceeded carrying value.',
  'In future filings, the Company will expand its discussion of known trends and uncertainties in Item 5.D.',
  'The Company will continue to provide such disclosures in its future earnings releases.',
  'Beginning with its Form 10-K for the fiscal year ending December 31, 2024, the Company will disclose the income tax effect of each adjustment.',
  'The Company undertakes to include the reconciliation in its future periodic reports.',
  'The Company will consider expanding this disclosure in future filings, as appropriate.',
];

/**
 * A letter of about `targetSize` characters. Comment numbers run 1..300 (the parser's range) and then start
 * again, so letters past ~600 KB carry duplicate numbers — a stress test the rules must stay linear on.
 */
export function generateLetter(opts: GenerateOptions): string {
  const rand = prng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const money = () => `RMB${int(1, 999)}.${int(0, 9)} million`;
  const company = opts.company ?? 'Northwind Holdings, Inc.';
  const registered: { comment: number; sentence: string }[] = [];
  const body: string[] = [];
  const opening = [
    `${company}\n100 Main Street, Suite ${int(100, 999)}, Wilmington, Delaware 19801\n`,
    'August 30, 2017\n',
    'Division of Corporation Finance\nU.S. Securities and Exchange Commission\n100 F Street, N.E., Washington, D.C. 20549\n',
    `**Re: ${company}\nForm 20-F for the Fiscal Year Ended December 31, 2016\nFiled April 12, 2017, File No. 001-35126**\n`,
    'Ladies and Gentlemen:\n',
    `This letter sets forth the Company's responses to the comments contained in the letter dated August 16, 2017 from the staff of the Securities and Exchange Commission (the "Staff") regarding the Company's Form 20-F. The comments are repeated below and followed by the response thereto.\n`,
  ];
  body.push(...opening);
  const closing =
    '* * *\n\nIf you have any questions regarding this letter, please contact the undersigned.\n\nVery truly yours,\n\n/s/ Terry Wang\nChief Financial Officer\n';
  let size = opening.join('\n').length + closing.length + 600;
  let n = 0;
  while (size < opts.targetSize) {
    const parts: string[] = [];
    n = (n % 300) + 1;
    if (n % 5 === 1) parts.push(`# ${pick(ITEMS)}\n`);
    parts.push(`## ${pick(TOPICS)}, page ${int(3, 180)}\n`);
    const staff = [
      `> **${n}.** ${pick(STAFF_OPENINGS)} ${int(2, 180)} the Company recorded ${money()} in connection with ${pick(TOPICS).toLowerCase()}. ${pick(STAFF_ASKS)} Refer to ${pick(CITES)}. ${pick(STAFF_ASKS)}`,
    ];
    if (rand() < 0.6) {
      staff.push('>');
      const k = int(2, 3);
      for (let b = 0; b < k; b++) staff.push(`> - ${pick(BULLETS)}`);
    }
    if (rand() < 0.4) staff.push('>', `> ${pick(STAFF_ASKS)} Refer to ${pick(CITES)}.`);
    parts.push(staff.join('\n') + '\n');
    parts.push('**Response:**\n');
    const paras = int(2, 4);
    for (let p = 0; p < paras; p++) {
      const s = [
        `${pick(RESPONSE_FACTS)} ${int(3, 180)}, the Company recorded ${money()} for the year ended December 31, 2016, compared with ${money()} in the prior year, in accordance with ${pick(CITES)}.`,
        `The Company evaluated the guidance in ${pick(CITES)} and ${pick(CITES)} and concluded that the amounts were appropriately presented.`,
        `Management considered the factors described in ${pick(CITES)}, including the ${pick(['decline', 'increase', 'change'])} of ${int(2, 40)}% in ${pick(TOPICS).toLowerCase()}.`,
      ];
      if (p === paras - 1) {
        const c = pick(COMMITMENTS);
        s.push(c);
        if (opts.register !== false && registered.length < 12 && !/consider/.test(c)) registered.push({ comment: n, sentence: c.replace(/\.$/, '') });
      }
      parts.push(s.join(' ') + '\n');
    }
    if (rand() < 0.25) {
      parts.push('The Company proposes to revise its disclosure in future filings as follows:\n');
      parts.push(`> ${pick(TOPICS)}. As of December 31, 2016, the estimated fair value of the reporting unit exceeded its carrying value by ${int(2, 60)}%. ${pick(STAFF_ASKS).replace(/^Please /, '')}\n`);
    }
    const block = parts.join('\n');
    body.push(block);
    size += block.length + 1;
  }
  const register = registered.length
    ? `commitments:\n${registered.map((r) => `  - comment: ${r.comment}\n    sentence: ${JSON.stringify(r.sentence)}\n    owner: Controller\n    status: open`).join('\n')}\n`
    : '';
  const front = `---\ncompany: ${JSON.stringify(company)}\nfiling: Form 20-F for the fiscal year ended December 31, 2016\nfiled: 2017-04-12\nfile-number: 001-35126\nstaff-letter: 2017-08-16\nresponse-date: 2017-08-30\n${register}---\n\n`;
  const text = front + body.join('\n') + '\n' + closing;
  return opts.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}
