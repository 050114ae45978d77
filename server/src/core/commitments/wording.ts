import type { Commitment } from './commitment';

/** The promise in the drafter's words, quoted as written: “will revise”. The diagnostic's range shows the rest. */
export function quoteTrigger(c: Commitment): string {
  const t = c.trigger.replace(/\s+/g, ' ').trim();
  return `\u201c${t.length > 60 ? `${t.slice(0, 57)}\u2026` : t}\u201d`;
}

export function shorten(s: string, max = 70): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
