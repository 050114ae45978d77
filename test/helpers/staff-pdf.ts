// A staff letter as a PDF, written for the tests: four comments over several pages, the running header staff letters
// carry from page 2 on, page numbers, two words hyphenated at line ends and one comment drawn out of order.
import { typeset, type PdfPageSpec } from './pdf-writer';

const FILLER =
  'We note your disclosure of the key assumptions used in your analysis of the reporting unit and the sensitivity of its fair value to changes in the discount rate.';

/** A four-comment staff letter over three pages, with the running header staff letters carry from page 2 on. */
export function staffLetterPages(): PdfPageSpec[] {
  const para = (text: string, font?: 'bold' | 'italic') => ({ text, font, gapBefore: 13 });
  const pages = typeset(
    [
      { text: 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', gapBefore: 0 },
      para('September 1, 2017'),
      para('Mr. John Smith'),
      { text: 'Chief Financial Officer', gapBefore: 0 },
      { text: 'Example Corp', gapBefore: 0 },
      para('Re: Example Corp'),
      { text: 'Form 10-K for the Fiscal Year Ended December 31, 2016', gapBefore: 0 },
      { text: 'Filed March 1, 2017', gapBefore: 0 },
      { text: 'File No. 001-12345', gapBefore: 0 },
      para('Dear Mr. Smith:'),
      para('We have reviewed your filing and have the following comments.'),
      para('Form 10-K for the Fiscal Year Ended December 31, 2016', 'bold'),
      para('Management\u2019s Discussion and Analysis, page 35', 'bold'),
      para(`1. ${FILLER} ${FILLER} Please tell us how you considered the guidance in ASC 350-20-35-30.`),
      para(`2. ${FILLER} Please provide the following:`),
      { text: '\u2022 the percentage by which fair value exceeded carrying value;', indent: 18 },
      { text: '\u2022 a description of the key assump- tions that drive fair value; and', indent: 18 },
      { text: '\u2022 a discussion of the degree of uncertainty in those assumptions.', indent: 18 },
      para(`3. ${FILLER} ${FILLER} ${FILLER}`),
      para('Notes to Consolidated Financial Statements', 'bold'),
      para(`4. Please revise your forward- looking statements to explain ${FILLER.toLowerCase()} ${FILLER} ${FILLER} ${FILLER} ${FILLER}`),
      para('We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures.'),
      para('Sincerely,'),
      para('Division of Corporation Finance'),
      { text: 'Office of Manufacturing', gapBefore: 0 },
    ],
    {
      header: (n) => (n === 1 ? [] : ['Mr. John Smith', 'Example Corp', 'September 1, 2017', `Page ${n}`]),
      footer: (n) => String(n),
      width: 88,
    },
  );
  // The typesetter wrote "assump- tions" and "forward- looking" as words; break the lines after the hyphens.
  for (const p of pages) {
    for (const t of p.texts) {
      const m = /^(.*\b(?:assump|forward)-) (.*)$/.exec(t.text);
      if (m) {
        t.text = m[1];
        p.texts.push({ ...t, y: t.y - 13, text: '\u200B' });
        const next = p.texts.find((u) => Math.abs(u.y - (t.y - 13)) < 1 && u !== t && u.text !== '\u200B');
        if (next) next.text = `${m[2]} ${next.text}`;
        else p.texts.push({ ...t, y: t.y - 13, text: m[2] });
      }
    }
    p.texts = p.texts.filter((t) => t.text !== '\u200B');
  }
  // Draw comment 3's first line before comment 2's bullets, as some staff PDFs' content streams do.
  for (const p of pages) {
    const i = p.texts.findIndex((t) => t.text.startsWith('3. '));
    const b = p.texts.findIndex((t) => t.text.startsWith('\u2022 the percentage'));
    if (i > 0 && b >= 0 && b < i) p.texts.unshift(...p.texts.splice(i, 1));
  }
  return pages;
}

