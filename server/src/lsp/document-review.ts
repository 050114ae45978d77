// Word drafts and PDFs in the workspace review, and the converted text the VS Code client shows as a read-only view.
// A .docx or .pdf is converted by the input layer (its readers loaded on first use); it is reviewed when the
// conversion reads as a response letter (it has responses), so staff letters' PDFs stay quiet. Its diagnostics sit
// at the top of the file (a binary has no lines to point at) and name the page or paragraph in their message.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core/check';
import { parseLetter } from '../core/dialect/parse';
import { describeLocation, locate, readDocument, type LetterDocument, type SourceMap } from '../core/input';
import type { Settings } from '../core/settings';
import { findFiles } from '../disk/find-letters';
import { isReviewableDocument } from '../core/letter-files';

/** The request the client sends for a document's converted text. */
export const CONVERT_REQUEST = 'corresp/convertDocument';
export interface ConvertParams {
  /** file: URI of the document. */
  uri: string;
  /** Markdown emphasis in the text (default true; the staff-letter import turns it off). */
  emphasis?: boolean;
}
export interface ConvertResult {
  text?: string;
  format?: string;
  notes: string[];
  /** Why it could not be converted, for a person. */
  error?: string;
}


/** Word and PDF documents under the folders (breadth-first, bounded). */
export function findDocuments(folders: string[], limit = 200): string[] {
  return findFiles(folders, isReviewableDocument, limit);
}

/** The client's converted views: view URI → the conversion's source map and notes, to name pages in diagnostics. */
const views = new Map<string, { text: string; map?: SourceMap; notes: string[] }>();
const VIEW_SCHEME = 'corresp-converted:';

/**
 * The key of a document's view: the client opens the document's path + ".corresp.md" in its own scheme
 * (converted-view.ts); the path alone, decoded and without leading slashes, matches however the URI was written.
 */
function viewKey(uri: string, scheme: string, suffix = ''): string | undefined {
  if (!uri.startsWith(scheme)) return undefined;
  try {
    return decodeURIComponent(uri.slice(scheme.length)).replace(/^\/+/, '') + suffix;
  } catch {
    return undefined;
  }
}

export async function convertDocument(file: string, maxBytes: number, emphasis = true, fileUri?: string): Promise<ConvertResult> {
  try {
    const st = statSync(file);
    if (!st.isFile()) return { notes: [], error: `${basename(file)} is not a file` };
    if (st.size > Math.max(maxBytes, 64 * 1024 * 1024)) return { notes: [], error: `${basename(file)} is too large to be a letter` };
    const doc = await readDocument(readFileSync(file), basename(file), { emphasis });
    const key = fileUri && emphasis ? viewKey(fileUri, 'file:', '.corresp.md') : undefined;
    if (key) {
      views.set(key, { text: doc.text, map: doc.map, notes: doc.notes });
      if (views.size > 50) views.delete(views.keys().next().value!);
    }
    return { text: doc.text, format: doc.format, notes: doc.notes };
  } catch (err) {
    return { notes: [], error: (err as Error)?.message ?? String(err) };
  }
}

/** The diagnostics of a Word or PDF response letter, or undefined when the document is not one. */
export async function reviewDocument(uri: string, file: string, settings: Settings): Promise<Diagnostic[] | undefined> {
  let doc: LetterDocument;
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > Math.max(settings.maxFileSize, 64 * 1024 * 1024)) return undefined;
    doc = await readDocument(readFileSync(file), basename(file));
  } catch {
    return undefined;
  }
  if (!parseLetter(doc.text).responses.length) return undefined;
  const analysis = analyze(doc.text, settings);
  const text = TextDocument.create(uri, 'corresp', 0, doc.text);
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const diagnostics: Diagnostic[] = analysis.findings.map((f) => {
    const where = describeLocation(locate(doc.map, text.positionAt(f.span.start).line));
    return { range: top, severity: SEVERITY[f.severity], code: f.rule, source: 'corresp', message: where ? `${f.message} (${where})` : f.message };
  });
  for (const note of doc.notes) diagnostics.push({ range: top, severity: 3, source: 'corresp', message: note });
  return diagnostics;
}

/**
 * Diagnostics of a converted view (the client's read-only letter for a .docx or .pdf) with the page or paragraph
 * of the original in each message, and the conversion's notes (tracked changes, Word comments) at the top.
 */
export function placeViewDiagnostics(uri: string, text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const key = viewKey(uri, VIEW_SCHEME);
  const view = key ? views.get(key) : undefined;
  if (!view || view.text !== text) return diagnostics;
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [
    ...diagnostics.map((d) => {
      const where = describeLocation(locate(view.map, d.range.start.line));
      return where ? { ...d, message: `${d.message} (${where})` } : d;
    }),
    ...view.notes.map((message): Diagnostic => ({ range: top, severity: 3, source: 'corresp', message })),
  ];
}

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
