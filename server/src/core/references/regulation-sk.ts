// Regulation S-K items and instructions: "Item 303(b)(2)(ii) of Regulation S-K", "Regulation S-K Item 101(c)(1)(iv)",
// "S-K Item 402(v)", "Instruction 3(F) to Item 305(a) of Regulation S-K". The list and tail grammar is in items.ts.
import { makeCitation, type Citation } from './citation';
import { joinPath } from './tokens';

export function skCite(text: string, from: number, to: number, token: string, path: string[], instruction?: string, regulation?: string): Citation {
  const item = token.replace(/\.$/, '');
  const ins = instruction ? `Instruction ${instruction} to ` : '';
  // Regulation M-A is Subpart 1000 of Regulation S-K; a cite that names it keeps the name.
  const name = regulation === 'M-A' && /^10\d\d$/.test(item) ? 'Regulation M-A' : 'Regulation S-K';
  return makeCitation('sk', text, from, to, `${ins}Item ${item}${joinPath(path)} of ${name}`, {
    item,
    path: path.length ? path : undefined,
    instruction,
    regulation: name === 'Regulation M-A' ? 'M-A' : undefined,
  });
}
