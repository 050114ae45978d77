// Tracked changes and comments in a Word document, counted with their authors. The letter text is read as Word
// shows it with "All Markup" accepted (insertions in, deletions out); these counts are reported alongside, so a
// change nobody has accepted in Word is never taken silently.

export interface RevisionReport {
  insertions: number;
  deletions: number;
  moves: number;
  formatting: number;
  comments: number;
  /** Authors of tracked changes, in order of first appearance. */
  changeAuthors: string[];
  commentAuthors: string[];
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'") : undefined;
}

export function countRevisions(documentXml: string, commentsXml = ''): RevisionReport {
  const r: RevisionReport = { insertions: 0, deletions: 0, moves: 0, formatting: 0, comments: 0, changeAuthors: [], commentAuthors: [] };
  const author = (list: string[], tag: string) => {
    const a = attr(tag, 'w:author');
    if (a && !list.includes(a)) list.push(a);
  };
  for (const m of documentXml.matchAll(/<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|trPrChange|tcPrChange|numberingChange)\b[^>]*>/g)) {
    const kind = m[1];
    if (kind === 'ins') r.insertions++;
    else if (kind === 'del') r.deletions++;
    else if (kind === 'moveFrom') r.moves++;
    else if (kind === 'moveTo') continue;
    else r.formatting++;
    author(r.changeAuthors, m[0]);
  }
  for (const m of commentsXml.matchAll(/<w:comment\b[^>]*>/g)) {
    r.comments++;
    author(r.commentAuthors, m[0]);
  }
  return r;
}

/** What a person should be told, or nothing when the document has no tracked changes or comments. */
export function describeRevisions(r: RevisionReport): string[] {
  const out: string[] = [];
  const changes = r.insertions + r.deletions + r.moves + r.formatting;
  if (changes) {
    const parts = [
      r.insertions && `${r.insertions} insertion${r.insertions === 1 ? '' : 's'}`,
      r.deletions && `${r.deletions} deletion${r.deletions === 1 ? '' : 's'}`,
      r.moves && `${r.moves} move${r.moves === 1 ? '' : 's'}`,
      r.formatting && `${r.formatting} formatting change${r.formatting === 1 ? '' : 's'}`,
    ].filter(Boolean);
    out.push(
      `${changes} tracked change${changes === 1 ? '' : 's'} not accepted in Word (${parts.join(', ')})` +
        `${r.changeAuthors.length ? ` by ${r.changeAuthors.join(', ')}` : ''}; the text was read as if they were accepted — accept or reject them in Word before filing`,
    );
  }
  if (r.comments) {
    out.push(`${r.comments} Word comment${r.comments === 1 ? '' : 's'}${r.commentAuthors.length ? ` by ${r.commentAuthors.join(', ')}` : ''} (not part of the letter text)`);
  }
  return out;
}
