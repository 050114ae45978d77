// The wire shapes of the drafting requests (corresp/exportRefusals, corresp/exportLetter, corresp/importStaffLetter,
// corresp/commitmentRegister): types and constants only, so the VS Code client can share them without loading any
// of the code behind them (server/src/lsp/drafting.ts).

export type ExportFormat = 'html' | 'docx' | 'txt';

/** One file an export writes: `suffix` goes before the extension ("" for the chosen name, "-confidential" …). */
export interface ExportedFile {
  suffix: string;
  label: string;
  /** Text, or base64 for a binary file (DOCX). */
  contents: string;
  encoding: 'utf8' | 'base64';
}

/** The answer to corresp/exportReadiness: why the letter is not ready to file (rule not-ready-to-file), by line. */
export interface ReadinessFinding {
  message: string;
  line: number;
}

/** The error code of a corresp/exportLetter refused because the letter would leak or be cut short. */
export const EXPORT_REFUSED = 1001;

export type RegisterFormat = 'csv' | 'md' | 'json';

/** The answer to corresp/commitmentRegister: the summary line and the register in every format offered. */
export interface Register {
  rows: number;
  summary: string;
  texts: Record<RegisterFormat, string>;
}
