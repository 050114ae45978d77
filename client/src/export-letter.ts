// "corresp: Export Letter…": the letter as filed (EDGAR HTML), for review (Word) or as plain text. The export
// itself runs in the language server (requests corresp/exportRefusals and corresp/exportLetter, the core's
// exporters); this module picks the letter, the format and where the files go. A letter with Rule 83 redaction
// markers exports as two files: the redacted public copy under the chosen name and the full confidential copy
// beside it (`<name>-confidential.htm`).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isLetterDocument, LETTER_HEAD_CHARS } from '../../server/src/core/letter-files';
import { sameFile } from '../../server/src/disk/same-file';
import { EXPORT_REFUSED, type ExportedFile, type ExportFormat, type ReadinessFinding } from '../../server/src/lsp/drafting-protocol';
import { exportMessage, withSuffix } from './drafting';

export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; detail: string; extension: string }> = [
  { format: 'html', label: 'EDGAR HTML', detail: 'For the CORRESP submission: restricted HTML, no scripts or external references', extension: 'htm' },
  { format: 'docx', label: 'Word document', detail: 'For review with counsel and auditors', extension: 'docx' },
  { format: 'txt', label: 'Plain text', detail: 'For e-mail or an ASCII EDGAR submission', extension: 'txt' },
];

export async function exportLetter(client: LanguageClient, output: vscode.LogOutputChannel, resource?: vscode.Uri): Promise<void> {
  const document = await letterDocument(resource);
  if (!document) {
    void vscode.window.showWarningMessage('corresp: open a response letter (a .corresp.md file, or markdown with letter front matter) to export it.');
    return;
  }
  const refusals = await client.sendRequest<string[]>('corresp/exportRefusals', { text: document.getText() });
  if (refusals.length) {
    void vscode.window.showErrorMessage(`corresp: the letter cannot be exported yet: ${refusals.join('; ')}.`);
    return;
  }
  const choice = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, detail: f.detail, description: `.${f.extension}`, format: f })),
    { title: 'Export the letter', placeHolder: 'Format' },
  );
  if (!choice) return;
  // The readiness gate (rule not-ready-to-file, checked in the server): the EDGAR copies are refused unless marked
  // DRAFT; the Word review copy is written with the findings listed.
  const notReady = await client.sendRequest<ReadinessFinding[]>('corresp/exportReadiness', { text: document.getText() });
  let draft = false;
  if (notReady.length && choice.format.format !== 'docx') {
    const asDraft = 'Export as DRAFT';
    const shown = notReady.slice(0, 3).map((f) => `line ${f.line}: ${f.message}`).join('\n');
    const more = notReady.length > 3 ? `\n… and ${notReady.length - 3} more (see the corresp output).` : '';
    for (const f of notReady) output.warn(`Not ready to file: ${document.uri.toString()}:${f.line}: ${f.message}`);
    const pick = await vscode.window.showErrorMessage(`corresp: the letter is not ready to file (${notReady.length} finding${notReady.length === 1 ? '' : 's'}); nothing was exported.`, { modal: true, detail: `${shown}${more}` }, asDraft);
    if (pick !== asDraft) return;
    draft = true;
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
  let warnings: string[];
  try {
    ({ files, warnings } = await client.sendRequest<{ files: ExportedFile[]; warnings: string[] }>('corresp/exportLetter', { text: document.getText(), format: choice.format.format, draft }));
    if (!draft && choice.format.format === 'docx') warnings = [...warnings, ...notReady.map((f) => `not ready to file, line ${f.line}: ${f.message}`)];
  } catch (err) {
    // The server's refusal (a ResponseError with our code), told apart by its code: the extension's entry does not
    // load vscode-languageclient, whose ResponseError class an instanceof would need.
    if ((err as { code?: unknown } | undefined)?.code === EXPORT_REFUSED) {
      void vscode.window.showErrorMessage(`corresp: the letter was not exported: ${(err as Error).message}.`);
      return;
    }
    output.error(`Export of ${document.uri.toString()} failed: ${(err as Error).stack ?? err}`);
    void vscode.window.showErrorMessage(`corresp: the export failed (${(err as Error).message}); details are in the corresp output.`);
    return;
  }

  // No output, the derived confidential copy included, may be the letter itself (same URI, real path or inode).
  const targets = files.map((f) => target.with({ path: withSuffix(target.path, f.suffix) }));
  const overwritten = targets.find((t) => t.toString() === document.uri.toString() || (t.scheme === 'file' && document.uri.scheme === 'file' && sameFile(t.fsPath, document.uri.fsPath)));
  if (overwritten) {
    void vscode.window.showErrorMessage(`corresp: ${vscode.workspace.asRelativePath(overwritten)} is the letter itself; choose another name. Nothing was written.`);
    return;
  }
  const written: { label: string; path: string }[] = [];
  for (const [i, f] of files.entries()) {
    await vscode.workspace.fs.writeFile(targets[i], f.encoding === 'base64' ? Buffer.from(f.contents, 'base64') : new TextEncoder().encode(f.contents));
    written.push({ label: f.label, path: vscode.workspace.asRelativePath(targets[i]) });
    output.info(`Exported ${f.label} to ${targets[i].toString()}`);
  }
  for (const w of warnings) output.warn(`Export of ${document.uri.toString()}: ${w}`);
  if (files.length > 1) {
    output.info('The confidential copy goes to the staff under Rule 83 (17 CFR 200.83), never to EDGAR.');
  }
  const summary = `${draft ? 'DRAFT \u2014 not for filing. ' : ''}${exportMessage(written)}`;
  if (warnings.length) {
    const show = 'Show Warnings';
    if ((await vscode.window.showWarningMessage(`${summary} ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`, show)) === show) output.show(true);
  } else {
    void vscode.window.showInformationMessage(summary);
  }
}

async function letterDocument(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const active = vscode.window.activeTextEditor?.document;
  if (active && isLetterDocument(active.languageId, active.uri.toString(), () => active.getText().slice(0, LETTER_HEAD_CHARS))) return active;
  return undefined;
}
