// The VS Code client: UI glue (commands, the status item, the output channel) that starts the language server when a
// letter needs it. Everything about letters lives in the server's core. The extension activates for every markdown
// file (a markdown file is a letter when its front matter says so), but the language client — vscode-languageclient,
// most of the client's code, in a bundle of its own — and the server start only when a letter is open, the workspace
// holds *.corresp.md or *.corresp.txt files (the workspace review lists their problems), or a command needs the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isLetterDocument, LETTER_HEAD_CHARS } from '../../server/src/core/letter-files';
import { exportCommitmentsRegister } from './commitments-register';
import { CONVERTED_SCHEME, ConvertedViewProvider, openConvertedView } from './converted-view';
import { exportLetter } from './export-letter';
import { newResponseFromStaffLetter } from './new-response';

/** The walkthrough's id as VS Code knows it: `<publisher>.<name>#<walkthrough id>`. */
const WALKTHROUGH = 'corresp.corresp#corresp.gettingStarted';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient | undefined> | undefined;
let status: vscode.LanguageStatusItem | undefined;

interface StatusNotice {
  uri: string;
  summary: string;
  errors: number;
  dueSoon: boolean;
  ms: number;
}

/** A document the server should check: a letter (core/letter-files.ts), or a converted Word or PDF view. */
function isLetter(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === CONVERTED_SCHEME || isLetterDocument(doc.languageId, doc.uri.toString(), () => doc.getText().slice(0, LETTER_HEAD_CHARS));
}

/** Loads the language client: its own bundle (scripts/build.mjs), on first need. */
type LoadLanguageClient = () => typeof import('./language-client');
const loadBundle: LoadLanguageClient = () => require('./language-client') as typeof import('./language-client');

/** VS Code calls this with the context alone; a test passes a stand-in for the language client's bundle. */
export async function activate(context: vscode.ExtensionContext, load: LoadLanguageClient = loadBundle): Promise<void> {
  const output = vscode.window.createOutputChannel('corresp', { log: true });
  context.subscriptions.push(output);

  status = vscode.languages.createLanguageStatusItem('corresp.status', [{ language: 'corresp' }, { language: 'markdown' }]);
  status.name = 'corresp';
  status.text = 'corresp';
  status.command = { title: 'Show output', command: 'corresp.showOutput' };
  context.subscriptions.push(status);

  /** The running language client, started on first need (undefined when the server could not start). */
  const ensureClient = (): Promise<LanguageClient | undefined> => (starting ??= startClient(context, output, load));
  /** For a command: the client, or an error message when the server is not running. */
  const withClient = async (run: (c: LanguageClient) => Promise<void>): Promise<void> => {
    const c = await ensureClient();
    if (c) await run(c);
    else void vscode.window.showErrorMessage('corresp: the language server is not running; see the corresp output for details.');
  };

  // Word drafts and PDFs open as read-only converted letters, checked like any other (converted-view.ts).
  const converted = new ConvertedViewProvider(ensureClient, output);
  const documents = vscode.workspace.createFileSystemWatcher('**/*.{docx,pdf}', true, false, true);
  documents.onDidChange((uri) => converted.refresh(uri));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(CONVERTED_SCHEME, converted), documents);

  context.subscriptions.push(
    vscode.commands.registerCommand('corresp.restart', async () => {
      if (!client) return void (await ensureClient());
      output.info('Restarting the corresp language server');
      await client.restart();
    }),
    vscode.commands.registerCommand('corresp.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('corresp.preview', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (target) await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
    }),
    // The drafting workflow: from the staff's letter to the filed response. The work runs in the language server
    // (custom requests); these modules only add the dialogs and write the files.
    vscode.commands.registerCommand('corresp.newResponseFromStaffLetter', (uri?: vscode.Uri) => withClient((c) => newResponseFromStaffLetter(c, output, uri))),
    vscode.commands.registerCommand('corresp.openConverted', (uri?: vscode.Uri) => openConvertedView(uri)),
    vscode.commands.registerCommand('corresp.exportLetter', (uri?: vscode.Uri) => withClient((c) => exportLetter(c, output, uri))),
    vscode.commands.registerCommand('corresp.exportCommitments', () => withClient((c) => exportCommitmentsRegister(c, output))),
    // "Show documentation for RULE" (a code action of the server): the rule's page ships inside the extension.
    vscode.commands.registerCommand('corresp.showRuleDocs', async (rule?: string) => {
      if (!rule || !/^[a-z0-9-]+$/.test(rule)) return;
      const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule}.md`);
      try {
        await vscode.workspace.fs.stat(page);
        await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
      } catch {
        void vscode.window.showInformationMessage(`corresp: no documentation page for ${rule}.`);
      }
    }),
    // "Fix all corresp problems in this letter" as a command: the server's source.fixAll.corresp action, applied.
    vscode.commands.registerCommand('corresp.fixAll', () => vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.corresp', apply: 'first' })),
    vscode.commands.registerCommand('corresp.openWalkthrough', () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false),
    ),
  );

  // Start the server for a letter that is open now or opens later, or one that becomes a letter as its front matter
  // is written; and for a workspace of letter files, whose problems the workspace review lists unopened.
  const watchers: vscode.Disposable[] = [];
  const startFor = (doc: vscode.TextDocument): void => {
    if (starting || !isLetter(doc)) return;
    void ensureClient();
    for (const w of watchers.splice(0)) w.dispose();
  };
  watchers.push(
    vscode.workspace.onDidOpenTextDocument(startFor),
    vscode.workspace.onDidChangeTextDocument((e) => startFor(e.document)),
  );
  context.subscriptions.push({ dispose: () => watchers.forEach((w) => w.dispose()) });
  for (const doc of vscode.workspace.textDocuments) startFor(doc);
  if (!starting && vscode.workspace.workspaceFolders?.length) {
    const files = await vscode.workspace.findFiles('**/*.corresp.{md,txt}', '**/node_modules/**', 1);
    if (files.length) void ensureClient();
  }
  // Activation ends once a server started for it is up, as it did when every activation started one.
  await starting;
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, load: LoadLanguageClient): Promise<LanguageClient | undefined> {
  try {
    const { createLanguageClient } = load();
    const c = createLanguageClient(context, output);
    c.onNotification('corresp/status', (s: StatusNotice) => {
      if (!status || vscode.window.activeTextEditor?.document.uri.toString() !== s.uri) return;
      status.text = s.summary;
      status.detail = `checked in ${s.ms} ms`;
      status.severity = s.errors || s.dueSoon ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    });
    client = c;
    await c.start();
    return c;
  } catch (err) {
    output.error(`The corresp language server did not start: ${(err as Error).stack ?? (err as Error).message}`);
    void vscode.window.showErrorMessage('corresp: the language server did not start; see the corresp output for details.');
    return undefined;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  starting = undefined;
}
