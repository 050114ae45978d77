// A response letter (the markdown dialect) → a neutral list of blocks and styled runs, the one thing the HTML,
// text and DOCX writers render. Everything that must never reach the filed letter is removed here, before any
// writer sees the text: the front matter (with the commitment register), HTML comments (suppressions, import
// notes) and internal blocks (`<!-- internal -->` … `<!-- /internal -->`).

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseLetter } from '../dialect/parse';
import { bodyStart } from '../dialect/front-matter';
import { hiddenText } from '../dialect/hidden-text';
import type { Letter } from '../model';
import { findLegends, findRedactions, nonContentSpans, publicLegend, type RedactionMarker } from './redaction';

export type ExportVersion = 'public' | 'confidential';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  code?: boolean;
  /** A redacted passage: shown as its marker in the public copy, highlighted in brackets in the confidential one. */
  redacted?: boolean;
}

export type Line = Run[];

export interface Block {
  kind: 'paragraph' | 'heading' | 'item' | 'break';
  /** Physical lines (a letter's address, Re: and signature blocks keep their line breaks). */
  lines: Line[];
  /** Heading level (1…6) or list depth (1…). */
  level?: number;
  /** List items: "•" or "3.". Empty for a continuation paragraph of an item. */
  bullet?: string;
  /** Part of a restated staff comment. */
  comment?: boolean;
  align?: 'center' | 'right';
  /**
   * legend/mark: Rule 83 text; draft: the DRAFT banner; proposed: proposed disclosure quoted in a response (set apart
   * from the staff's comments); proposed-label: the line introducing it (kept with it on the page).
   */
  role?: 'legend' | 'mark' | 'draft' | 'proposed' | 'proposed-label';
}

export interface ExportDocument {
  title: string;
  blocks: Block[];
  version: ExportVersion;
  /** The letter has redaction markers: a public and a confidential version exist. */
  confidential: boolean;
  /** "Confidential Treatment Requested by X" (+ code), to repeat on every page. */
  pageMark?: string;
  /** What the running header of pages 2 and later shows: the company and the letter's date (when it has one). */
  running: { company?: string; date?: string };
  /** Marked DRAFT — NOT FOR FILING (exported with `--draft`). */
  draft: boolean;
  warnings: string[];
}

export interface BuildOptions {
  /** Mark the copy DRAFT — NOT FOR FILING (a banner at the top; the DOCX header and the HTML title say so too). */
  draft?: boolean;
}

export const DRAFT_BANNER = 'DRAFT \u2014 NOT FOR FILING';

export type CommentStyle = 'bold' | 'italic' | 'bold-italic' | 'underline' | 'bold-underline' | 'plain';
const COMMENT_STYLES: CommentStyle[] = ['bold', 'italic', 'bold-italic', 'underline', 'bold-underline', 'plain'];

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  alt?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse);
const PH = /\uE000(\d+)\uE001/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A letter that must not be exported as it stands: the message says why and what to fix. */
export class ExportRefused extends Error {}

/**
 * Why the letter cannot be exported safely, or nothing. A front matter that is broken or never closed would put the
 * commitment register into the filed letter; an internal block or comment that is never closed would drop the rest
 * of it. `letter-syntax` reports each of these as a finding.
 */
export function exportRefusals(text: string, letter: Letter = parseLetter(text)): string[] {
  const reasons = letter.problems.filter((p) => p.severity === 'error' || /front matter/i.test(p.message)).map((p) => p.message);
  const unclosed = hiddenText(text, bodyStart(letter)).unclosed;
  if (unclosed) reasons.push(unclosed.message);
  return reasons;
}

/** Removes what never appears in an export. Returns the body (front matter gone); throws ExportRefused instead of leaking or losing text. */
export function exportableBody(text: string, letter: Letter = parseLetter(text)): { body: string; warnings: string[] } {
  const refusals = exportRefusals(text, letter);
  if (refusals.length) throw new ExportRefused(`${refusals.join('; ')}. Fix it first (run corresp check)`);
  const from = bodyStart(letter);
  let body = '';
  let at = from;
  for (const span of hiddenText(text, from).spans) {
    body += text.slice(at, span.start);
    at = span.end;
  }
  body += text.slice(at);
  body = body.replace(/\r\n?/g, '\n');
  // Lines that held only a comment are blank now; keep paragraphs apart but not spread.
  body = body.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
  return { body, warnings: [] };
}

