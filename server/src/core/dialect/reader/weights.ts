// The reader's one table of weights. A block's emission score for a label is the sum of weight × feature over the
// entries of that label's row (features.ts names them). Hand-set, not learned: each weight says why it is there.
// When `corresp explain` shows a block misread, the weight to question is one of these.
import type { BlockFeatures, FeatureName, LetterFeatures } from './features';

export type Label = 'preamble' | 'caption' | 'commentStart' | 'commentCont' | 'responseLabel' | 'responseCont' | 'commentAgain' | 'closing' | 'aside';

export const LABELS: readonly Label[] = ['preamble', 'caption', 'commentStart', 'commentCont', 'responseLabel', 'responseCont', 'commentAgain', 'closing', 'aside'];

export type Weights = Partial<Record<FeatureName | 'base', number>>;

export const WEIGHTS: Record<Label, Weights> = {
  preamble: {
    base: 0, // the letterhead, the Re: block and the opening: whatever comes before the first comment
    numberStrong: -2, // a bold or headed number is rarely part of an opening
    voice: -1.5, // a response letter's opening speaks as the company, as its answers do (so voice alone never pays
    // for reading a numbered company paragraph as a comment); a staff letter's opening costs every path the same
    continuesAcrossPage: 1, // the sentence before the page break goes on
    responseLabel: -6, // a label is a label
  },
  caption: {
    heading: 6, // a markdown heading is always a caption
    captionCandidate: 1.5, // a short capitalised line without a sentence ending (refunded if no comment follows)
    titleLike: 1.5, // "3. Revenue from Contracts with Customers": a numbered section heading inside a caption
    voiced: -4, // "We have reviewed your filing" wrapped short is a sentence, not a caption
    numberStrong: -2, // a bold number is a comment's, not a caption's
    opensInStaffVoice: -3, // a caption does not ask anything
    midSentence: -3, // a caption does not start mid-sentence
  },
  commentStart: {
    base: 1, // a number at the start of a block: the reader's first guess is a comment
    numberStrong: 3, // bold, italic, "Comment 3" or a blockquote: the way letters mark the staff's comments
    numberAlone: 1, // "1." alone on its line, the comment in the next block (EDGAR tables)
    commentWord: 1.5, // "Comment:" with no number
    unnumbered: -3, // no number at all: only the staff's voice and a response label after it make it a comment
    afterNumberAlone: -8, // "1." then "Comment: …": the number and the word open one comment, not two
    opensInStaffVoice: 1.5, // "1. We note …", "2. Please tell us …"
    opensAsAnswer: -1.5, // "The Company respectfully advises …" opens an answer
    noStaffCue: -2, // no "you", "your", "please" in a numbered paragraph: the company's own list, more likely
    voice: 1.5, // staff voice (+) makes a comment likelier, company voice (−) less likely
    quote: 1, // the dialect restates comments in blockquotes
    paraStart: 1, // comments start paragraphs
    midSentence: -4, // "… described in Note" / "3. Revenue …": a wrapped line, not a comment
    titleLike: -2, // a numbered heading without the staff's voice is a caption or a list item
    listMarker: -0.5, // "- 5. Tell us" is tolerated, but a bullet before a number is more often a list
    responseLabel: -6, // a label is a label
    continuesAcrossPage: -6, // the sentence before the page break goes on
  },
  commentCont: {
    base: 0, // more paragraphs of the comment
    voice: 1.5, // staff voice keeps a block in the comment
    opensAsAnswer: -1.5, // "The Company respectfully advises …" opens an answer
    emphasis: 1, // the restated comment in bold or italic
    quote: 1.5, // the dialect's blockquote
    responseLabel: -6, // a label is a label
    closingStrong: -3, // "Sincerely", "/s/", "* * *" end the body
    sectionBreak: 2.5, // … but "* * *" also marks text left out of a quotation
    heading: -3, // a markdown heading is a caption
    numberStrong: -1.5, // a bold number inside a comment is unusual
    continuesAcrossPage: 1, // the sentence before the page break goes on
  },
  responseLabel: {
    base: 4, // a response label is the clearest mark a letter has
    labelNumbered: 1, // "Response to Comment 3:" names its comment
  },
  responseCont: {
    base: 0, // the answer's paragraphs
    voice: -1.5, // company voice (−) keeps a block in the answer
    opensAsAnswer: 1.5, // "The Company respectfully advises …", "In response to the Staff's comment, …"
    namesComment: 2, // "… related to Question 3 of your letter": where a letter that restates nothing starts its answer
    emphasis: -0.5, // bold text after a comment is more often the restated comment
    quote: -1.5, // in the dialect a blockquote is the staff's text
    responseLabel: -6, // a label is a label
    closingStrong: -3, // "Sincerely", "/s/", "* * *" end the body
    sectionBreak: 2.5, // … but "* * *" also marks text left out of a quotation (proposed disclosure goes on)
    heading: -3, // a markdown heading is a caption
    numberStrong: -1.5, // a bold number is more often the next comment
    continuesAcrossPage: 1, // the sentence before the page break goes on
  },
  commentAgain: {
    base: -0.5, // a staff sub-request restated between parts of the answer (letters that answer each bullet in turn)
    voice: 1.5, // it must sound like the staff to interrupt the answer
    listMarker: 1, // the staff's bullets ("• Tell us …", "• Provide us …")
    emphasis: 1, // the restated text in bold or italic
    quote: 1.5, // the dialect's blockquote
    responseLabel: -6, // a label is a label
    numberStrong: -3, // a bold number is the next comment
    heading: -3, // a markdown heading is a caption
  },
  closing: {
    base: 0, // once the closing has started, everything after it belongs to it
    closingStrong: 4, // "Sincerely", "/s/", "* * *", "We remind you", the acknowledgements
    sectionBreak: -1.5, // "* * *" may be an elision inside an answer: what follows decides
    closingSoft: 2, // "Please contact …", "If you have any questions …"
    continuesAcrossPage: -2, // a sentence that goes on across the page is not where the closing starts
  },
  aside: {
    base: -1, // text outside any comment or response after the body began (under a heading that leads nowhere)
  },
};

