// What a letter file is: the one definition the CLI (`check DIR`), the language server (which documents it
// analyses, which files workspace review reads) and the VS Code client share, so the editor and CI always check the
// same files. Pure: names and text in, a yes or no out.
//
// A response letter is
//   - a file named `*.corresp.md` or `*.corresp.txt` (the `corresp` language in the editor), or
//   - a markdown file (`.md`, `.markdown`) whose front matter declares a response letter.
// Nothing else: a staff letter (`.txt`, `.htm`) beside its response is not a response letter, and neither is any
// other language's document.

/** How much of a file's head `declaresResponseLetter` reads. */
export const LETTER_HEAD_CHARS = 4000;

const LETTER_NAME = /\.corresp\.(?:md|txt)$/i;
const MARKDOWN_NAME = /\.(?:md|markdown)$/i;

/** True when front matter declares the file a response letter (`corresp:`, `type: corresp`, `company:`, `staff-letter:`). */
export function declaresResponseLetter(text: string): boolean {
  const head = text.slice(0, LETTER_HEAD_CHARS);
  if (!/^\uFEFF?---\r?\n/.test(head)) return false;
  return /^(?:corresp|type:\s*(?:corresp|response-letter)|staff-letter:|company:)/m.test(head);
}

/** Is the file at this path (or URI) a response letter? `head` gives its first characters; read only for markdown. */
export function isLetterFile(file: string, head: () => string): boolean {
  if (LETTER_NAME.test(file)) return true;
  return MARKDOWN_NAME.test(file) && declaresResponseLetter(head());
}

/**
 * Documents the input layer (core/input/) converts into letter text when they are named explicitly — a PDF, a Word
 * file, an HTML file — rather than reading them as text. A folder never yields them: a staff letter's PDF or HTML
 * sits beside its response.
 */
export function isConvertedDocument(file: string): boolean {
  return file !== '-' && /\.(?:pdf|docx|docm|html?|xhtml)$/i.test(file);
}

/**
 * The documents workspace review converts and then checks when they read as response letters (they answer a
 * comment): Word drafts and PDFs, not Word's "~$" lock files. HTML in a workspace is left to the editor.
 */
export function isReviewableDocument(file: string): boolean {
  return /\.(?:docx|pdf)$/i.test(file) && !/(?:^|[\\/])~\$[^\\/]*$/.test(file);
}

/** The editor documents that may be letters: the corresp language, and markdown (decided by `isLetterDocument`). */
export const LETTER_LANGUAGES: readonly string[] = ['corresp', 'markdown'];

/**
 * Is this editor document a response letter? The `corresp` language always is; a markdown document is when it is
 * named `*.corresp.md` or its front matter declares a letter (untitled drafts too); every other language never is.
 */
export function isLetterDocument(languageId: string, uri: string, head: () => string): boolean {
  if (languageId === 'corresp') return true;
  if (languageId !== 'markdown') return false;
  return /\.corresp\.md$/i.test(uri) || declaresResponseLetter(head());
}
