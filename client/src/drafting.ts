// The editor-independent half of the drafting commands: which importer format a file needs, how the import
// report reads, what the new letter is called, where exported files go. No `vscode` import and nothing from the
// core (the work itself runs in the server: server/src/lsp/drafting.ts), so it is unit-tested with plain strings
// (test/writing/drafting.test.ts) and keeps the extension host light.
import { decodeText } from '../../server/src/core/text/decode';
import type { RegisterFormat } from '../../server/src/lsp/drafting-protocol';

/** The staff-letter report the importer returns (a subset of its ImportReport, so older importers still fit). */
export interface StaffLetterReport {
  comments: number[];
  unplaced: string[];
  warnings: string[];
  dropped?: string[];
}

/** EDGAR staff letters come as .htm; PDFs are turned into .txt. Anything else is read as text. */
export function importFormatFor(fileName: string): 'text' | 'html' {
  return /\.(?:x?html?)$/i.test(fileName) ? 'html' : 'text';
}

/** Staff letters from EDGAR are often Windows-1252, not UTF-8: the core's decoder reads UTF-8 strictly, then falls back. */
export function decodeLetterBytes(bytes: Uint8Array): string {
  const decoded = decodeText(bytes, { windows1252: true });
  if ('problem' in decoded) throw new Error('it is not a text or HTML file (it contains NUL bytes); save the staff letter\'s PDF as text, or download the .htm from EDGAR');
  return decoded.text;
}

/** "1–5, 7" — comment numbers as a reader scans them. */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}\u2013${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export interface ImportSummary {
  /** One line for the notification. */
  message: string;
  /** Whether the drafter must look at something before relying on the draft. */
  needsAttention: boolean;
  /** The full report, for the output channel. */
  details: string[];
}

/** What the import did, in the drafter's terms: comments found, anything not placed, warnings. */
export function importSummary(report: StaffLetterReport, source: string): ImportSummary {
  const n = report.comments.length;
  const found = n === 0 ? 'no numbered comments' : `${n} comment${n === 1 ? '' : 's'} (${numberRanges(report.comments)})`;
  const extras: string[] = [];
  if (report.unplaced.length) extras.push(`${report.unplaced.length} passage${report.unplaced.length === 1 ? '' : 's'} not placed`);
  if (report.warnings.length) extras.push(`${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`);
  const message = `corresp: imported ${found} from ${source}${extras.length ? ` \u2014 ${extras.join(', ')}; see the report` : ''}.`;
  const details = [`Import of ${source}`, `  comments: ${n ? numberRanges(report.comments) : 'none found'}`];
  for (const w of report.warnings) details.push(`  warning: ${w}`);
  for (const u of report.unplaced) details.push(`  not placed (kept in the draft as a note): ${oneLine(u)}`);
  for (const d of report.dropped ?? []) details.push(`  staff boilerplate left out: ${oneLine(d)}`);
  return { message, needsAttention: n === 0 || report.unplaced.length > 0 || report.warnings.length > 0, details };
}

function oneLine(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

/** "21vianet-group-2017-08-16.corresp.md" from the draft's front matter; else from the staff letter's name. */
export function suggestedLetterName(markdown: string, staffFileName: string): string {
  const company = frontMatterValue(markdown, 'company');
  const staffDate = frontMatterValue(markdown, 'staff-letter');
  const base = company
    ? slug(company.replace(/,?\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|N\.V|S\.A|Co)\.?$/i, ''))
    : slug(staffFileName.replace(/\.[^.]+$/, ''));
  const date = staffDate && /^\d{4}-\d{2}-\d{2}$/.test(staffDate) ? `-${staffDate}` : '';
  return `${base || 'response'}${date}-response.corresp.md`;
}

function frontMatterValue(markdown: string, key: string): string | undefined {
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  if (!fm) return undefined;
  const m = new RegExp(`^${key}:[ \\t]*(.+)$`, 'm').exec(fm[1]);
  if (!m) return undefined;
  return m[1].trim().replace(/^(['"])(.*)\1$/, '$2') || undefined;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Which workspace files are response letters: the core's one definition (server/src/core/letter-files.ts). */
export { isLetterFile } from '../../server/src/core/letter-files';

export const REGISTER_FORMATS: ReadonlyArray<{ format: RegisterFormat; label: string; detail: string; extension: string }> = [
  { format: 'csv', label: 'CSV', detail: 'For a spreadsheet tracker (Excel, Sheets)', extension: 'csv' },
  { format: 'md', label: 'Markdown table', detail: 'For the disclosure committee memo or a wiki', extension: 'md' },
  { format: 'json', label: 'JSON', detail: 'For scripts and other tools', extension: 'json' },
];

/** "letters/acme.htm" + "-confidential" → "letters/acme-confidential.htm". */
export function withSuffix(filePath: string, suffix: string): string {
  if (!suffix) return filePath;
  return /\.[^./]+$/.test(filePath) ? filePath.replace(/(\.[^./]+)$/, `${suffix}$1`) : `${filePath}${suffix}`;
}

/** "exported acme.htm" or "exported the public (redacted) copy to acme.htm and the confidential copy to …". */
export function exportMessage(written: ReadonlyArray<{ label: string; path: string }>): string {
  if (written.length === 1) return `corresp: exported ${written[0].path}.`;
  const parts = written.map((w) => `the ${w.label} to ${w.path}`);
  return `corresp: exported ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}.`;
}
