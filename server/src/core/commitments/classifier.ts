// The fitted decider: a logistic regression over the same named features as the grammar, its weights fitted by
// scripts/train-commitment-classifier.mjs on labelled sentences and shipped as classifier.json (no network, no
// fitting at run time). The penalty pulls the weights toward the grammar's (a prior), so a feature the labelled
// sentences rarely show keeps its hand weight. The score is the log-odds; above zero, a commitment.
import type { FeatureName, Features } from './features';
import model from './classifier.json';

export interface ClassifierModel {
  about: string;
  prior?: string;
  trainedOn: string[];
  bias: number;
  weights: Record<string, number>;
}

const fitted = model as ClassifierModel;

/** The classifier's log-odds that the sentence is a commitment. Features the model has no weight for count zero. */
export function classifierScore(f: Features, model: ClassifierModel = fitted): number {
  let s = model.bias;
  for (const k in f) s += (model.weights[k] ?? 0) * f[k as FeatureName];
  return s;
}

export const CLASSIFIER_MODEL: Readonly<ClassifierModel> = fitted;
