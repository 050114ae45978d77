// The language server: the only place that knows LSP. It turns editor events into calls on the pure core
// (server/src/core) and the core's plain objects into protocol types.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  CancellationToken,
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  DocumentSymbol,
  ErrorCodes,
  FoldingRange,
  LSPErrorCodes,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentLink,
  type DocumentHighlight,
  type Location,
  type LocationLink,
  type Hover,
  type InitializeResult,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setFlagsFromString } from 'node:v8';
import { SERVER_V8_RUNTIME_FLAGS } from './node-flags';
import { aroundPhase } from './phase-compile';
import { AnalysisContext, analyze, analyzeCancellable, type Analysis } from '../core/check';
import type { Finding, Fix, Severity, Span } from '../core/model';
import { docsUrl, DOCS_BASE } from '../core/rules/rule';
import { allRules, findRule } from '../core/rules/registry';
import { readSettings, DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { outline, foldingSpans, type OutlineNode } from '../core/features/outline';
import { hoverAt } from '../core/features/hover';
import { definitionAt, referencesAt } from '../core/features/navigation';
import { completeAt } from '../core/features/completion';
import { documentLinks, priorCommentLinks } from '../core/features/links';
import { letterStatus } from '../core/features/status';
import { commitmentStatusLine } from '../core/commitments/commitment';
import { recordAllCommitmentsFix, recordFix } from '../core/commitments/fixes';
import { readRegister } from '../core/commitments/register';
import { composeEdits, fixAllFix } from '../core/fixes';
import { isLetterDocument as isLetterDoc, isReviewableDocument } from '../core/letter-files';
import { CONFIG_FILE, findConfigFile, readConfigFile, withConfigFile } from '../disk/config-file';
import { readPriorInput } from '../disk/prior-letter';
import { EXPORT_REFUSED } from './drafting-protocol';
import { CLIENT_ADDS_LINKS, DIAGNOSTIC_SOURCE, type RuleDocs } from './diagnostic-links';
import { findLetters, isLetterFile, pathToUri, readForReview, uriToPath } from './workspace-review';
import { CONVERT_REQUEST, convertDocument, findDocuments, placeViewDiagnostics, reviewDocument, type ConvertParams } from './document-review';

/** A re-check waits only when the last check took at least this long (ms)… */
const RECHECK_WAIT_FROM_MS = 40;
/** …and never longer than this. */
const RECHECK_WAIT_MAX_MS = 250;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What the server's host may learn: `afterFirstDiagnostics` runs once, after the first letter's diagnostics went out. */
export interface ServerHooks {
  afterFirstDiagnostics?: () => void;
}

export function startServer(connection: Connection, hooks: ServerHooks = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  /** Each open letter's own analysis state (what a re-check reuses), dropped when it closes: no other letter's check reads or evicts it. */
  const contexts = new Map<string, AnalysisContext>();
  /** The analysis in flight per document: requests for the same version share it; a newer version cancels it. */
  const inFlight = new Map<string, { version: number; result: Promise<Analysis | undefined>; cancel: { isCancellationRequested: boolean } }>();
  /** How long the last check of each document took (ms), which sets how long a re-check waits while typing. */
  const lastCost = new Map<string, number>();
  const settingsCache = new Map<string, Promise<Settings>>();
  /** The check due per document, by the function that calls it off. */
  const timers = new Map<string, () => void>();
  let canPullConfiguration = false;
  let canReportProgress = false;
  let canWatchFiles = false;
  let canLinkDefinitions = false;
  /** The client adds each diagnostic's source and documentation link itself (diagnostic-links.ts). */
  let lean = false;
  let folders: WorkspaceFolder[] = [];
  /** Files published by the workspace review (not open in the editor). */
  const reviewed = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canLinkDefinitions = !!params.capabilities.textDocument?.definition?.linkSupport;
    lean = (params.initializationOptions as Record<string, unknown> | undefined)?.[CLIENT_ADDS_LINKS] === true;
    const ruleDocs: RuleDocs = { base: DOCS_BASE, rules: allRules.map((r) => r.id) };
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        // Between a staff comment and its response, and from the register to the letter (core/features/navigation.ts).
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        // Code lens clicks: "Not in register — record it" records the commitment; "Documented · …" opens its entry.
        executeCommandProvider: { commands: [RECORD_COMMITMENT, OPEN_REGISTER_ENTRY] },
        completionProvider: { triggerCharacters: [' ', '-', '.', '('] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, 'source.fixAll.corresp'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        experimental: { ruleDocs },
      },
      serverInfo: { name: 'corresp', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    analyses.clear();
    for (const doc of documents.all()) schedule(doc.uri, true);
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
    // Each folder by its own settings (corresp.workspaceReview, and its corresp.config.json), as a letter in it reads them.
    const roots: string[] = [];
    for (const f of targets) {
      const root = uriToPath(f.uri);
      if (root && (await settingsFor(`${f.uri.replace(/\/$/, '')}/${CONFIG_FILE}`)).workspaceReview !== false) roots.push(root);
    }
    if (!roots.length) return;
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
      const settings = await settingsFor(uri);
      if (settings.workspaceReview === false) continue;
      const diagnostics = await reviewDocument(uri, file, settings);
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

  /** `closed`: the editor just closed it, so what it published must go unless the review publishes anew. */
  async function reviewFile(uri: string, closed = false): Promise<void> {
    // The editor's copy is authoritative: the file's own, or the untitled letter being saved as it.
    const editing = () => !!documents.get(uri) || !!documents.get(untitledTwin(uri) ?? '') || pendingClear.has(uri);
    if (editing()) return;
    const file = uriToPath(uri);
    if (!file) return;
    const settings = await settingsFor(uri);
    const got = settings.workspaceReview === false ? { skipped: true } : readForReview(file, settings.maxFileSize);
    if ('skipped' in got) {
      // Renamed or deleted (or not reviewed by its settings): nothing may stay published under its name.
      if (reviewed.delete(uri) || closed) await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    if (editing()) return;
    const text = 'text' in got ? got.text : '';
    // A context of its own, dropped after the check: reviewing the workspace never touches an open letter's state.
    const analysis = analyze('text' in got ? text : 'x'.repeat(Math.min(got.tooLarge, settings.maxFileSize + 1)), settings, new AnalysisContext(), { prior: readPriorInput(file, text) });
    const doc = TextDocument.create(uri, 'corresp', 0, text);
    reviewed.add(uri);
    await connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((f) => toDiagnostic(doc, f, lean)) });
  }

  connection.onDidChangeWatchedFiles(async (params) => {
    if (params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) {
      // A config file changed: every letter's settings may have (as when the editor's settings change).
      settingsCache.clear();
      analyses.clear();
      for (const doc of documents.all()) schedule(doc.uri, true);
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
          const settings = await settingsFor(change.uri);
          const diagnostics = settings.workspaceReview === false ? undefined : await reviewDocument(change.uri, file, settings);
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

  /**
   * The analysis of the document at its current version, with the document at that version. A request that arrives
   * before the re-check shares it; if the document changes while it waits, the newer version is analysed instead.
   */
  async function current(uri: string, token: CancellationToken = CancellationToken.None): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const doc = documents.get(uri);
      if (!doc || !isLetterDocument(doc)) return undefined;
      const version = doc.version;
      const analysis = await analysisOf(doc);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      // TextDocuments updates a document in place: positions are only right for the version that was analysed.
      if (analysis && documents.get(uri) === doc && doc.version === version) return { doc, analysis };
    }
    throw new ResponseError(LSPErrorCodes.ContentModified, 'the letter kept changing');
  }

  /** Starts (or joins) the analysis of the document's current version; undefined when a newer version superseded it. */
  function analysisOf(doc: TextDocument): Promise<Analysis | undefined> {
    const { uri, version } = doc;
    const done = analyses.get(uri);
    if (done?.version === version) return Promise.resolve(done.analysis);
    const running = inFlight.get(uri);
    if (running?.version === version && !running.cancel.isCancellationRequested) return running.result;
    cancelRunning(uri);
    // A plain flag, cancelled any number of times (vscode-jsonrpc's CancellationTokenSource throws on a second
    // cancel() when nobody has read its token yet, as happens while the settings are still being fetched).
    const cancel = { isCancellationRequested: false };
    const text = doc.getText();
    const result = settingsFor(uri)
      .then((settings) => (cancel.isCancellationRequested ? undefined : analyzeCancellable(text, settings, cancel, contextOf(uri), { prior: readPriorInput(uriToPath(uri) ?? uriToPath(fileTwin(uri) ?? ''), text) }, aroundPhase)))
      .finally(() => {
        if (inFlight.get(uri)?.result === result) inFlight.delete(uri);
      })
      .then((analysis) => {
        // Kept only for the same document at the same version (a document closed and reopened is a new object).
        if (analysis && documents.get(uri) === doc && doc.version === version) analyses.set(uri, { version, analysis });
        return analysis;
      });
    inFlight.set(uri, { version, result, cancel });
    return result;
  }

  function contextOf(uri: string): AnalysisContext {
    let context = contexts.get(uri);
    if (!context) contexts.set(uri, (context = new AnalysisContext()));
    return context;
  }

  /** Stops the analysis in flight for the document, if any: it ends at its next phase and is never published. */
  function cancelRunning(uri: string): void {
    const running = inFlight.get(uri);
    if (running) running.cancel.isCancellationRequested = true;
  }

  /**
   * Diagnostics without a fixed debounce: a document is checked at once when nothing is running for it (a check
   * takes milliseconds). Changes that arrive while a check runs cancel it (its version is already stale) and are
   * coalesced into one re-check of the newest version, which waits about as long as the last check took when
   * that was long enough to matter, so fast typing on a large letter does not restart the work on every key.
   */
  function schedule(uri: string, now = false): void {
    if (timers.has(uri)) return; // a re-check is already due; it reads the newest version when it runs
    const busy = inFlight.has(uri);
    const cost = lastCost.get(uri) ?? 0;
    const delay = now || !busy || cost < RECHECK_WAIT_FROM_MS ? 0 : Math.min(cost, RECHECK_WAIT_MAX_MS);
    cancelRunning(uri);
    const run = () => {
      timers.delete(uri);
      void validate(uri);
    };
    if (delay === 0 && !busy) {
      // Nothing to coalesce with: start after the message at hand, not on a timer. setTimeout(0) is 1 ms in Node, a
      // fifth of a keystroke on the 100 KB letter (change → check start 1.14 ms median, --cpu-prof and timing marks).
      const immediate = setImmediate(run);
      timers.set(uri, () => clearImmediate(immediate));
    } else {
      // A check is being cancelled: the 1 ms (or the longer wait) lets the edits arriving in a burst join this re-check.
      const timer = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(timer));
    }
  }

  async function validate(uri: string): Promise<void> {
    try {
      const doc = documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      if (!isLetterDocument(doc)) {
        // An ordinary markdown file: stay silent (and clear anything published before the front matter changed).
        await connection.sendDiagnostics({ uri, version, diagnostics: [] });
        return;
      }
      // hrtime, not the global `performance`: its first use loads perf_hooks (about 1.5 ms of every start).
      const started = process.hrtime.bigint();
      const analysis = await analysisOf(doc);
      // Never publish for a version the user has already typed past: its re-check is already scheduled.
      if (!analysis || documents.get(uri) !== doc || doc.version !== version) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      lastCost.set(uri, ms);
      // An untitled letter saved as this file hands its problems over now, never on its own close.
      if (handedOver.has(uri)) return;
      // A converted view of a Word or PDF letter names the page or paragraph of the original (document-review.ts).
      const sent = connection.sendDiagnostics({ uri, version, diagnostics: placeViewDiagnostics(uri, doc.getText(), analysis.findings.map((f) => toDiagnostic(doc, f, lean))) });
      handOver(uri);
      await sent;
      void connection.sendNotification('corresp/status', { uri, ...letterStatus(analysis, new Date().toISOString().slice(0, 10)), ms: Math.round(ms) });
      const first = hooks.afterFirstDiagnostics;
      hooks.afterFirstDiagnostics = undefined;
      first?.();
    } catch (err) {
      connection.console.error(`corresp: checking ${uri} failed: ${(err as Error)?.stack ?? String(err)}`);
    }
  }

  // Open: check at once (TextDocuments also reports the opened content as a change; the check already due absorbs it).
  documents.onDidOpen((e) => schedule(e.document.uri, true));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  /**
   * The first save of a new letter: VS Code opens the file and closes the untitled document it was saved from
   * (`untitled:/p` → `file:///p`). Clearing the untitled document on its close and publishing the file after its check
   * made the Problems count flicker (N → 0 → N, or N → 2N → N when the file came first). Instead the untitled
   * document's problems stay until the file's are published, and both go out in the same turn.
   */
  const handedOver = new Set<string>();
  const pendingClear = new Map<string, { untitled: string; timer: ReturnType<typeof setTimeout> }>();
  function handOver(fileUri: string): void {
    const untitled = untitledTwin(fileUri);
    const pending = pendingClear.get(fileUri);
    if (pending) {
      clearTimeout(pending.timer);
      pendingClear.delete(fileUri);
      void connection.sendDiagnostics({ uri: pending.untitled, diagnostics: [] });
    } else if (untitled && documents.get(untitled) && !handedOver.has(untitled)) {
      handedOver.add(untitled); // still open, about to close: its problems are the file's now
      void connection.sendDiagnostics({ uri: untitled, diagnostics: [] });
    }
  }
  /** On an untitled document's close: keep its problems until its saved file publishes (at most a second). */
  function clearOnHandOver(untitled: string): boolean {
    const fileUri = fileTwin(untitled);
    const file = fileUri && uriToPath(fileUri);
    if (!fileUri || !file || !existsSync(file)) return false;
    const timer = setTimeout(() => {
      pendingClear.delete(fileUri);
      void connection.sendDiagnostics({ uri: untitled, diagnostics: [] });
      if (!documents.get(fileUri) && folders.some((f) => fileUri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/'))) void reviewFile(fileUri);
    }, 1000);
    pendingClear.set(fileUri, { untitled, timer });
    return true;
  }

  documents.onDidClose((e) => {
    if (handedOver.delete(e.document.uri)) return void cleanUp(e.document.uri);
    cleanUp(e.document.uri);
    if (clearOnHandOver(e.document.uri)) return;
    // A closed letter inside the workspace stays under review from its saved copy; anything else is cleared.
    const file = uriToPath(e.document.uri);
    const inWorkspace = folders.some((f) => e.document.uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/'));
    if (file && inWorkspace && isLetterFile(file, () => e.document.getText().slice(0, 4096))) void reviewFile(e.document.uri, true);
    else void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  function cleanUp(uri: string): void {
    timers.get(uri)?.();
    timers.delete(uri);
    cancelRunning(uri);
    inFlight.delete(uri);
    analyses.delete(uri);
    contexts.delete(uri);
    lastCost.delete(uri);
    settingsCache.delete(uri);
  }

  connection.onDocumentSymbol(async (params, token) =>
    guard(async () => {
      const got = await current(params.textDocument.uri, token);
      if (!got) return null;
      return outline(got.analysis.letter).map((n) => toSymbol(got.doc, n));
    }),
  );

  connection.onFoldingRanges(async (params, token) =>
    guard(async () => {
      const got = await current(params.textDocument.uri, token);
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

  connection.onHover(async (params, token) =>
    guard(async (): Promise<Hover | null> => {
      const got = await current(params.textDocument.uri, token);
      if (!got) return null;
      const h = hoverAt(got.analysis, got.doc.offsetAt(params.position));
      if (!h) return null;
      return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(got.doc, h.span) };
    }),
  );

  connection.onDefinition(async (params, token) =>
    guard(async (): Promise<LocationLink[] | Location[] | null> => {
      const got = await current(params.textDocument.uri, token);
      if (!got) return null;
      const found = definitionAt(got.analysis, got.doc.offsetAt(params.position));
      if (!found) return null;
      const { doc } = got;
      if (canLinkDefinitions) {
        const originSelectionRange = toRange(doc, found.origin);
        return found.targets.map((t) => ({ originSelectionRange, targetUri: doc.uri, targetRange: toRange(doc, t.span), targetSelectionRange: toRange(doc, t.selection) }));
      }
      return found.targets.map((t) => ({ uri: doc.uri, range: toRange(doc, t.selection) }));
    }),
  );

  // Every place that names the comment under the cursor; highlighted in place, or listed by Find All References.
  connection.onReferences(async (params, token) =>
    guard(async (): Promise<Location[] | null> => {
      const got = await current(params.textDocument.uri, token);
      if (!got) return null;
      const spans = referencesAt(got.analysis, got.doc.offsetAt(params.position), params.context.includeDeclaration);
      return spans ? spans.map((s) => ({ uri: got.doc.uri, range: toRange(got.doc, s) })) : null;
    }),
  );

  connection.onDocumentHighlight(async (params, token) =>
    guard(async (): Promise<DocumentHighlight[] | null> => {
      const got = await current(params.textDocument.uri, token);
      if (!got) return null;
      const spans = referencesAt(got.analysis, got.doc.offsetAt(params.position), true);
      return spans ? spans.map((s) => ({ range: toRange(got.doc, s) })) : null;
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

  connection.onDocumentLinks(async (params, token) =>
    guard(async (): Promise<DocumentLink[] | null> => {
      const got = await current(params.textDocument.uri, token);
      if (!got) return null;
      const links: DocumentLink[] = documentLinks(got.analysis).map((l) => ({ range: toRange(got.doc, l.span), target: l.target, tooltip: l.tooltip }));
      // "prior comment N" → that comment in the letter the front matter names (a path relative to this letter).
      const here = uriToPath(got.doc.uri) ?? uriToPath(fileTwin(got.doc.uri) ?? '');
      if (here) {
        for (const l of priorCommentLinks(got.analysis)) {
          links.push({ range: toRange(got.doc, l.span), target: `${pathToUri(path.resolve(path.dirname(here), l.path))}#L${l.line}`, tooltip: l.tooltip });
        }
      }
      return links;
    }),
  );

  // A code lens above each commitment says whether the register records it; clicking it records the commitment or
  // opens its register entry (commands run here, so every editor gets them).
  connection.onCodeLens(async (params, token) =>
    guard(async () => {
      const got = await current(params.textDocument.uri, token);
      if (!got) return null;
      const { letter, commitments } = got.analysis;
      const uri = params.textDocument.uri;
      const register = readRegister(letter);
      return commitments.map((c) => {
        const entry = c.entry !== undefined ? register.entries.find((e) => e.index === c.entry) : undefined;
        const title = commitmentStatusLine(letter, c);
        const command = entry
          ? { title, command: OPEN_REGISTER_ENTRY, arguments: [uri, entry.sentenceSpan.start, entry.sentenceSpan.end] }
          : register.writable
            ? { title, command: RECORD_COMMITMENT, arguments: [uri, c.span.start, c.span.end] }
            : { title, command: '' };
        return { range: toRange(got.doc, { start: c.span.start, end: c.span.start }), command };
      });
    }),
  );

  connection.onExecuteCommand(async (params) =>
    guard(async () => {
      const [uri, start, end] = (params.arguments ?? []) as [unknown, unknown, unknown];
      if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return null;
      const got = await current(uri);
      if (!got) return null;
      if (params.command === RECORD_COMMITMENT) {
        // Against the letter as it is now: a commitment recorded meanwhile, or moved, is left alone.
        const c = got.analysis.commitments.find((x) => x.span.start === start && x.span.end === end && x.entry === undefined);
        if (!c || !readRegister(got.analysis.letter).writable) return null;
        const fix = recordFix(got.analysis.letter, c, true);
        const edits = composeEdits(got.analysis.letter.text, [fix]).map((e) => ({ range: toRange(got.doc, e.span), newText: e.newText }));
        await connection.workspace.applyEdit({ label: 'Record the commitment in the register', edit: { documentChanges: [{ textDocument: { uri, version: got.doc.version }, edits }] } });
      } else if (params.command === OPEN_REGISTER_ENTRY) {
        await connection.window.showDocument({ uri, takeFocus: true, selection: toRange(got.doc, { start, end: Math.max(start, end) }) });
      }
      return null;
    }),
  );

  connection.onCodeAction(async (params, token) =>
    guard(async (): Promise<CodeAction[] | null> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isLetterDocument(doc)) return null;
      const uri = params.textDocument.uri;
      const only = params.context.only;
      const actions: CodeAction[] = [];
      const wantsQuickFix = !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k));
      const wantsFixAll = !!only && only.some((k) => k.startsWith(CodeActionKind.SourceFixAll) || k === CodeActionKind.Source);
      if (wantsQuickFix) {
        // Fixes first, then documentation; "Disable … for this line" always last, so the first (focused) quick fix is
        // never a way to silence an error.
        const docs: CodeAction[] = [];
        const disables: CodeAction[] = [];
        // The client sends back the diagnostics as it shows them: with their source, whoever wrote it.
        const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
        const got = ours.length ? await current(uri, token) : undefined;
        for (const d of ours) {
          for (const fix of got ? fixesOf(got.doc, got.analysis, d) : []) {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              isPreferred: fix.preferred,
              edit: { changes: { [uri]: toEdits(got!.doc, fix) } },
            });
          }
          if (typeof d.code === 'string') {
            disables.push(disableForLine(doc, d, d.code));
            docs.push({
              title: `Show documentation for ${d.code}`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              command: { title: `Show documentation for ${d.code}`, command: 'corresp.showRuleDocs', arguments: [d.code, d.codeDescription?.href] },
            });
          }
        }
        // "Record all N commitments in the register": one document-level action, computed on demand (findings carry
        // only their own "Record this commitment" fix).
        const unrecorded = ours.filter((d) => d.code === 'undocumented-commitment');
        const all = got && unrecorded.length ? recordAllCommitmentsFix(got.analysis) : undefined;
        if (got && all) {
          actions.push({
            title: all.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: unrecorded,
            edit: { changes: { [uri]: composeEdits(got.analysis.letter.text, [all]).map((e) => ({ range: toRange(got.doc, e.span), newText: e.newText })) } },
          });
        }
        // "Fix all <rule> problems" (when the rule has more than one fixable finding) and "Fix all corresp problems in
        // this letter", in the Ctrl+. menu as in vscode-eslint and vscode-markdownlint.
        if (got) {
          const findings = got.analysis.findings;
          const toAction = (fix: ReturnType<typeof fixAllFix>, diagnostics: typeof ours): CodeAction | undefined =>
            fix ? { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [uri]: composeEdits(got.analysis.letter.text, [fix]).map((e) => ({ range: toRange(got.doc, e.span), newText: e.newText })) } } } : undefined;
          for (const rule of new Set(ours.map((d) => String(d.code)))) {
            if (findings.filter((f) => f.rule === rule && f.fixes?.length).length < 2) continue;
            const a = toAction(fixAllFix(findings, rule), ours.filter((d) => d.code === rule));
            if (a) actions.push(a);
          }
          const a = toAction(fixAllFix(findings), ours);
          if (a) actions.push(a);
        }
        actions.push(...docs, ...disables);
      }
      if (wantsFixAll) {
        const got = await current(uri, token);
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

  // The drafting commands (export, import, commitments register) run here, so the extension host loads only the
  // language client; their module is a bundle of its own, loaded on the first such request.
  // Why the letter cannot be exported yet (an unclosed front matter or internal block would leak or cut it short).
  connection.onRequest('corresp/exportRefusals', (p: { text?: unknown }) => {
    if (typeof p?.text !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected { text }');
    return drafting().exportRefusals(p.text);
  });

  // Why the letter is not ready to file (rule not-ready-to-file): the EDGAR copies are refused unless marked DRAFT.
  connection.onRequest('corresp/exportReadiness', (p: { text?: unknown }) => {
    if (typeof p?.text !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected { text }');
    return drafting().exportReadiness(p.text);
  });

  connection.onRequest('corresp/exportLetter', async (p: { text?: unknown; format?: unknown; draft?: unknown }) => {
    if (typeof p?.text !== 'string' || !(p.format === 'html' || p.format === 'docx' || p.format === 'txt')) throw new ResponseError(ErrorCodes.InvalidParams, 'expected { text, format: html | docx | txt }');
    const { exportFiles, ExportRefused } = drafting();
    try {
      return await exportFiles(p.text, p.format, p.draft === true);
    } catch (err) {
      if (err instanceof ExportRefused) throw new ResponseError(EXPORT_REFUSED, err.message);
      throw err;
    }
  });

  connection.onRequest('corresp/importStaffLetter', (p: { text?: unknown; format?: unknown; priorResponse?: unknown }) => {
    if (typeof p?.text !== 'string' || !(p.format === 'text' || p.format === 'html')) throw new ResponseError(ErrorCodes.InvalidParams, 'expected { text, format: text | html, priorResponse? }');
    return drafting().importDraft(p.text, p.format, typeof p.priorResponse === 'string' ? p.priorResponse : undefined);
  });

  // The register of the given files that are letters; open documents are read as edited, the others from disk.
  connection.onRequest('corresp/commitmentRegister', async (p: { letters?: { uri: string; name: string }[] }, token) => {
    if (!Array.isArray(p?.letters)) throw new ResponseError(ErrorCodes.InvalidParams, 'expected { letters: { uri, name }[] }');
    const letters: { name: string; text: string; settings: Settings }[] = [];
    for (const { uri, name } of p.letters) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (typeof uri !== 'string' || typeof name !== 'string') continue;
      const open = documents.get(uri);
      const file = open ? undefined : uriToPath(uri);
      const got = open ? { text: open.getText() } : file ? readForReview(file, Number.MAX_SAFE_INTEGER) : undefined;
      if (!got || !('text' in got)) continue;
      const text = got.text;
      if (!isLetterFile(name, () => text.slice(0, 4096))) continue;
      letters.push({ name, text, settings: await settingsFor(uri) });
    }
    return drafting().commitmentRegister(letters);
  });

  async function guard<T>(fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ResponseError) throw err; // cancelled or superseded: the client is told so
      connection.console.error(`corresp: request failed: ${(err as Error)?.stack ?? String(err)}`);
      return null;
    }
  }

  documents.listen(connection);
  connection.listen();
}

const RECORD_COMMITMENT = 'corresp.recordCommitment';
const OPEN_REGISTER_ENTRY = 'corresp.openRegisterEntry';

/** The untitled document a file is being saved from (`file:///p` → `untitled:/p`). */
function untitledTwin(fileUri: string): string | undefined {
  return fileUri.startsWith('file:///') ? `untitled:${fileUri.slice('file://'.length)}` : undefined;
}

/** The file an untitled document with a path saves to (`untitled:/p` → `file:///p`). */
function fileTwin(untitledUri: string): string | undefined {
  return /^untitled:\//.test(untitledUri) ? `file://${untitledUri.slice('untitled:'.length)}` : undefined;
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

/**
 * The fixes of the finding a diagnostic stands for, read from the analysis of the document as it is now. A diagnostic
 * carries no `data`: its rule (code), range and message name the finding, so a fix is rebuilt from the diagnostic and
 * the document alone, and a publish does not pay for a key (about 25 bytes each) that repeats the range.
 */
function fixesOf(doc: TextDocument, analysis: Analysis, d: Diagnostic): Fix[] {
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  const found = analysis.findings.find((f) => f.rule === d.code && f.span.start === start && f.span.end === end && f.message === d.message && f.fixes?.length);
  return found?.fixes ?? [];
}

/** The finding as an LSP diagnostic; `lean`: without the source and documentation link the client adds itself. */
export function toDiagnostic(doc: TextDocument, f: Finding, lean = false): Diagnostic {
  return {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: lean ? undefined : codeDescription(f.rule),
    source: lean ? undefined : DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: f.related?.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message })),
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

type Drafting = typeof import('./drafting');
let draftingModule: Drafting | undefined;
/** server/src/lsp/drafting.ts, required on first use (the server bundle leaves it to server/out/drafting.js). */
function drafting(): Drafting {
  return (draftingModule ??= require('./drafting') as Drafting);
}

/** Starts the server on the transport named on the command line (server/src/lsp/main.ts calls this). */
export function main(hooks: ServerHooks = {}): void {
  for (const flag of SERVER_V8_RUNTIME_FLAGS) setFlagsFromString(flag);
  // vscode-languageserver picks the transport from the command line (--stdio, --node-ipc, --socket=N, --pipe=NAME)
  // and, on stdio, sends console output to the client's log instead of the protocol stream.
  startServer(createConnection(ProposedFeatures.all), hooks);
}

if (require.main === module) main();
