import { explainLetter } from '../core/dialect/reader/explain';
import type { CliIo } from './cli-io';
import { InputError } from './read-letter';

const HELP = `usage: corresp explain FILE

For each block of the letter (a paragraph, a heading, a table cell), prints the label the reader chose (preamble,
caption, commentStart(n), commentCont, responseLabel(n), responseCont, closing, aside), its score, the two best
alternatives and the features that decided them. Lines removed as page furniture are listed first, with the reason.
"-" reads the letter from standard input. See docs/explain.md.`;

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
  io.stdout(explainLetter(text));
  return 0;
}
