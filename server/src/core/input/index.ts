export { readDocument, readTextDocument, sniffFormat, decodeDocument, isBinaryFormat, DocumentError, type LetterDocument, type DocumentFormat, type ReadOptions } from './document';
export { describeLocation, locate, type SourceLocation, type SourceMap } from './source-map';
export { htmlToLetterText, decodeEntities, looksLikeHtml } from './html';
