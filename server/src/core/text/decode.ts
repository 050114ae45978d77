// Bytes → text for letters and staff letters, the one decoder the CLI and the VS Code client share. UTF-8 first
// (strictly, so a Windows-1252 file is never read as mojibake); staff letters from EDGAR are often Windows-1252, so
// the importers may fall back to it. Node's TextDecoder decodes the "windows-1252" label as Latin-1 (bytes
// 0x80–0x9F become C1 control characters), so those 32 bytes are mapped here.

export type Decoded = { text: string; encoding: 'utf-8' | 'windows-1252' } | { problem: 'binary' | 'not-utf-8' };

// Bytes 0x80–0x9F of Windows-1252 (curly quotes, dashes, the euro sign); the five it leaves undefined stay as they are.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes a file's bytes; a leading byte-order mark is dropped. NUL bytes in the first 8 KB mean a binary file. */
export function decodeText(bytes: Uint8Array, options: { windows1252: boolean }): Decoded {
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary' };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    if (!options.windows1252) return { problem: 'not-utf-8' };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009F]/g, windows1252Char);
}

/** A C1 control character (U+0080–U+009F) as the Windows-1252 character of that byte ("\u0093" → "\u201C"). */
export function windows1252Char(c: string): string {
  return CP1252_HIGH[c.charCodeAt(0) - 0x80];
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
