// The VS Code client: starts the language server over Node IPC and adds the few things only the editor can do
// (commands, the status item, the output channel). Everything about letters lives in the server's core.
import * as vscode from 'vscode';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags';
import { CLIENT_ADDS_LINKS, DIAGNOSTIC_SOURCE, type RuleDocs } from '../../server/src/lsp/diagnostic-links';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { exportCommitmentsRegister } from './commitments-register';
import { CONVERTED_SCHEME, ConvertedViewProvider, openConvertedView } from './converted-view';
import { exportLetter } from './export-letter';
import { newResponseFromStaffLetter } from './new-response';

/** The walkthrough's id as VS Code knows it: `<publisher>.<name>#<walkthrough id>`. */
const WALKTHROUGH = 'corresp.corresp#corresp.gettingStarted';

let client: LanguageClient | undefined;
let status: vscode.LanguageStatusItem | undefined;

interface StatusNotice {
  uri: string;
  summary: string;
  errors: number;
  dueSoon: boolean;
  ms: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('corresp', { log: true });
  context.subscriptions.push(output);

  status = vscode.languages.createLanguageStatusItem('corresp.status', [{ language: 'corresp' }, { language: 'markdown' }]);
  status.name = 'corresp';
  status.text = 'corresp';
  status.command = { title: 'Show output', command: 'corresp.showOutput' };
  context.subscriptions.push(status);

  const serverModule = context.asAbsolutePath('server/out/server.js');
  // Node IPC, as vscode-eslint does (Neovim and Emacs use the same server over --stdio).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'corresp' },
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { scheme: CONVERTED_SCHEME, language: 'corresp' },
    ],
    outputChannel: output,
    synchronize: { configurationSection: 'corresp' },
    // The server leaves out what follows from a diagnostic's rule (its source and documentation link), and this
    // middleware adds both before VS Code sees the diagnostics (server/src/lsp/diagnostic-links.ts).
    initializationOptions: { [CLIENT_ADDS_LINKS]: true },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        const docs = (client?.initializeResult?.capabilities.experimental as { ruleDocs?: RuleDocs } | undefined)?.ruleDocs;
        for (const d of diagnostics) {
          d.source ??= DIAGNOSTIC_SOURCE;
          if (typeof d.code === 'string' && docs?.rules.includes(d.code)) d.code = { value: d.code, target: vscode.Uri.parse(`${docs.base}${d.code}.md`) };
        }
        next(uri, diagnostics);
      },
    },
  };
  client = new LanguageClient('corresp', 'corresp', serverOptions, clientOptions);

  // Word drafts and PDFs open as read-only converted letters, checked like any other (converted-view.ts).
  const converted = new ConvertedViewProvider(() => client, output);
  const documents = vscode.workspace.createFileSystemWatcher('**/*.{docx,pdf}', true, false, true);
  documents.onDidChange((uri) => converted.refresh(uri));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(CONVERTED_SCHEME, converted), documents);

  context.subscriptions.push(
    vscode.commands.registerCommand('corresp.restart', async () => {
      output.info('Restarting the corresp language server');
      await client?.restart();
    }),
    vscode.commands.registerCommand('corresp.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('corresp.preview', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (target) await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
    }),
    // The drafting workflow: from the staff's letter to the filed response. The work runs in the language server
    // (custom requests); these modules only add the dialogs and write the files.
    vscode.commands.registerCommand('corresp.newResponseFromStaffLetter', async (uri?: vscode.Uri) => newResponseFromStaffLetter(client!, output, uri)),
    vscode.commands.registerCommand('corresp.openConverted', (uri?: vscode.Uri) => openConvertedView(uri)),
    vscode.commands.registerCommand('corresp.exportLetter', async (uri?: vscode.Uri) => exportLetter(client!, output, uri)),
    vscode.commands.registerCommand('corresp.exportCommitments', async () => exportCommitmentsRegister(client!, output)),
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

  client.onNotification('corresp/status', (s: StatusNotice) => {
    if (!status || vscode.window.activeTextEditor?.document.uri.toString() !== s.uri) return;
    status.text = s.summary;
    status.detail = `checked in ${s.ms} ms`;
    status.severity = s.errors || s.dueSoon ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  });

  try {
    await client.start();
  } catch (err) {
    output.error(`The corresp language server did not start: ${(err as Error).message}`);
    void vscode.window.showErrorMessage('corresp: the language server did not start; see the corresp output for details.');
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
