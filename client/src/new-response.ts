// "corresp: New Response from Staff Letter…": the staff's letter (its PDF, a .txt, or EDGAR .htm) becomes a new,
// unsaved response letter with every comment quoted and an empty response under each, so missing-response and
// empty-response track the drafting from the first minute. The import itself runs in the language server (request
// corresp/importStaffLetter, the core's importer).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { convertOnServer } from './converted-view';
import { decodeLetterBytes, importFormatFor, importSummary, suggestedLetterName, type StaffLetterReport } from './drafting';

export async function newResponseFromStaffLetter(client: LanguageClient, output: vscode.LogOutputChannel, source?: vscode.Uri): Promise<void> {
  const staff = source instanceof vscode.Uri ? source : await pickStaffLetter();
  if (!staff) return;
  const name = staff.path.slice(staff.path.lastIndexOf('/') + 1);

  let text: string;
  let format = importFormatFor(name);
  if (/\.(?:pdf|docx)$/i.test(name) && staff.scheme === 'file') {
    // The PDF (or Word) staff letter is converted by the language server's input layer, as plain text.
    const r = await convertOnServer(client, staff, false);
    if (r.error !== undefined || r.text === undefined) {
      void vscode.window.showErrorMessage(`corresp: ${r.error ?? `could not read ${name}`}`);
      return;
    }
    text = r.text;
    format = 'text';
  } else {
    try {
      text = decodeLetterBytes(await vscode.workspace.fs.readFile(staff));
    } catch (err) {
      void vscode.window.showErrorMessage(`corresp: could not read ${name}: ${(err as Error).message}`);
      return;
    }
  }

  const importDraft = (priorResponse?: string) =>
    client.sendRequest<{ markdown: string; report: StaffLetterReport }>('corresp/importStaffLetter', { text, format, priorResponse });
  let result: { markdown: string; report: StaffLetterReport };
  try {
    result = await importDraft();
    // The draft's name, known before the previous round is picked, so the picker never offers this round's own draft.
    const fileName = suggestedLetterName(result.markdown, name);
    const prior = await pickPriorResponse(staff, fileName);
    if (prior === null) return;
    if (prior !== undefined) result = await importDraft(prior);
  } catch (err) {
    output.error(`Import of ${staff.toString()} failed: ${(err as Error).stack ?? err}`);
    void vscode.window.showErrorMessage(`corresp: the import of ${name} failed (${(err as Error).message}). Please report it; details are in the corresp output.`);
    return;
  }
  const fileName = suggestedLetterName(result.markdown, name);

  const document = await openDraft(result.markdown, fileName, staff);
  if (!document) return;
  await vscode.window.showTextDocument(document, { preview: false });
  if (document.getText() !== result.markdown) return; // the existing response was opened, not a new draft

  const summary = importSummary(result.report, name);
  for (const line of summary.details) output.info(line);
  const show = 'Show Report';
  const answer = summary.needsAttention
    ? await vscode.window.showWarningMessage(summary.message, show)
    : await vscode.window.showInformationMessage(summary.message, show);
  if (answer === show) output.show(true);
}

/**
 * A later round ("We note your response to prior comment 4") reads better with the previous response letter at
 * hand, so when the workspace has response letters the drafter may pick one. Undefined: none; null: cancelled.
 */
async function pickPriorResponse(staff: vscode.Uri, draftName: string): Promise<string | undefined | null> {
  if (!vscode.workspace.workspaceFolders?.length) return undefined;
  const draft = new RegExp(`^${draftName.replace(/\.corresp\.md$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:-\\d+)?\\.corresp\\.md$`);
  const letters = (await vscode.workspace.findFiles('**/*.corresp.md', '{**/node_modules/**,**/.git/**}', 200)).filter((u) => !draft.test(u.path.slice(u.path.lastIndexOf('/') + 1)));
  if (!letters.length) return undefined;
  const folder = staff.path.slice(0, staff.path.lastIndexOf('/') + 1);
  letters.sort((a, b) => Number(b.path.startsWith(folder)) - Number(a.path.startsWith(folder)) || b.path.localeCompare(a.path));
  const none = { label: 'No previous round', description: 'this is the first letter of the review', uri: undefined as vscode.Uri | undefined };
  const picked = await vscode.window.showQuickPick(
    [none, ...letters.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), description: '', uri }))],
    { title: 'Previous round\u2019s response letter (optional)', placeHolder: 'Links "prior comment N" in the new letter to the earlier response' },
  );
  if (!picked) return null;
  if (!picked.uri) return undefined;
  try {
    return decodeLetterBytes(await vscode.workspace.fs.readFile(picked.uri));
  } catch {
    return undefined;
  }
}

async function pickStaffLetter(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import the SEC staff comment letter',
    openLabel: 'Import Staff Letter',
    canSelectMany: false,
    canSelectFolders: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { 'Staff letters (PDF, text, EDGAR HTML)': ['pdf', 'txt', 'htm', 'html', 'docx'], 'All files': ['*'] },
  });
  return picked?.[0];
}

/**
 * An untitled document that saves by default beside the staff letter as `<company>-<date>-response.corresp.md`
 * (so it opens in the corresp language). A name that is taken gets a counter; an untitled document with a
 * path cannot be created outside a file system, so other schemes get a plain untitled document.
 */
async function openDraft(markdown: string, fileName: string, staff: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (staff.scheme === 'file') {
    const folder = vscode.Uri.joinPath(staff, '..');
    // The same staff letter imported again: ask before writing a second draft beside the first.
    const first = vscode.Uri.joinPath(folder, fileName);
    if (await exists(first)) {
      const open = 'Open It';
      const another = 'New Draft Anyway';
      const pick = await vscode.window.showWarningMessage(`corresp: a response to this staff letter already exists (${fileName}).`, { modal: true, detail: 'Open the existing response, or start a second draft beside it (with "-2" in its name)?' }, open, another);
      if (pick === open) return vscode.workspace.openTextDocument(first);
      if (pick !== another) return undefined;
    }
    for (let i = 1; i < 50; i++) {
      const candidate = vscode.Uri.joinPath(folder, i === 1 ? fileName : fileName.replace(/\.corresp\.md$/, `-${i}.corresp.md`));
      if ((await exists(candidate)) || vscode.workspace.textDocuments.some((d) => d.uri.path === candidate.path)) continue;
      const document = await vscode.workspace.openTextDocument(candidate.with({ scheme: 'untitled' }));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(0, 0), markdown);
      if (await vscode.workspace.applyEdit(edit)) {
        return document.languageId === 'corresp' ? document : vscode.languages.setTextDocumentLanguage(document, 'corresp');
      }
      break;
    }
  }
  return vscode.workspace.openTextDocument({ language: 'corresp', content: markdown });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
