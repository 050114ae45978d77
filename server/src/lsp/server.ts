// The language server: the only place that knows LSP. It turns editor events into calls on the pure core
// (server/src/core) and the core's plain objects into protocol types.
import * as path from 'node:path';
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  MarkupKind,
  ProposedFeatures,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentLink,
  type Hover,
  type InitializeResult,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { SERVER_V8_RUNTIME_FLAGS } from './node-flags';
import { LeanStreamReader, LeanStreamWriter, stdinReader } from './transport';
import { analyze, type Analysis } from '../core/check';
import type { Finding, Fix, Severity, Span } from '../core/model';
import { docsUrl } from '../core/rules/rule';
import { findRule } from '../core/rules/registry';
import { readSettings, DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { outline, foldingSpans, type OutlineNode } from '../core/features/outline';
import { hoverAt } from '../core/features/hover';
import { completeAt } from '../core/features/completion';
import { documentLinks } from '../core/features/links';
import { letterStatus } from '../core/features/status';
import { commitmentStatusLine } from '../core/commitments/commitment';
import { recordAllCommitmentsFix } from '../core/commitments/fixes';
import { composeEdits } from '../core/fixes';
import { isLetterDocument as isLetterDoc, isReviewableDocument } from '../core/letter-files';
import { CONFIG_FILE, findConfigFile, readConfigFile, withConfigFile } from '../disk/config-file';
import { findLetters, isLetterFile, pathToUri, readForReview, uriToPath } from './workspace-review';
import { CONVERT_REQUEST, convertDocument, findDocuments, placeViewDiagnostics, reviewDocument, type ConvertParams } from './document-review';
import { DidChangeWatchedFilesNotification, FileChangeType, type WorkspaceFolder } from 'vscode-languageserver/node';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries so a quick fix can be rebuilt from the diagnostic alone. */
interface DiagnosticData {
  fixes: { title: string; preferred?: boolean; edits: LspTextEdit[] }[];
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let canPullConfiguration = false;
  let canReportProgress = false;
  let canWatchFiles = false;
  let debounceMs = 200;
  let folders: WorkspaceFolder[] = [];
  /** Files published by the workspace review (not open in the editor). */
  const reviewed = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const opts = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof opts?.debounceMs === 'number' && opts.debounceMs >= 0 && opts.debounceMs < 10_000) debounceMs = opts.debounceMs;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' ', '-', '.', '('] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, 'source.fixAll.corresp'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'corresp', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc, 0);
    void reviewWorkspace(folders);
  });

  connection.onInitialized(() => {
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown,txt,docx,pdf}' }, { globPattern: `**/${CONFIG_FILE}` }] })
        .catch(() => undefined);
    }
    void reviewWorkspace(folders);
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)).concat(e.added);
        for (const uri of [...reviewed]) {
          if (e.removed.some((r) => uri.startsWith(r.uri.endsWith('/') ? r.uri : r.uri + '/'))) {
            reviewed.delete(uri);
            void connection.sendDiagnostics({ uri, diagnostics: [] });
          }
        }
        void reviewWorkspace(e.added);
      });
    } catch {
      // The client does not announce folder changes; the initial review still stands.
    }
  });

  /** Checks every letter in the given folders that is not open, publishing its diagnostics; yields between files. */
  async function reviewWorkspace(targets: WorkspaceFolder[]): Promise<void> {
    const roots = targets.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!roots.length) return;
    const base = await settingsFor(targets[0].uri);
    if (base.workspaceReview === false) return;
    const files = findLetters(roots);
    if (!files.length) return reviewDocuments(roots);
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('corresp: reviewing letters', 0, `${files.length} letters`, false);
    const started = Date.now();
    for (let i = 0; i < files.length; i++) {
      await reviewFile(pathToUri(files[i]));
      progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1} of ${files.length}`);
      await new Promise((r) => setImmediate(r));
    }
    progress?.done();
    connection.console.info(`corresp: reviewed ${files.length} letters in ${Date.now() - started} ms`);
    await reviewDocuments(roots);
  }

  /** Word drafts and PDFs that read as response letters (document-review.ts); after the text letters. */
  async function reviewDocuments(roots: string[]): Promise<void> {
    for (const file of findDocuments(roots)) {
      const uri = pathToUri(file);
      const diagnostics = await reviewDocument(uri, file, await settingsFor(uri));
      if (diagnostics) {
        reviewed.add(uri);
        await connection.sendDiagnostics({ uri, diagnostics });
      }
      await new Promise((r) => setImmediate(r));
    }
  }

  connection.onRequest(CONVERT_REQUEST, async (params: ConvertParams) => {
    const file = uriToPath(params.uri);
    if (!file) return { notes: [], error: `${params.uri} is not a file on disk` };
    return convertDocument(file, (await settingsFor(params.uri)).maxFileSize, params.emphasis !== false, params.uri);
  });

  async function reviewFile(uri: string): Promise<void> {
    if (documents.get(uri)) return; // the editor's copy is authoritative
    const file = uriToPath(uri);
    if (!file) return;
    const settings = await settingsFor(uri);
    const got = readForReview(file, settings.maxFileSize);
    if ('skipped' in got) {
      if (reviewed.delete(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    if (documents.get(uri)) return;
    const text = 'text' in got ? got.text : '';
    const analysis = 'text' in got ? analyze(text, settings) : analyze('x'.repeat(Math.min(got.tooLarge, settings.maxFileSize + 1)), settings);
    const doc = TextDocument.create(uri, 'corresp', 0, text);
    reviewed.add(uri);
    await connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((f) => toDiagnostic(doc, f)) });
  }

  connection.onDidChangeWatchedFiles(async (params) => {
    if (params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) {
      // A config file changed: every letter's settings may have (as when the editor's settings change).
      settingsCache.clear();
      for (const doc of documents.all()) schedule(doc, 0);
      void reviewWorkspace(folders);
      return;
    }
    for (const change of params.changes) {
      try {
        if (documents.get(change.uri)) continue;
        const file = uriToPath(change.uri);
        if (!file || !folders.some((f) => change.uri.startsWith(f.uri))) continue;
        if (change.type === FileChangeType.Deleted) {
          if (reviewed.delete(change.uri)) await connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
          continue;
        }
        const head = () => {
          const got = readForReview(file, 1 << 30);
          return 'text' in got ? got.text.slice(0, 4096) : '';
        };
        if (isReviewableDocument(file)) {
          const diagnostics = await reviewDocument(change.uri, file, await settingsFor(change.uri));
          if (diagnostics) reviewed.add(change.uri);
          if (diagnostics || reviewed.delete(change.uri)) await connection.sendDiagnostics({ uri: change.uri, diagnostics: diagnostics ?? [] });
        } else if (isLetterFile(file, head)) await reviewFile(change.uri);
        else if (reviewed.delete(change.uri)) await connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      } catch (err) {
        connection.console.error(`corresp: reviewing ${change.uri} failed: ${(err as Error).message}`);
      }
    }
  });

  /** The editor's corresp.* settings for the letter, with its corresp.config.json (as the CLI finds it) laid over them. */
  function settingsFor(uri: string): Promise<Settings> {
    let cached = settingsCache.get(uri);
    if (!cached) {
      const editor: Promise<Settings> = !canPullConfiguration
        ? Promise.resolve(DEFAULT_SETTINGS)
        : connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'corresp' })
            .then((raw: unknown) => {
              const { settings, problems } = readSettings(raw, ['trace']);
              for (const p of problems) connection.console.warn(`corresp settings for ${uri}: ${p}`);
              return settings;
            })
            .catch(() => DEFAULT_SETTINGS);
      cached = editor.then((settings) => {
        const file = uriToPath(uri);
        const found = file ? findConfigFile(path.dirname(file), folders.flatMap((f) => uriToPath(f.uri) ?? [])) : undefined;
        if (!found) return settings;
        const config = readConfigFile(found);
        for (const p of config.problems) connection.console.warn(`corresp: ${found}: ${p}`);
        return withConfigFile(settings, config);
      });
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** The analysis of the document as it is now; computed on demand when a request outruns the debounce. */
  async function current(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
    const doc = documents.get(uri);
    if (!doc || !isLetterDocument(doc)) return undefined;
    const hit = analyses.get(uri);
    if (hit && hit.version === doc.version) return { doc, analysis: hit.analysis };
    const settings = await settingsFor(uri);
    const fresh = documents.get(uri);
    if (!fresh) return undefined;
    const analysis = analyze(fresh.getText(), settings);
    analyses.set(uri, { version: fresh.version, analysis });
    return { doc: fresh, analysis };
  }

  function schedule(doc: TextDocument, delay = debounceMs): void {
    const old = timers.get(doc.uri);
    if (old) clearTimeout(old);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void validate(doc.uri, doc.version);
      }, delay),
    );
  }

  async function validate(uri: string, version: number): Promise<void> {
    try {
      const doc = documents.get(uri);
      if (!doc || doc.version !== version) return; // superseded: a newer change is already scheduled
      const started = Date.now();
      if (!isLetterDocument(doc)) {
        // An ordinary markdown file: stay silent (and clear anything published before the front matter changed).
        await connection.sendDiagnostics({ uri, version, diagnostics: [] });
        return;
      }
      const got = await current(uri);
      // Never publish for a version the user has already typed past.
      if (!got || got.doc.version !== version || documents.get(uri)?.version !== version) return;
      const diagnostics = placeViewDiagnostics(uri, got.doc.getText(), got.analysis.findings.map((f) => toDiagnostic(got.doc, f)));
      await connection.sendDiagnostics({ uri, version, diagnostics });
      void connection.sendNotification('corresp/status', { uri, ...letterStatus(got.analysis, new Date().toISOString().slice(0, 10)), ms: Date.now() - started });
    } catch (err) {
      connection.console.error(`corresp: checking ${uri} failed: ${(err as Error)?.stack ?? String(err)}`);
    }
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    analyses.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    // A closed letter inside the workspace stays under review from its saved copy; anything else is cleared.
    const file = uriToPath(e.document.uri);
    const inWorkspace = folders.some((f) => e.document.uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/'));
    if (file && inWorkspace && isLetterFile(file, () => e.document.getText().slice(0, 4096))) void reviewFile(e.document.uri);
    else void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(async (params) =>
    guard(async () => {
      const got = await current(params.textDocument.uri);
      if (!got) return null;
      return outline(got.analysis.letter).map((n) => toSymbol(got.doc, n));
    }),
  );

  connection.onFoldingRanges(async (params) =>
    guard(async () => {
      const got = await current(params.textDocument.uri);
      if (!got) return null;
      return foldingSpans(got.analysis.letter)
        .map((s) => {
          const start = got.doc.positionAt(s.start).line;
          const end = got.doc.positionAt(s.end).line;
          return end > start ? FoldingRange.create(start, end) : undefined;
        })
        .filter((r): r is FoldingRange => !!r);
    }),
  );

  connection.onHover(async (params) =>
    guard(async (): Promise<Hover | null> => {
      const got = await current(params.textDocument.uri);
      if (!got) return null;
      const h = hoverAt(got.analysis, got.doc.offsetAt(params.position));
      if (!h) return null;
      return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(got.doc, h.span) };
    }),
  );

  connection.onCompletion(async (params) =>
    guard(async (): Promise<CompletionItem[] | null> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isLetterDocument(doc)) return null;
      const entries = completeAt(doc.getText(), doc.offsetAt(params.position));
      return entries.map((e) => ({
        label: e.label,
        kind: CompletionItemKind.Reference,
        detail: e.detail,
        documentation: e.documentation ? { kind: MarkupKind.Markdown, value: e.documentation } : undefined,
        sortText: e.sortText,
        textEdit: e.replaceSpan ? { range: toRange(doc, e.replaceSpan), newText: e.insertText } : undefined,
        insertText: e.replaceSpan ? undefined : e.insertText,
      }));
    }),
  );

  connection.onDocumentLinks(async (params) =>
    guard(async (): Promise<DocumentLink[] | null> => {
      const got = await current(params.textDocument.uri);
      if (!got) return null;
      return documentLinks(got.analysis).map((l) => ({ range: toRange(got.doc, l.span), target: l.target, tooltip: l.tooltip }));
    }),
  );

  // A code lens above each commitment says whether the register records it.
  connection.onCodeLens(async (params) =>
    guard(async () => {
      const got = await current(params.textDocument.uri);
      if (!got) return null;
      const { letter, commitments } = got.analysis;
      return commitments.map((c) => ({
        range: toRange(got.doc, { start: c.span.start, end: c.span.start }),
        command: { title: commitmentStatusLine(letter, c), command: '' },
      }));
    }),
  );

  connection.onCodeAction(async (params) =>
    guard(async (): Promise<CodeAction[] | null> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isLetterDocument(doc)) return null;
      const uri = params.textDocument.uri;
      const only = params.context.only;
      const actions: CodeAction[] = [];
      const wantsQuickFix = !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k));
      const wantsFixAll = !!only && only.some((k) => k.startsWith(CodeActionKind.SourceFixAll) || k === CodeActionKind.Source);
      if (wantsQuickFix) {
        for (const d of params.context.diagnostics) {
          if (d.source !== 'corresp') continue;
          const data = d.data as DiagnosticData | undefined;
          for (const fix of data?.fixes ?? []) {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              isPreferred: fix.preferred,
              edit: { changes: { [uri]: fix.edits } },
            });
          }
          if (typeof d.code === 'string') {
            actions.push(disableForLine(doc, d, d.code));
            actions.push({
              title: `Show documentation for ${d.code}`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              command: { title: `Show documentation for ${d.code}`, command: 'corresp.showRuleDocs', arguments: [d.code, d.codeDescription?.href] },
            });
          }
        }
        // "Record all N commitments in the register": one document-level action, computed on demand (findings carry
        // only their own "Record this commitment" fix).
        const unrecorded = params.context.diagnostics.filter((d) => d.source === 'corresp' && d.code === 'undocumented-commitment');
        if (unrecorded.length) {
          const got = await current(uri);
          const all = got ? recordAllCommitmentsFix(got.analysis) : undefined;
          if (got && all) {
            actions.push({
              title: all.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: unrecorded,
              edit: { changes: { [uri]: composeEdits(got.analysis.letter.text, [all]).map((e) => ({ range: toRange(got.doc, e.span), newText: e.newText })) } },
            });
          }
        }
      }
      if (wantsFixAll) {
        const got = await current(uri);
        if (got) {
          // composeEdits: edits repeated across fixes (a register key created by each "Record" fix) are written once.
          const composed = composeEdits(got.analysis.letter.text, got.analysis.findings.flatMap((f) => (f.fixes ?? []).filter((x) => x.preferred)));
          const edits = nonOverlapping([{ title: 'all', edits: composed }], got.doc);
          if (edits.length) actions.push({ title: 'Fix all safe corresp problems', kind: 'source.fixAll.corresp', edit: { changes: { [uri]: edits } } });
        }
      }
      return actions;
    }),
  );

  async function guard<T>(fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (err) {
      connection.console.error(`corresp: request failed: ${(err as Error)?.stack ?? String(err)}`);
      return null;
    }
  }

  documents.listen(connection);
  connection.listen();
}

/** The corresp language, and markdown whose name or front matter says it is a letter (core/letter-files.ts); nothing else. */
function isLetterDocument(doc: TextDocument): boolean {
  return isLetterDoc(doc.languageId, doc.uri, () => doc.getText({ start: { line: 0, character: 0 }, end: { line: 120, character: 0 } }));
}

function toRange(doc: TextDocument, span: Span) {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

function toEdits(doc: TextDocument, fix: Fix): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
}

// One link object per rule, shared by its diagnostics (a long letter has thousands of them).
const descriptions = new Map<string, { href: string } | undefined>();
function codeDescription(rule: string): { href: string } | undefined {
  if (!descriptions.has(rule)) descriptions.set(rule, findRule(rule) ? { href: docsUrl(rule) } : undefined);
  return descriptions.get(rule);
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const data: DiagnosticData = { fixes: (f.fixes ?? []).map((x) => ({ title: x.title, preferred: x.preferred, edits: toEdits(doc, x) })) };
  return {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: codeDescription(f.rule),
    source: 'corresp',
    message: f.message,
    relatedInformation: f.related?.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message })),
    data,
  };
}

function toSymbol(doc: TextDocument, n: OutlineNode): DocumentSymbol {
  const kind = n.kind === 'caption' ? SymbolKind.Namespace : n.kind === 'comment' ? SymbolKind.Event : n.kind === 'response' ? SymbolKind.String : SymbolKind.Object;
  const range = toRange(doc, n.span);
  let selectionRange = toRange(doc, n.selectionSpan);
  // LSP requires the selection to lie inside the range.
  if (doc.offsetAt(selectionRange.start) < n.span.start || doc.offsetAt(selectionRange.end) > n.span.end) selectionRange = { start: range.start, end: range.start };
  return DocumentSymbol.create(n.name || '(untitled)', n.detail, kind, range, selectionRange, n.children.map((c) => toSymbol(doc, c)));
}

/** "Disable RULE for this line": a suppression comment above the line, with room for the reason. */
function disableForLine(doc: TextDocument, d: Diagnostic, rule: string): CodeAction {
  const line = d.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const eol = lineText.endsWith('\r\n') ? '\r\n' : '\n';
  return {
    title: `Disable ${rule} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- corresp-disable-next-line ${rule} -- reason -->${eol}` }] } } satisfies WorkspaceEdit,
  };
}

function nonOverlapping(fixes: Fix[], doc: TextDocument): LspTextEdit[] {
  const edits = fixes.flatMap((f) => f.edits).sort((a, b) => a.span.start - b.span.start);
  const out: LspTextEdit[] = [];
  let end = -1;
  for (const e of edits) {
    if (e.span.start < end) continue;
    out.push({ range: toRange(doc, e.span), newText: e.newText });
    end = e.span.end;
  }
  return out;
}

if (require.main === module) {
  for (const flag of SERVER_V8_RUNTIME_FLAGS) setFlagsFromString(flag);
  if (process.argv.includes('--stdio')) {
    let reader: LeanStreamReader | undefined;
    const input = stdinReader((chunk) => reader!.receive(chunk));
    reader = new LeanStreamReader(input);
    const writer = new LeanStreamWriter(process.stdout);
    const connection = createConnection(ProposedFeatures.all, reader, writer);
    // stdout carries the protocol: anything printed goes to the client's log instead.
    const say = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => connection.console[level](format(...args));
    Object.assign(console, { log: say('log'), info: say('info'), debug: say('log'), warn: say('warn'), error: say('error') });
    // The input ended without "exit": stop too (code 1 unless a shutdown was asked for), once the answers to what
    // was read have gone out: when nothing has been written for 100 ms, or after two seconds at most.
    const gone = () => {
      const code = reader!.shutdownRequested ? 0 : 1;
      const deadline = Date.now() + 2000;
      const check = () => (writer.idleFor() >= 100 || Date.now() > deadline ? process.exit(code) : setTimeout(check, 25));
      setTimeout(check, 25);
    };
    input.on('end', gone);
    input.on('close', gone);
    startServer(connection);
  } else {
    startServer(createConnection(ProposedFeatures.all));
  }
}
