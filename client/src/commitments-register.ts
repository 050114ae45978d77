// "corresp: Export Commitments Register": every promise of future disclosure made in the workspace's response
// letters, one row each (letter, comment, sentence, target filing, owner, status), for the disclosure committee's
// tracker and the next 10-K/10-Q checklist. The language server reads the letters (open documents as edited, the
// others from disk) and writes the register (request corresp/commitmentRegister); this module finds the files and
// asks where to save.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Register } from '../../server/src/lsp/drafting-protocol';
import { REGISTER_FORMATS } from './drafting';

const EXCLUDE = '{**/node_modules/**,**/.git/**,**/out/**,**/dist/**,**/.cache/**}';
/** At most this many candidate files are read (the server keeps those that are letters). */
const MAX_FILES = 10_000;

export async function exportCommitmentsRegister(client: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders?.length) {
    void vscode.window.showWarningMessage('corresp: open the folder that holds your response letters first; the register covers every letter in the workspace.');
    return;
  }
  let register: Register | undefined;
  try {
    register = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'corresp: reading commitments', cancellable: true },
      (_progress, token) => collect(client, token),
    );
  } catch (err) {
    if (err instanceof vscode.CancellationError) return;
    output.error(`Commitments register failed: ${(err as Error).stack ?? err}`);
    void vscode.window.showErrorMessage(`corresp: the commitments register failed (${(err as Error).message}); details are in the corresp output.`);
    return;
  }
  if (!register) return;
  if (!register.rows) {
    void vscode.window.showInformationMessage('corresp: no commitments found in the workspace\u2019s response letters.');
    return;
  }
  const choice = await vscode.window.showQuickPick(
    REGISTER_FORMATS.map((f) => ({ label: f.label, detail: f.detail, format: f })),
    { title: `Export commitments register \u2014 ${register.summary}`, placeHolder: 'Format' },
  );
  if (!choice) return;
  const target = await vscode.window.showSaveDialog({
    title: 'Save the commitments register',
    defaultUri: vscode.Uri.joinPath(folders[0].uri, `commitments-register.${choice.format.extension}`),
    filters: { [choice.format.label]: [choice.format.extension] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(register.texts[choice.format.format]));
  output.info(`Commitments register (${register.summary}) written to ${target.toString()}`);
  const open = 'Open';
  if ((await vscode.window.showInformationMessage(`corresp: exported the commitments register: ${register.summary}.`, open)) === open) {
    await vscode.window.showTextDocument(target);
  }
}

async function collect(client: LanguageClient, token: vscode.CancellationToken): Promise<Register | undefined> {
  const found = await vscode.workspace.findFiles('**/*.{md,markdown,corresp.txt}', EXCLUDE, MAX_FILES, token);
  if (token.isCancellationRequested) return undefined;
  const letters = found.map((uri) => ({ uri: uri.toString(), name: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) }));
  return client.sendRequest<Register>('corresp/commitmentRegister', { letters }, token);
}
