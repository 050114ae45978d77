import type { Letter, Span } from '../model';

/** One entry of the letter's outline: captions hold comments, a comment holds its response. */
export interface OutlineNode {
  name: string;
  detail?: string;
  kind: 'caption' | 'comment' | 'response' | 'front-matter';
  span: Span;
  selectionSpan: Span;
  children: OutlineNode[];
}

/** Builds the outline: captions → "Comment 3 — Discussion of Non-GAAP Financial Measures, page 5" → its response. */
export function outline(letter: Letter): OutlineNode[] {
  const roots: OutlineNode[] = [];
  if (letter.facts.span && letter.facts.source === 'front-matter') {
    roots.push({ name: 'Letter facts', detail: letter.facts.company, kind: 'front-matter', span: letter.facts.span, selectionSpan: letter.facts.span, children: [] });
  }
  const stack: { level: number; node: OutlineNode }[] = [];
  const events: ({ at: number; caption: Letter['captions'][number] } | { at: number; comment: Letter['comments'][number] })[] = [
    ...letter.captions.map((caption) => ({ at: caption.span.start, caption })),
    ...letter.comments.map((comment) => ({ at: comment.span.start, comment })),
  ].sort((a, b) => a.at - b.at);
  const responsesByNumber = new Map<number, Letter['responses']>();
  for (const r of letter.responses) {
    if (r.number === undefined) continue;
    const list = responsesByNumber.get(r.number) ?? [];
    list.push(r);
    responsesByNumber.set(r.number, list);
  }
  const parentFor = (level: number): OutlineNode[] => {
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    return stack.length ? stack[stack.length - 1].node.children : roots;
  };
  for (const e of events) {
    if ('caption' in e) {
      const c = e.caption;
      const node: OutlineNode = { name: c.title, kind: 'caption', span: { ...c.span }, selectionSpan: c.span, children: [] };
      parentFor(c.level).push(node);
      stack.push({ level: c.level, node });
    } else {
      const c = e.comment;
      const responses = responsesByNumber.get(c.number) ?? [];
      // Under its caption the comment is "Comment 5", its opening words as detail: the caption is not said twice.
      // A caption the outline does not show (the reader found none as a heading) stays in the name.
      const caption = c.captions[c.captions.length - 1];
      const shown = stack.length > 0 && stack[stack.length - 1].node.name === caption;
      const opening = c.text.replace(/\s+/g, ' ').trim();
      const node: OutlineNode = {
        name: caption && !shown ? `Comment ${c.number} — ${caption}` : `Comment ${c.number}`,
        detail: [responses.length ? undefined : 'no response', opening.length > 60 ? `${opening.slice(0, 59)}\u2026` : opening || undefined].filter(Boolean).join(' \u00b7 ') || undefined,
        kind: 'comment',
        span: { start: c.span.start, end: Math.max(c.span.end, ...responses.map((r) => r.span.end)) },
        selectionSpan: c.numberSpan,
        children: responses.map((r) => ({
          name: `Response ${c.number}`,
          detail: r.text.slice(0, 60),
          kind: 'response' as const,
          span: r.span,
          selectionSpan: r.labelSpan.end > r.labelSpan.start ? r.labelSpan : { start: r.span.start, end: r.span.start },
          children: [],
        })),
      };
      const parent = stack.length ? stack[stack.length - 1].node.children : roots;
      parent.push(node);
    }
  }
  // A caption spans until the last thing under it, so editors can highlight and fold it.
  const widen = (n: OutlineNode): number => {
    for (const ch of n.children) n.span.end = Math.max(n.span.end, widen(ch));
    return n.span.end;
  };
  roots.forEach(widen);
  return roots;
}

/** Folding ranges: every caption with what it holds, every comment together with its response, every response, and the front matter. */
export function foldingSpans(letter: Letter): Span[] {
  const spans: Span[] = [];
  const captions = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (n.kind !== 'caption') continue;
      if (n.children.length) spans.push({ start: n.span.start, end: n.span.end });
      captions(n.children);
    }
  };
  captions(outline(letter));
  const ends = new Map<number, number>();
  for (const r of letter.responses) if (r.number !== undefined) ends.set(r.number, Math.max(ends.get(r.number) ?? 0, r.span.end));
  for (const c of letter.comments) spans.push({ start: c.span.start, end: Math.max(c.span.end, ends.get(c.number) ?? 0) });
  for (const r of letter.responses) spans.push(r.span);
  if (letter.facts.span && letter.facts.source === 'front-matter') spans.push(letter.facts.span);
  return spans;
}
