// Export a response letter for filing (EDGAR HTML), for review (DOCX) or as plain text. Pure: text in, text or
// bytes out. A letter with Rule 83 redaction markers yields two versions: `output` is the public (redacted) one,
// `confidential` the full one. A letter that cannot be exported safely (a front matter, comment or internal block
// never closed: see `exportRefusals`) throws ExportRefused, so no caller can write a leaking or truncated letter.
// `readiness` says whether the letter can be filed as it stands: the EDGAR formats refuse a letter that is not ready
// unless the copy is marked DRAFT (see `corresp export`).

import { buildDocument, type BuildOptions, type ExportVersion } from './document';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderText } from './txt';
import { addFrontMatterPart, frontMatterYaml } from './front-matter-part';

export type ExportFormat = 'html' | 'txt';

export interface ExportResult<T = string> {
  /** The letter to file: the redacted public version when the letter has redactions. */
  output: T;
  /** The full confidential version, only when the letter has redaction markers. */
  confidential?: T;
  warnings: string[];
}

export function exportLetter(text: string, format: ExportFormat, options: BuildOptions = {}): ExportResult {
  const render = format === 'html' ? renderHtml : renderText;
  const pub = buildDocument(text, 'public', options);
  const result: ExportResult = { output: render(pub), warnings: pub.warnings };
  if (pub.confidential) result.confidential = render(buildDocument(text, 'confidential', options));
  return result;
}

/**
 * One DOCX version of the letter. The front matter (with the commitment register) travels inside it as a custom XML
 * part, never in the text, so a DOCX edited in Word and converted back keeps the register.
 */
export async function buildDocx(text: string, version: ExportVersion = 'public', options: BuildOptions = {}): Promise<Uint8Array> {
  const bytes = await renderDocx(buildDocument(text, version, options));
  const yaml = frontMatterYaml(text);
  return yaml === undefined ? bytes : addFrontMatterPart(bytes, yaml);
}

export async function exportDocx(text: string, options: BuildOptions = {}): Promise<ExportResult<Uint8Array>> {
  const pub = buildDocument(text, 'public', options);
  const yaml = frontMatterYaml(text);
  const withPart = (bytes: Uint8Array) => (yaml === undefined ? bytes : addFrontMatterPart(bytes, yaml));
  const result: ExportResult<Uint8Array> = { output: withPart(await renderDocx(pub)), warnings: pub.warnings };
  if (pub.confidential) result.confidential = withPart(await renderDocx(buildDocument(text, 'confidential', options)));
  return result;
}

export { buildDocument, exportableBody, exportRefusals, ExportRefused, DRAFT_BANNER, type BuildOptions, type ExportDocument, type ExportVersion, type Block, type Run } from './document';
export { readiness, type ReadinessFinding } from './readiness';
export { toAscii } from './txt';
