// "corresp: Export Commitments Register": every promise of future disclosure made in the workspace's response
// letters, one row each (letter, comment, sentence, target filing, owner, status), for the disclosure committee's
// tracker and the next 10-K/10-Q checklist. Open documents are read as edited, other letters from disk.
import * as vscode from 'vscode';
import { commitmentRows, type CommitmentRow } from '../../server/src/core/commitments/rows';
import { analyze } from '../../server/src/core/check';
import * as path from 'node:path';
import { readSettings, type Settings } from '../../server/src/core/settings';
import { findConfigFile, readConfigFile, withConfigFile } from '../../server/src/disk/config-file';
import { decodeLetterBytes, isLetterFile, REGISTER_FORMATS, registerSummary, registerText } from './drafting';

const EXCLUDE = '{**/node_modules/**,**/.git/**,**/out/**,**/dist/**,**/.cache/**}';
const MAX_LETTERS = 2000;

export async function exportCommitmentsRegister(output: vscode.LogOutputChannel): Promise<void> {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders?.length) {
    void vscode.window.showWarningMessage('corresp: open the folder that holds your response letters first; the register covers every letter in the workspace.');
    return;
  }
  const rows = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'corresp: reading commitments', cancellable: true },
    (_progress, token) => collectRows(token, output),
  );
  if (!rows) return;
  if (!rows.length) {
    void vscode.window.showInformationMessage('corresp: no commitments found in the workspace\u2019s response letters.');
    return;
  }
  const choice = await vscode.window.showQuickPick(
    REGISTER_FORMATS.map((f) => ({ label: f.label, detail: f.detail, format: f })),
    { title: `Export commitments register \u2014 ${registerSummary(rows)}`, placeHolder: 'Format' },
  );
  if (!choice) return;
  const target = await vscode.window.showSaveDialog({
    title: 'Save the commitments register',
    defaultUri: vscode.Uri.joinPath(folders[0].uri, `commitments-register.${choice.format.extension}`),
    filters: { [choice.format.label]: [choice.format.extension] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(registerText(rows, choice.format.format)));
  output.info(`Commitments register (${registerSummary(rows)}) written to ${target.toString()}`);
  const open = 'Open';
  if ((await vscode.window.showInformationMessage(`corresp: exported the commitments register: ${registerSummary(rows)}.`, open)) === open) {
    await vscode.window.showTextDocument(target);
  }
}

async function collectRows(token: vscode.CancellationToken, output: vscode.LogOutputChannel): Promise<CommitmentRow[] | undefined> {
  const found = await vscode.workspace.findFiles('**/*.{md,markdown,corresp.txt}', EXCLUDE, MAX_LETTERS * 5, token);
  const rows: CommitmentRow[] = [];
  let letters = 0;
  for (const uri of found) {
    if (token.isCancellationRequested) return undefined;
    if (letters >= MAX_LETTERS) break;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    try {
      text = open ? open.getText() : decodeLetterBytes(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      output.warn(`Commitments register: skipped ${uri.toString()}: ${(err as Error).message}`);
      continue;
    }
    if (!isLetterFile(uri.path, () => text.slice(0, 4096))) continue;
    letters++;
    const settings = settingsOf(uri);
    rows.push(...commitmentRows(analyze(text, settings), vscode.workspace.asRelativePath(uri, folderCount() > 1)));
  }
  return rows;
}

function folderCount(): number {
  return vscode.workspace.workspaceFolders?.length ?? 0;
}

/** The letter's settings as the language server and the CLI read them: corresp.* with its corresp.config.json over them. */
function settingsOf(uri: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration('corresp', uri);
  const { settings } = readSettings({ rules: config.get('rules'), maxFileSize: config.get('maxFileSize') });
  if (uri.scheme !== 'file') return settings;
  const roots = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const found = findConfigFile(path.dirname(uri.fsPath), roots);
  return found ? withConfigFile(settings, readConfigFile(found)) : settings;
}
