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

it('stops remembering once a run has filled its budget, and starts afresh each run', () => {
  const c = new GenerationCache<string, string>(10, (k, v) => k.length + v.length);
  c.set('aaa', 'AAA'); // 6
  c.set('bbb', 'BBB'); // 12: over the budget from here on
  c.set('ccc', 'CCC');
  expect(c.get('aaa')).toBe('AAA');
  expect(c.get('bbb')).toBe('BBB');
  expect(c.get('ccc')).toBeUndefined();
  c.nextGeneration();
  expect(c.get('bbb')).toBe('BBB'); // promoted into the new run: 6
  c.set('ddd', 'DDD'); // 12
  expect(c.get('aaa')).toBe('AAA'); // still there from the last run, but not promoted: this run's budget is spent
  c.nextGeneration();
  expect(c.get('aaa')).toBeUndefined();
  expect(c.get('bbb')).toBe('BBB');
});
