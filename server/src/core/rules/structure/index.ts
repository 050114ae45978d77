import type { Rule } from '../rule';
import { missingResponse } from './missing-response';
import { emptyResponse } from './empty-response';
import { duplicateCommentNumber } from './duplicate-comment-number';
import { commentNumberGap } from './comment-number-gap';
import { commentNumberOrder } from './comment-number-order';
import { orphanResponse } from './orphan-response';
import { unknownPriorComment } from './unknown-prior-comment';
import { priorLetter } from './prior-letter';
import { letterSyntax } from './letter-syntax';
import { notReadyToFile } from './not-ready-to-file';

/** Rules about the letter's structure: every comment answered, numbering intact. */
export const structureRules: Rule[] = [
  missingResponse,
  emptyResponse,
  duplicateCommentNumber,
  commentNumberGap,
  commentNumberOrder,
  orphanResponse,
  unknownPriorComment,
  priorLetter,
  letterSyntax,
  notReadyToFile,
];