export function buildDocument(text: string, version: ExportVersion = 'public', options: BuildOptions = {}): ExportDocument {
  const letter = parseLetter(text);
  const fm = frontMatterOf(letter);
  const { body: stripped, warnings } = exportableBody(text, letter);

  // Redactions become placeholders, so markdown parsing leaves them whole.
  const markers: RedactionMarker[] = findRedactions(stripped, nonContentSpans(stripped));
  let body = '';
  let last = 0;
  markers.forEach((m, i) => {
    body += stripped.slice(last, m.span.start) + `\uE000${i}\uE001`;
    last = m.span.end;
  });
  body += stripped.slice(last);
  const confidential = markers.length > 0;
  const style = markers.length ? mostCommon(markers.map((m) => m.marker)) : '[***]';

  const commentStyle = readCommentStyle(fm.get('comment-style'), warnings);
  const ctx: Ctx = { body, markers, version, commentStyle };
  const tree = processor.parse(body) as MdNode;
  const blocks: Block[] = [];
  for (const node of tree.children ?? []) convertBlock(node, ctx, blocks, false, 0);
  restyleCommentClaim(blocks, commentStyle);

  const company = str(fm.get('company')) ?? letter.facts.company ?? '';
  addHead(blocks, fm, letter, company);
  addSignature(blocks, fm);
  if (options.draft) blocks.unshift(para(DRAFT_BANNER, { bold: true }, 'center', 'draft'));

  let pageMark: string | undefined;
  if (confidential) {
    const ct = fm.get('confidential-treatment');
    const ctObj = ct && typeof ct === 'object' && !Array.isArray(ct) ? (ct as Record<string, unknown>) : {};
    const by = str(ctObj['requested-by']) ?? (company || '[Company]');
    const code = str(ctObj.code);
    pageMark = `Confidential Treatment Requested by ${by}${code ? ` \u2014 ${code}` : ''}`;
    const hasLegend = findLegends(stripped, nonContentSpans(stripped)).some((l) => !isInComment(letter, text, stripped, l.span.start));
    const top: Block[] = [];
    if (version === 'confidential') {
      top.push(para('FOIA Confidential Treatment Request', { bold: true }, 'center', 'mark'));
      top.push(para(`${pageMark}. This copy contains the information omitted from the version filed via EDGAR, where it is replaced by the mark "${style}"; the omitted information is shown here in brackets.`, { bold: true }, undefined, 'legend'));
    } else if (!hasLegend) {
      top.push(para(publicLegend(by, style), { bold: true }, undefined, 'legend'));
    }
    blocks.unshift(...top);
    if (fm.get('confidential-treatment') === undefined && !hasLegend) {
      warnings.push('the letter has redaction markers but no confidential-treatment request (front matter or legend); the standard legend was added');
    }
  }
  const title = `${options.draft ? `${DRAFT_BANNER}: ` : ''}Response letter${company ? ` \u2014 ${company}` : ''}`;
  const running = { company: company || undefined, date: longDate(str(fm.get('response-date'))) };
  return { title, blocks, version, confidential, pageMark, running, draft: !!options.draft, warnings };
}

// ---------------------------------------------------------------------------------------------------------------

interface Ctx {
  body: string;
  markers: RedactionMarker[];
  version: ExportVersion;
  commentStyle: CommentStyle;
  /** After a response label, until the next caption or restated comment: a quoted block there is proposed text. */
  inResponse?: boolean;
}

interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  code?: boolean;
}

