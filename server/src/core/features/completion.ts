import type { Span } from '../model';

export interface CompletionEntry {
  label: string;
  detail?: string;
  documentation?: string;
  insertText: string;
  replaceSpan?: Span;
  sortText?: string;
}

/** Completions for citations being typed. (Filled in by the citation catalog.) */
export function completeAt(_text: string, _offset: number): CompletionEntry[] {
  return [];
}
