import type { Analysis } from '../check';
import type { Span } from '../model';

/** Links from citations to their public canonical pages. (Filled in by the citation catalog.) */
export function documentLinks(_analysis: Analysis): { span: Span; target: string; tooltip?: string }[] {
  return [];
}
