// The hand-weighted grammar: each named feature of a sentence (features.ts) adds or takes away evidence that the
// sentence is a promise. A sentence is a commitment when the total is above zero. The weights are set by reading,
// not fitted: a promise needs a future form, a speaker that is the company (or a document of the company) and an
// object that is disclosure or a future filing; quoted, reported, hypothetical and staff sentences are ruled out.
import type { FeatureName, Features } from './features';

export const GRAMMAR_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  strongVerb: 2.5,
  weakVerb: 1.5,
  otherVerb: 0.5,
  passiveFuture: 3,
  passiveAccounting: 0,
  nonModalProposal: 2.5,
  intentionVerb: 0.5,
  continuing: 0,
  companySubject: 1,
  documentSubject: 1,
  futureDocument: 1.5,
  namedFiling: 1,
  disclosureObject: 1,
  futureTime: 0.5,
  condition: 0,
  leadIn: 0.5,
  hedge: -4,
  staffVoice: -6,
  inQuotes: -5,
  reportedSpeech: -5,
  shallModal: -1.5,
  hypothetical: -3,
  accountingMethod: -2,
  afterLeadIn: -2,
  question: -4,
  forecast: -2.5,
  reason: -3,
  otherSubject: -1.5,
  offer: -3,
};

export const GRAMMAR_BIAS = -3.25;

/** The grammar's score: above zero, a commitment. */
export function grammarScore(f: Features): number {
  let s = GRAMMAR_BIAS;
  for (const k in f) s += GRAMMAR_WEIGHTS[k as FeatureName] * f[k as FeatureName];
  return s;
}
