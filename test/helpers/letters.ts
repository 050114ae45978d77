import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEED = path.join(SHARED, 'seeds', '21vianet-2017-08-30-response.txt');
export const EXAMPLE = path.join(ROOT, 'examples', '21vianet-2017-08-30.corresp.md');
export const CORPUS = path.join(SHARED, 'corpus');

export function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

export function corpusFiles(): string[] {
  return fs
    .readdirSync(CORPUS)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort();
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
