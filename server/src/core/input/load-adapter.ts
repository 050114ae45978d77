// The PDF and Word readers are large (pdf.js, mammoth): each is a separate bundle beside the CLI and the server
// (server/out/pdf-reader.js, server/out/docx-reader.js), required on first use only. Run from the sources (tests),
// the adapter module is imported directly.

import * as fs from 'node:fs';
import * as path from 'node:path';

const cache = new Map<string, Promise<unknown>>();

export function loadAdapter<T>(bundle: string, source: string): Promise<T> {
  let p = cache.get(bundle);
  if (!p) {
    p = (async () => {
      // pdf.js reports, on console.log, what it cannot polyfill for rendering while it loads; the language server's
      // standard output is the protocol, so nothing may be printed there.
      const log = console.log;
      console.log = () => undefined;
      try {
        const bundled = path.join(__dirname, bundle);
        if (__filename.endsWith('.js') && fs.existsSync(bundled)) return require(bundled) as T;
        return (await import(/* @vite-ignore */ path.join(__dirname, source))) as T;
      } finally {
        console.log = log;
      }
    })();
    cache.set(bundle, p);
    p.catch(() => cache.delete(bundle));
  }
  return p as Promise<T>;
}
