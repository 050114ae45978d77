export { importStaffLetter, type ImportOptions, type ImportReport, type ImportResult } from './import';
export { htmlToText, looksLikeHtml, decodeEntities } from './html-to-text';
