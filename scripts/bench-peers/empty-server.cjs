// The floor for `npm run bench`: a vscode-languageserver server that does no work, publishing empty diagnostics for
// every version of every document (what any server pays for the protocol, the process and the library).
const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent(({ document }) => void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] }));
documents.listen(connection);
connection.listen();
