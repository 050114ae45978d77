// Windows-1252, the code page of older EDGAR filings. Node's TextDecoder takes the label but decodes it as
// ISO-8859-1, which leaves 0x80–0x9F (curly quotes, dashes, the euro sign) as C1 control characters; browsers and
// the WHATWG Encoding standard map them, and so does this.

const HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = new Array<number>(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k];
      codes[k] = b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
