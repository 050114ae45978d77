// The language client: vscode-languageclient and its protocol, which are most of the client's code (about 430 KB
// minified). Built as a bundle of its own (client/out/language-client.js) and required by extension.ts only when a
// letter needs the server, so activating the extension for an ordinary markdown file loads none of it.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags';
import { CLIENT_ADDS_LINKS, DIAGNOSTIC_SOURCE, type RuleDocs } from '../../server/src/lsp/diagnostic-links';
import { CONVERTED_SCHEME } from './converted-view';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  // Node IPC, as vscode-eslint does (Neovim and Emacs use the same server over --stdio).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6010'] } },
  };
  let client: LanguageClient | undefined;
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
  return client;
}
