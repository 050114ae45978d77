import type { Span } from '../model';

export type CitationKind =
  | 'asc' | 'sk' | 'sx' | 'form-item' | 'reg-g' | 'cdi' | 'sab' | 'ifrs' | 'pcaob'
  | 'exchange-act-rule' | 'securities-act-rule' | 'act-section' | 'cfr' | 'asu' | 'rule-83' | 'frm';

export interface Citation {
  kind: CitationKind;
  span: Span;
  text: string;
  canonical: string;
}

export function findCitations(_text: string, _from = 0, _to = _text.length): Citation[] {
  return [];
}
