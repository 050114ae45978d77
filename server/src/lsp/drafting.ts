// The drafting commands' work, done in the server so the extension host loads only the language client: export a
// letter, import a staff letter, build the workspace's commitments register. Bundled on its own
// (server/out/drafting.js) and loaded on the first request, so the importer, the exporters and the DOCX writer cost
// nothing at server start. Plain data in and out: the client's command modules only add dialogs and write files.
import { analyze } from '../core/check';
import { commitmentRows, rowsToCsv, rowsToMarkdown, type CommitmentRow } from '../core/commitments/rows';
import { exportDocx, exportLetter, exportRefusals, ExportRefused, readiness, type ExportResult } from '../core/export';
import { importStaffLetter } from '../core/import';
import type { Settings } from '../core/settings';
import type { ExportedFile, ExportFormat, ReadinessFinding, Register, RegisterFormat } from './drafting-protocol';

export { exportRefusals, ExportRefused };

/** The letter exported in one format: the public copy, and with Rule 83 redactions the confidential copy too. */
export async function exportFiles(text: string, format: ExportFormat, draft = false): Promise<{ files: ExportedFile[]; warnings: string[] }> {
  const result: ExportResult<string | Uint8Array> = format === 'docx' ? await exportDocx(text, { draft }) : exportLetter(text, format, { draft });
  return { files: exportedFiles(result), warnings: result.warnings };
}

/** The public copy under the chosen name; with Rule 83 redactions, the full copy beside it as `-confidential`. */
export function exportedFiles(result: ExportResult<string | Uint8Array>): ExportedFile[] {
  const file = (suffix: string, label: string, contents: string | Uint8Array): ExportedFile =>
    typeof contents === 'string' ? { suffix, label, contents, encoding: 'utf8' } : { suffix, label, contents: Buffer.from(contents).toString('base64'), encoding: 'base64' };
  if (result.confidential === undefined) return [file('', 'letter', result.output)];
  return [file('', 'public (redacted) copy', result.output), file('-confidential', 'confidential copy', result.confidential)];
}

/** Why the letter is not ready to file (rule not-ready-to-file), by line. */
export function exportReadiness(text: string): ReadinessFinding[] {
  return readiness(text).map((f) => ({ message: f.message, line: f.line }));
}

/** A response draft from the staff's letter (and, for a later round, the previous response letter). */
export function importDraft(text: string, format: 'text' | 'html', priorResponse?: string): ReturnType<typeof importStaffLetter> {
  return importStaffLetter(text, { format, priorResponse });
}

/** The register of the given letters: its summary line and its text in every format the command offers. */
export function commitmentRegister(letters: readonly { name: string; text: string; settings: Settings }[]): Register {
  const rows = letters.flatMap((l) => commitmentRows(analyze(l.text, l.settings), l.name));
  return { rows: rows.length, summary: registerSummary(rows), texts: { csv: registerText(rows, 'csv'), md: registerText(rows, 'md'), json: registerText(rows, 'json') } };
}

/** The commitments register of a workspace, in the chosen format. Rows are sorted by letter, then line. */
export function registerText(rows: readonly CommitmentRow[], format: RegisterFormat): string {
  const sorted = [...rows].sort((a, b) => a.letter.localeCompare(b.letter) || a.line - b.line);
  if (format === 'csv') return rowsToCsv(sorted);
  if (format === 'md') return rowsToMarkdown(sorted);
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** "7 commitments in 3 letters (2 not yet recorded in a register)". */
export function registerSummary(rows: readonly CommitmentRow[]): string {
  const letters = new Set(rows.map((r) => r.letter)).size;
  const unrecorded = rows.filter((r) => !r.documented).length;
  const n = rows.length;
  return `${n} commitment${n === 1 ? '' : 's'} in ${letters} letter${letters === 1 ? '' : 's'}${unrecorded ? ` (${unrecorded} not yet recorded in a register)` : ''}`;
}