/** Letter-level adjustments: features of the whole letter that change what one block can be. */
export const LETTER_WEIGHTS = {
  /** A staff letter has no responses. */
  staffLetterResponse: -6,
};

/** The table as arrays, once: the decoder scores every block for every label. */
const ROWS = Object.fromEntries(
  LABELS.map((label) => {
    const entries = Object.entries(WEIGHTS[label]).filter(([k]) => k !== 'base') as [FeatureName, number][];
    return [label, { base: WEIGHTS[label].base ?? 0, features: entries.map(([k]) => k), weights: entries.map(([, w]) => w) }];
  }),
) as Record<Label, { base: number; features: FeatureName[]; weights: number[] }>;

/** Emission score of `label` for a block; when `terms` is given, the non-zero contributions are pushed to it. */
export function emission(label: Label, f: BlockFeatures, letter: LetterFeatures, terms?: Term[]): number {
  const row = ROWS[label];
  let score = row.base;
  if (terms && score) terms.push({ feature: 'base', value: 1, weight: score });
  for (let k = 0; k < row.features.length; k++) {
    const v = f[row.features[k]];
    if (!v) continue;
    const weight = row.weights[k];
    score += weight * v;
    if (terms) terms.push({ feature: row.features[k], value: v, weight });
  }
  if (letter.staffLetter && (label === 'responseLabel' || label === 'responseCont')) {
    score += LETTER_WEIGHTS.staffLetterResponse;
    if (terms) terms.push({ feature: 'staffLetter', value: 1, weight: LETTER_WEIGHTS.staffLetterResponse });
  }
  return score;
}

export interface Term {
  feature: string;
  value: number;
  weight: number;
}
