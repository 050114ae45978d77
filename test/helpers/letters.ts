import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'vitest';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEED = path.join(SHARED, 'seeds', '21vianet-2017-08-30-response.txt');
export const EXAMPLE = path.join(ROOT, 'examples', '21vianet-2017-08-30.corresp.md');
export const CORPUS = path.join(SHARED, 'corpus');

/**
 * The letter collections beside the repository (../shared/corpus, ../shared/seeds) stay outside it: a clone has
 * none, CI has them. Tests that read them are declared with `describeShared` / `itShared`, which skip them (with
 * SHARED_MARK in their name, so test/helpers/shared-skips-reporter.ts counts them in one line) when they are absent.
 */
export const SHARED_PRESENT = fs.existsSync(CORPUS) && fs.existsSync(SEED);
export const SHARED_MARK = '[../shared]';
export const describeShared = (name: string, fn: () => void) => (SHARED_PRESENT ? describe : describe.skip)(`${name} ${SHARED_MARK}`, fn);
export const itShared = (name: string, fn: () => unknown, timeout?: number) => (SHARED_PRESENT ? it : it.skip)(`${name} ${SHARED_MARK}`, fn, timeout);

export function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

/** The corpus letters (none when ../shared is absent). */
export function corpusFiles(): string[] {
  if (!SHARED_PRESENT) return [];
  return fs
    .readdirSync(CORPUS)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort();
}

/** The letter with its front matter's closing "---" deleted (issue 11, defect 1). */
export function withoutClosingFence(text: string): string {
  const close = text.indexOf('\n---\n', 4);
  return text.slice(0, close + 1) + text.slice(close + 5);
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A letter in the example's style (`> **N.**` comments, `**Response:**` labels) with the response to comment `n` taken out. */
export function withoutResponse(text: string, n: number): string {
  const at = text.indexOf(`> **${n + 1}.**`);
  const label = text.lastIndexOf('**Response:**', at);
  return text.slice(0, label) + text.slice(at);
}

/** The example letter with the response to comment `n` taken out. */
export function exampleWithoutResponse(n: number): string {
  return withoutResponse(read(EXAMPLE), n);
}
