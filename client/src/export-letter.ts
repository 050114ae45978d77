// "corresp: Export Letter…": the letter as filed (EDGAR HTML), for review (Word) or as plain text. The export
// itself is pure core code; this module picks the letter, the format and where the files go. A letter with Rule 83
// redaction markers exports as two files: the redacted public copy and the full confidential copy.
import * as vscode from 'vscode';

export type ExportFormat = 'html' | 'docx' | 'txt';

/** One file an export produces: `suffix` goes before the extension ("" for the only file, "-confidential" …). */
export interface ExportedFile {
  suffix: string;
  label: string;
  contents: string | Uint8Array;
}

type Exporter = (text: string, fileName: string) => Promise<ExportedFile[]>;

export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; detail: string; extension: string }> = [
  { format: 'html', label: 'EDGAR HTML', detail: 'For the CORRESP submission: restricted HTML, no scripts or external references', extension: 'htm' },
  { format: 'docx', label: 'Word document', detail: 'For review with counsel and auditors', extension: 'docx' },
  { format: 'txt', label: 'Plain text', detail: 'For e-mail or an ASCII EDGAR submission', extension: 'txt' },
];

/**
 * The core's exporters, by format. The export core (server/src/core/export) is still being written; until its
 * letter exporters exist these stay undefined and the command says so instead of writing a half-right file.
 */
const EXPORTERS: Record<ExportFormat, Exporter | undefined> = { html: undefined, docx: undefined, txt: undefined };

export async function exportLetter(output: vscode.LogOutputChannel, resource?: vscode.Uri): Promise<void> {
  const document = await letterDocument(resource);
  if (!document) {
    void vscode.window.showWarningMessage('corresp: open a response letter (a .corresp.md file, or markdown with letter front matter) to export it.');
    return;
  }
  const choice = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, detail: f.detail, description: `.${f.extension}`, format: f })),
    { title: 'Export the letter', placeHolder: 'Format' },
  );
  if (!choice) return;
  const exporter = EXPORTERS[choice.format.format];
  if (!exporter) {
    void vscode.window.showInformationMessage(`corresp: export to ${choice.format.label} is not available yet in this version.`);
    return;
  }
  const base = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1).replace(/(?:\.corresp)?\.(?:md|markdown|txt)$/i, '');
  const folder = document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: `Export as ${choice.format.label}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${base || 'letter'}.${choice.format.extension}`) : undefined,
    filters: { [choice.format.label]: [choice.format.extension] },
  });
  if (!target) return;

  let files: ExportedFile[];
  try {
    files = await exporter(document.getText(), base);
  } catch (err) {
    output.error(`Export of ${document.uri.toString()} failed: ${(err as Error).stack ?? err}`);
    void vscode.window.showErrorMessage(`corresp: the export failed (${(err as Error).message}); details are in the corresp output.`);
    return;
  }
  const written: string[] = [];
  for (const f of files) {
    const uri = f.suffix ? target.with({ path: target.path.replace(/(\.[^./]+)$/, `${f.suffix}$1`) }) : target;
    await vscode.workspace.fs.writeFile(uri, typeof f.contents === 'string' ? new TextEncoder().encode(f.contents) : f.contents);
    written.push(`${f.label}: ${vscode.workspace.asRelativePath(uri)}`);
    output.info(`Exported ${f.label} to ${uri.toString()}`);
  }
  void vscode.window.showInformationMessage(`corresp: exported ${written.join('; ')}.`);
}

async function letterDocument(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const active = vscode.window.activeTextEditor?.document;
  if (active && (active.languageId === 'corresp' || active.languageId === 'markdown' || /\.corresp\.txt$/i.test(active.uri.path))) return active;
  return undefined;
}
