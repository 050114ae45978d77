import type { Analysis } from '../check';
import type { Span } from '../model';

/** Hover text for the citation under the cursor. (Filled in by the citation catalog.) */
export function hoverAt(_analysis: Analysis, _offset: number): { span: Span; markdown: string } | undefined {
  return undefined;
}
