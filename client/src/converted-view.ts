// A Word draft or a PDF opens as a read-only converted view: the language server converts the document (its input
// layer, corresp/convertDocument) and the view is an ordinary corresp letter to the editor, so the server checks it
// like any other and its diagnostics, outline and hovers appear. The view's URI is the document's path with
// ".corresp.md" appended, in the `corresp-converted` scheme, which gives it the corresp language.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const CONVERTED_SCHEME = 'corresp-converted';
const SUFFIX = '.corresp.md';

interface ConvertResult {
  text?: string;
  format?: string;
  notes: string[];
  error?: string;
}

/** Asks the server for a document's letter text (emphasis off for the staff-letter import). */
export async function convertOnServer(client: LanguageClient | undefined, uri: vscode.Uri, emphasis = true): Promise<ConvertResult> {
  if (!client) return { notes: [], error: 'the corresp language server is not running' };
  return client.sendRequest<ConvertResult>('corresp/convertDocument', { uri: uri.toString(), emphasis });
}

export class ConvertedViewProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: () => Promise<LanguageClient | undefined>,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const original = view.with({ scheme: 'file', path: view.path.slice(0, -SUFFIX.length) });
    const r = await convertOnServer(await this.client(), original);
    if (r.error !== undefined || r.text === undefined) return `<!-- corresp could not convert ${original.fsPath}: ${r.error ?? 'no text'} -->\n`;
    // The notes (tracked changes, Word comments) come as diagnostics of the view, which the server adds.
    for (const n of r.notes) this.output.warn(`${original.fsPath}: ${n}`);
    return r.text;
  }

  /** Re-reads the view when its document changes on disk. */
  refresh(original: vscode.Uri): void {
    this.changed.fire(viewUri(original));
  }
}

export function viewUri(original: vscode.Uri): vscode.Uri {
  return original.with({ scheme: CONVERTED_SCHEME, path: original.path + SUFFIX });
}

export async function openConvertedView(uri?: vscode.Uri): Promise<void> {
  const target =
    uri ??
    (
      await vscode.window.showOpenDialog({
        title: 'Open a Word draft or PDF letter as text',
        canSelectMany: false,
        filters: { 'Letters (Word, PDF)': ['docx', 'pdf'] },
      })
    )?.[0];
  if (!target) return;
  const document = await vscode.workspace.openTextDocument(viewUri(target));
  await vscode.window.showTextDocument(document, { preview: false });
}
