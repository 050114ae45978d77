// Builds the letter both editor tests open: a real example letter with one response deleted, plus what the
// tests should then see (which comment lost its response, where an ASC cite sits for the hover).
// Shared by vscode.e2e.mjs (imported) and neovim.e2e.sh (CLI: prints JSON), so both clients check the same thing.
//
//   node test/e2e/fixture.mjs <out-dir> [letter.corresp.md]   -> writes the copy, prints the facts as JSON
//
// Env: E2E_LETTER (source letter), E2E_CITE (default "ASC 350-20-35-30"), E2E_COMMENT (number whose response to delete).
// The letter is read line by line with deliberately loose patterns: this is test scaffolding, not the parser.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// "1. We note", "- 5. Tell us", "> **3.** Please", "## Comment 4", "**Comment 2:**"
const COMMENT_START = /^\s*(?:>\s*)?(?:[-*+]\s+)?(?:#{1,6}\s+)?(?:\*{1,2}|_{1,2})?(?:(?:SEC\s+|Staff\s+)?Comment\s+(\d{1,3})\b|(\d{1,3})\.(?:\*{1,2}|_{1,2})?\s)/i;
// "Response:", "**Response:**", "Response to Comment 3:", "Company Response 3:", "## Response"
const RESPONSE_LABEL = /^\s*(?:>\s*)?(?:#{1,6}\s+)?(?:\*{1,2}|_{1,2})?(?:[\w.'’ ]{0,40}\s)?Response\b(?:\s+(?:to\s+(?:Comment\s+)?)?\d+)?\s*[:.]?(?:\*{1,2}|_{1,2})?\s*:?\s*$|^\s*(?:\*{1,2}|_{1,2})?Response(?:\s+to\s+Comment\s+\d+)?\s*:/i;
const HEADING = /^\s*#{1,6}\s/;
const THEMATIC_BREAK = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;

export function defaultLetter() {
  const dir = path.join(ROOT, 'examples');
  const letters = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.corresp.md')).sort() : [];
  if (!letters.length) throw new Error(`no *.corresp.md letter in ${dir}; set E2E_LETTER`);
  const cite = process.env.E2E_CITE || 'ASC 350-20-35-30';
  const withCite = letters.find((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes(cite));
  return path.join(dir, withCite || letters[0]);
}

/** Comments of a letter, each with the line range of its block and the line of its response label, if any. */
export function outlineLetter(lines) {
  let body = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (close > 0) body = close + 1;
  }
  const comments = [];
  for (let i = body; i < lines.length; i++) {
    if (RESPONSE_LABEL.test(lines[i])) {
      if (comments.length && comments[comments.length - 1].responseLine === undefined) comments[comments.length - 1].responseLine = i;
      continue;
    }
    const m = COMMENT_START.exec(lines[i]);
    if (!m) continue;
    const number = Number(m[1] ?? m[2]);
    // Staff comments are numbered consecutively; this skips most numbered lists inside comments and responses.
    const last = comments[comments.length - 1];
    if (last && number !== last.number + 1) continue;
    comments.push({ number, line: i, responseLine: undefined });
  }
  return comments;
}

/** Line range [start, end) of the response to comment `c`: from its label to the next comment, heading or break. */
function responseRange(lines, comments, c) {
  const next = comments.find((o) => o.line > c.line);
  let end = next ? next.line : lines.length;
  for (let i = c.responseLine + 1; i < end; i++) {
    if (HEADING.test(lines[i]) || THEMATIC_BREAK.test(lines[i])) { end = i; break; }
  }
  return [c.responseLine, end];
}

function deleteResponse(lines, comments, number) {
  const c = comments.find((o) => o.number === number);
  if (!c || c.responseLine === undefined) throw new Error(`comment ${number} has no response to delete`);
  const [start, end] = responseRange(lines, comments, c);
  return [...lines.slice(0, start), ...lines.slice(end)];
}

/**
 * Writes <outDir>/<letter name> with one response deleted, and <outDir>/other-<letter name> with another one
 * deleted (never opened: for workspace-wide diagnostics). Returns what the tests assert on.
 */
export function makeFixture(outDir, letter = process.env.E2E_LETTER || defaultLetter()) {
  const text = fs.readFileSync(letter, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const comments = outlineLetter(lines);
  const answered = comments.filter((c) => c.responseLine !== undefined);
  if (answered.length < 3) throw new Error(`${letter}: found only ${answered.length} answered comments; need 3`);

  const cite = process.env.E2E_CITE || 'ASC 350-20-35-30';
  const citeLine = lines.findIndex((l) => l.includes(cite));
  if (citeLine < 0) throw new Error(`${letter} does not cite ${cite}`);
  const citeComment = [...comments].reverse().find((c) => c.line <= citeLine);
  // Delete a response away from the cite, so the hover over the cite shows no "has no response" marker text.
  const target = Number(process.env.E2E_COMMENT) ||
    [...answered].reverse().find((c) => c !== citeComment && c.number < (citeComment?.number ?? Infinity))?.number ||
    answered.find((c) => c !== citeComment).number;
  const other = answered.find((c) => c.number !== target && c !== citeComment).number;

  const edited = deleteResponse(lines, comments, target);
  fs.mkdirSync(outDir, { recursive: true });
  const name = path.basename(letter);
  const file = path.join(outDir, name);
  fs.writeFileSync(file, edited.join(eol));
  const otherFile = path.join(outDir, `other-${name}`);
  fs.writeFileSync(otherFile, deleteResponse(lines, comments, other).join(eol));

  const editedCiteLine = edited.findIndex((l) => l.includes(cite));
  return {
    source: letter,
    file,
    otherFile,
    comment: target,
    otherComment: other,
    comments: comments.map((c) => c.number),
    // Comment N (<nearest caption>) has no response | Comment N has no response
    messagePattern: `^Comment ${target}(?: \\(.+\\))? has no response`,
    otherMessagePattern: `^Comment ${other}(?: \\(.+\\))? has no response`,
    cite,
    citeLine: editedCiteLine, // 0-based
    citeCharacter: edited[editedCiteLine].indexOf(cite) + 4, // inside the cite, past "ASC "
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [outDir, letter] = process.argv.slice(2);
  if (!outDir) { console.error('usage: node test/e2e/fixture.mjs <out-dir> [letter]'); process.exit(2); }
  console.log(JSON.stringify(makeFixture(outDir, letter || undefined)));
}
