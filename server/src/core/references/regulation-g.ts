// Regulation G (17 CFR 244): "Rule 100(b) of Regulation G", and "Item 100(a) of Regulation G" as drafters also
// write it. Regulation G calls its provisions rules, so the canonical form says "Rule".
import { makeCitation, type Citation } from './citation';
import { joinPath } from './tokens';

export function regGCite(text: string, from: number, to: number, token: string, path: string[]): Citation {
  const rule = token.replace(/\.$/, '');
  return makeCitation('reg-g', text, from, to, `Rule ${rule}${joinPath(path)} of Regulation G`, {
    rule,
    path: path.length ? path : undefined,
  });
}