function convertBlock(node: MdNode, ctx: Ctx, out: Block[], comment: boolean, depth: number): void {
  switch (node.type) {
    case 'heading':
      if (!comment) ctx.inResponse = false;
      out.push({ kind: 'heading', level: node.depth ?? 1, lines: joinLines(inlineLines(node, ctx, commentMarks(ctx, comment))), comment });
      return;
    case 'paragraph': {
      if (!comment && depth === 0 && /^\s*(?:\*\*|__)?\s*(?:[A-Z][\w'\u2019]*\s+)?Response\b/i.test(sourceOf(node, ctx))) ctx.inResponse = true;
      const lines = inlineLines(node, ctx, commentMarks(ctx, comment));
      out.push({ kind: 'paragraph', lines: comment || !keepBreaks(node, ctx) ? joinLines(lines) : lines, comment });
      return;
    }
    case 'blockquote': {
      // A restated staff comment starts with its number; a quoted block inside a response is proposed disclosure,
      // set apart in its own style and never dressed as a staff comment.
      const proposed = !comment && ctx.inResponse === true && !/^[\s>*_]*(?:Comment\s+)?\d{1,3}\s*[.):]/i.test(sourceOf(node, ctx));
      if (!proposed) {
        if (!comment) ctx.inResponse = false;
        for (const child of node.children ?? []) convertBlock(child, ctx, out, true, depth);
        return;
      }
      const before = out.length;
      for (const child of node.children ?? []) convertBlock(child, ctx, out, false, depth);
      for (let k = before; k < out.length; k++) out[k] = { ...out[k], role: 'proposed' };
      const label = out[before - 1];
      if (label && label.kind === 'paragraph' && !label.comment && !label.role && /:\s*$/.test(blockText(label))) out[before - 1] = { ...label, role: 'proposed-label' };
      return;
    }
    case 'list': {
      let n = node.start ?? 1;
      for (const item of node.children ?? []) {
        const bullet = node.ordered ? `${n++}.` : '\u2022';
        let first = true;
        for (const child of item.children ?? []) {
          if (child.type === 'paragraph') {
            const lines = joinLines(inlineLines(child, ctx, commentMarks(ctx, comment)));
            out.push({ kind: 'item', level: depth + 1, bullet: first ? bullet : '', lines, comment });
            first = false;
          } else if (child.type === 'list') {
            convertBlock(child, ctx, out, comment, depth + 1);
          } else {
            const before = out.length;
            convertBlock(child, ctx, out, comment, depth + 1);
            for (let k = before; k < out.length; k++) if (out[k].kind === 'paragraph') out[k] = { ...out[k], kind: 'item', level: depth + 1, bullet: first && k === before ? bullet : '' };
            first = false;
          }
        }
        if (first) out.push({ kind: 'item', level: depth + 1, bullet, lines: [[]], comment });
      }
      return;
    }
    case 'thematicBreak':
      out.push({ kind: 'break', lines: [[{ text: '* * *' }]], align: 'center' });
      return;
    case 'code':
      out.push({ kind: 'paragraph', lines: (node.value ?? '').split('\n').map((l) => splitRedactions(l, ctx, { code: true })), comment });
      return;
    case 'html':
      return;
    default:
      if (node.children) for (const child of node.children) convertBlock(child, ctx, out, comment, depth);
      else if (typeof node.value === 'string' && node.value.trim()) out.push({ kind: 'paragraph', lines: [splitRedactions(node.value, ctx, {})], comment });
  }
}

function sourceOf(node: MdNode, ctx: Ctx): string {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? '' : ctx.body.slice(s, Math.min(e, s + 200));
}

function commentMarks(ctx: Ctx, comment: boolean): Marks {
  if (!comment) return {};
  switch (ctx.commentStyle) {
    case 'bold':
      return { bold: true };
    case 'italic':
      return { italic: true };
    case 'bold-italic':
      return { bold: true, italic: true };
    case 'underline':
      return { underline: true };
    case 'bold-underline':
      return { bold: true, underline: true };
    default:
      return {};
  }
}

/**
 * A block of lines (letterhead, address, Re:, signature, cc:) keeps its breaks: every line is short and every
 * continuation line starts like a new line of an address (capital, digit, bracket), not like wrapped prose.
 */
function keepBreaks(node: MdNode, ctx: Ctx): boolean {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return false;
  const lines = ctx.body.slice(s, e).split('\n');
  return (
    lines.length > 1 &&
    lines.every((l) => l.replace(PH, '[***]').length <= 120) &&
    lines.slice(1).every((l) => /^[\s>]*(?:[*_]+)?[A-Z0-9(\[/\u201C"$\u00A7]/.test(l))
  );
}

function joinLines(lines: Line[]): Line[] {
  const out: Run[] = [];
  lines.forEach((l, i) => {
    if (i > 0) out.push({ text: ' ' });
    out.push(...l);
  });
  return [mergeRuns(out)];
}

function inlineLines(node: MdNode, ctx: Ctx, marks: Marks): Line[] {
  const lines: Line[] = [[]];
  const walk = (n: MdNode, m: Marks) => {
    switch (n.type) {
      case 'text': {
        const parts = (n.value ?? '').split('\n');
        parts.forEach((p, i) => {
          if (i > 0) lines.push([]);
          lines[lines.length - 1].push(...splitRedactions(p, ctx, m));
        });
        return;
      }
      case 'strong':
        for (const c of n.children ?? []) walk(c, { ...m, bold: true });
        return;
      case 'emphasis':
        for (const c of n.children ?? []) walk(c, { ...m, italic: true });
        return;
      case 'inlineCode':
        lines[lines.length - 1].push(...splitRedactions(n.value ?? '', ctx, { ...m, code: true }));
        return;
      case 'break':
        lines.push([]);
        return;
      case 'image':
        if (n.alt) lines[lines.length - 1].push({ text: n.alt, ...m });
        return;
      case 'html':
        return;
      default:
        // Links keep their text only: nothing in the export points outside the letter.
        if (n.children) for (const c of n.children) walk(c, m);
        else if (typeof n.value === 'string') lines[lines.length - 1].push(...splitRedactions(n.value, ctx, m));
    }
  };
  for (const c of node.children ?? []) walk(c, marks);
  return lines.map(mergeRuns);
}

function splitRedactions(s: string, ctx: Ctx, m: Marks): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const x of s.matchAll(PH)) {
    if (x.index! > last) out.push({ text: s.slice(last, x.index), ...m });
    const marker = ctx.markers[Number(x[1])];
    if (marker) {
      if (ctx.version === 'confidential' && marker.hidden !== undefined) out.push({ text: `[${marker.hidden}]`, ...m, redacted: true });
      else out.push({ text: marker.marker, ...m, redacted: ctx.version === 'confidential' });
    }
    last = x.index! + x[0].length;
  }
  if (last < s.length) out.push({ text: s.slice(last), ...m });
  return out;
}

function mergeRuns(runs: Run[]): Line {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const prev = out[out.length - 1];
    if (prev && !!prev.bold === !!r.bold && !!prev.italic === !!r.italic && !!prev.underline === !!r.underline && !!prev.code === !!r.code && !!prev.redacted === !!r.redacted) {
      out[out.length - 1] = { ...prev, text: prev.text + r.text };
    } else out.push({ ...r });
  }
  return out;
}

function para(text: string, m: Marks = {}, align?: Block['align'], role?: Block['role']): Block {
  return { kind: 'paragraph', lines: [[{ text, ...m }]], align, role };
}

function lines(texts: string[], m: Marks = {}, align?: Block['align']): Block {
  return { kind: 'paragraph', lines: texts.map((t) => [{ text: t, ...m }]), align };
}

function blockText(b: Block): string {
  return b.lines.map((l) => l.map((r) => r.text).join('')).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Letter head and signature from the front matter, when the body does not write them itself.

function frontMatterOf(letter: Letter): Map<string, unknown> {
  const m = new Map<string, unknown>();
  const f = letter.facts;
  if (f.source !== 'front-matter') return m;
  if (f.company) m.set('company', f.company);
  if (f.filing) m.set('filing', f.filing);
  if (f.filed) m.set('filed', f.filed);
  if (f.fileNumber) m.set('file-number', f.fileNumber);
  if (f.staffLetterDate) m.set('staff-letter', f.staffLetterDate);
  if (f.responseDate) m.set('response-date', f.responseDate);
  for (const [k, v] of Object.entries(f.extra)) m.set(k.toLowerCase(), v);
  return m;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x) ?? '').filter(Boolean);
  const s = str(v);
  return s ? [s] : [];
}

function longDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : iso;
}

function readCommentStyle(v: unknown, warnings: string[]): CommentStyle {
  const s = str(v)?.toLowerCase().replace(/[\s_]+/g, '-');
  if (!s) return 'bold';
  if ((COMMENT_STYLES as string[]).includes(s)) return s as CommentStyle;
  if (s === 'italic-bold' || s === 'bold-italics') return 'bold-italic';
  if (s === 'none') return 'plain';
  warnings.push(`comment-style "${s}" is not one of ${COMMENT_STYLES.join(', ')}; comments are in bold`);
  return 'bold';
}

/** The blocks before the first caption or staff comment: the letter's head as the body writes it. */
function preambleEnd(blocks: Block[]): number {
  const i = blocks.findIndex((b) => b.kind === 'heading' || b.comment || /^\s*(?:Response|Comment)\b/i.test(blockText(b)));
  return i < 0 ? blocks.length : i;
}

function addHead(blocks: Block[], fm: Map<string, unknown>, letter: Letter, company: string): void {
  const end = preambleEnd(blocks);
  const pre = blocks.slice(0, end).map(blockText);
  const hasRe = pre.some((t) => /^\s*(?:RE|Re)\s*:/.test(t));
  const salutationAt = pre.findIndex((t) => /^\s*(?:Dear\b|Ladies and Gentlemen|Gentlemen|To whom)/i.test(t));
  const head: Block[] = [];
  if (!hasRe) {
    const letterhead = list(fm.get('letterhead'));
    if (letterhead.length) head.push(lines(letterhead, { bold: true }, 'center'));
    else if (company) head.push(para(company, { bold: true }, 'center'));
    // No date is written rather than a "[Date]" placeholder: the readiness check reports it, and --draft marks the copy.
    const date = longDate(str(fm.get('response-date')));
    if (date) head.push(para(date));
    head.push(para('VIA EDGAR'));
    const office = str(fm.get('review-office'));
    head.push(lines(['U.S. Securities and Exchange Commission', 'Division of Corporation Finance', ...(office ? [office] : []), '100 F Street, N.E.', 'Washington, D.C. 20549']));
    const attention = list(fm.get('attention'));
    if (attention.length) head.push(lines(attention.map((a, i) => (i === 0 ? `Attention: ${a}` : a))));
    const re: string[] = [];
    const companies = list(fm.get('companies'));
    re.push(...(companies.length ? companies : [company || letter.facts.company || '[Company]']));
    const filings = fm.get('filings');
    if (Array.isArray(filings) && filings.length) {
      for (const f of filings) {
        if (typeof f === 'string') re.push(f);
        else if (f && typeof f === 'object') {
          const o = f as Record<string, unknown>;
          const form = str(o.form);
          if (form) re.push(form);
          const filed = str(o.filed);
          if (filed) re.push(`Filed ${longDate(filed)}`);
        }
      }
    } else {
      const filing = str(fm.get('filing'));
      if (filing) re.push(filing);
      const filed = str(fm.get('filed'));
      if (filed) re.push(`Filed ${longDate(filed)}`);
    }
    const fileNumbers = list(fm.get('file-numbers'));
    const fileNumber = str(fm.get('file-number'));
    if (fileNumbers.length > 1) re.push(`File Nos. ${fileNumbers.join(' and ')}`);
    else if (fileNumber) re.push(`File No. ${fileNumber}`);
    head.push({ kind: 'paragraph', lines: re.map((t, i) => [{ text: i === 0 ? `Re: ${t}` : t, bold: true }]) });
  }
  if (salutationAt < 0) head.push(para(str(fm.get('salutation')) ?? 'Ladies and Gentlemen:'));
  if (!head.length) return;
  if (hasRe && salutationAt < 0) {
    // The body has its own Re: block: the salutation goes right after it.
    const reAt = pre.findIndex((t) => /^\s*(?:RE|Re)\s*:/.test(t));
    blocks.splice(reAt + 1, 0, ...head);
  } else blocks.unshift(...head);
}

/**
 * The signature block from `signer:`. A conformed signature ("/s/ Name") is printed only when the letter says the
 * signer has signed (`signed: true`); otherwise the name and title stand under the closing, with room to sign. A
 * signature the drafter wrote in the body (a "/s/" line, or the name after the closing) is left as written.
 */
function addSignature(blocks: Block[], fm: Map<string, unknown>): void {
  const signer = fm.get('signer');
  let name: string | undefined;
  let title: string[] = [];
  if (signer && typeof signer === 'object' && !Array.isArray(signer)) {
    const o = signer as Record<string, unknown>;
    name = str(o.name);
    title = list(o.title);
  } else if (typeof signer === 'string' && signer.trim()) {
    const [n, ...rest] = signer.split(',');
    name = n.trim();
    if (rest.join(',').trim()) title = [rest.join(',').trim()];
  }
  if (name && /^\[.*\]$/.test(name)) name = undefined;
  const signed = fm.get('signed') === true || /^(?:true|yes)$/i.test(str(fm.get('signed')) ?? '');
  const texts = blocks.map(blockText);
  const lastContent = Math.max(0, texts.length - 12);
  const tail = texts.slice(lastContent).join('\n');
  if (name && signed && tail.includes(name) && !/^\s*\/s\//m.test(tail)) {
    // The drafter wrote the signature block without the conformed signature: it goes above the signer's name.
    for (let i = blocks.length - 1; i >= lastContent; i--) {
      const at = blockText(blocks[i]).split('\n').findIndex((l) => l.trim() === name);
      if (at < 0) continue;
      blocks.splice(i, 0, lines([`/s/ ${name}`]));
      break;
    }
  } else if (name && !tail.includes(name)) {
    if (!/^(?:Very truly yours|Sincerely|Respectfully|Yours truly|Regards|Best regards),?\s*$/im.test(tail)) blocks.push(para('Very truly yours,'));
    if (signed) blocks.push(lines([`/s/ ${name}`]));
    else blocks.push(lines(['', '']));
    blocks.push(lines([name, ...title]));
  }
  const cc = list(fm.get('cc'));
  if (cc.length && !/^cc\s*:/im.test(tail)) blocks.push(lines(cc.map((c, i) => (i === 0 ? `cc: ${c}` : c))));
}

/** "each of the Staff's comments is repeated below in bold type": said right for the comment style in use. */
function restyleCommentClaim(blocks: Block[], style: CommentStyle): void {
  if (style === 'bold') return;
  const words: Record<CommentStyle, string> = { bold: 'in bold type', italic: 'in italics', 'bold-italic': 'in bold italics', underline: 'underlined', 'bold-underline': 'in bold, underlined', plain: '' };
  for (const b of blocks.slice(0, 12)) {
    for (const line of b.lines) {
      for (const r of line) {
        if (!/\b(?:repeated|restated|reproduced|set (?:forth|out))\b[^.]*\bin bold(?: type| font| print| face)?\b/i.test(r.text)) continue;
        r.text = r.text.replace(/\s*\bin bold(?: type| font| print| face)?\b/i, words[style] ? ` ${words[style]}` : '');
      }
    }
  }
}

function mostCommon(xs: string[]): string {
  const counts = new Map<string, number>();
  let best = xs[0];
  for (const x of xs) {
    counts.set(x, (counts.get(x) ?? 0) + 1);
    if ((counts.get(x) ?? 0) > (counts.get(best) ?? 0)) best = x;
  }
  return best;
}

/** Is an offset of the stripped body inside a staff comment? (Legends quoted by the staff do not count.) */
function isInComment(letter: Letter, _text: string, stripped: string, at: number): boolean {
  // The stripped body no longer shares offsets with the letter: compare by the surrounding words instead.
  const probe = stripped.slice(Math.max(0, at - 20), at + 20);
  return letter.comments.some((c) => letter.text.slice(c.span.start, c.span.end).includes(probe));
}
