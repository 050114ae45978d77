import { expect, it } from 'vitest';
import { GenerationCache } from '../../server/src/core/text/generation-cache';

it('keeps what the last two runs used and forgets the rest', () => {
  const c = new GenerationCache<string, number>();
  c.set('a', 1);
  c.set('b', 2);
  c.nextGeneration(); // run 2 starts: a and b are from run 1
  expect(c.get('a')).toBe(1); // used in run 2: promoted
  c.nextGeneration(); // run 3: only a survives (b unused in run 2)
  expect(c.get('b')).toBeUndefined();
  expect(c.get('a')).toBe(1);
  c.nextGeneration();
  c.nextGeneration();
  expect(c.get('a')).toBeUndefined();
});
