import { answersOutsideResponses } from '../core/commitments/answer-outside-responses';
import { parseLetter } from '../core/dialect/parse';
import { explainLetter } from '../core/dialect/reader/explain';
import type { CliIo } from './cli-io';
import { InputError } from './read-letter';

const HELP = `usage: corresp explain FILE

For each block of the letter (a paragraph, a heading, a table cell), prints the label the reader chose (preamble,
caption, commentStart(n), commentCont, responseLabel(n), responseCont, closing, aside), its score, the two best
alternatives and the features that decided them. Lines removed as page furniture are listed first, with the reason.
Text read for commitments outside every response (the body of a letter with no response, an appendix after the
signature) is listed last. "-" reads the letter from standard input. See docs/explain.md.`;

export function runExplain(args: string[], io: CliIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (args.length !== 1) {
    io.stderr(`corresp explain: give one letter\n\n${HELP}\n`);
    return 2;
  }
  let text: string;
  try {
    text = args[0] === '-' ? io.readStdin() : io.readFile(args[0]);
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`corresp explain: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  io.stdout(explainLetter(text) + outsideResponses(text));
  return 0;
}

const WHY = {
  body: 'no comment and no response found: the body, salutation to sign-off, answers a comment it does not name',
  appendix: 'an appendix after the signature, answering a comment it does not name',
};

/** The text the commitment detector reads outside every response, one line each; empty when there is none. */
function outsideResponses(text: string): string {
  const found = answersOutsideResponses(parseLetter(text));
  if (!found.length) return '';
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const first = (span: { start: number; end: number }) => span.start + (/^\s*/.exec(text.slice(span.start, Math.min(span.end, span.start + 200)))?.[0].length ?? 0);
  const last = (span: { start: number; end: number }) => Math.max(first(span), span.end - 1 - (/\s*$/.exec(text.slice(Math.max(span.start, span.end - 200), span.end))?.[0].length ?? 0));
  const lines = found.map((a) => `line ${lineAt(first(a.span))}–${lineAt(last(a.span))}  read for commitments  (${WHY[a.where]})`);
  return `\n${lines.join('\n')}\n`;
}
