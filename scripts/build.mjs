// Bundles the extension client (vscode external), the self-contained language server and the CLI, and the PDF and
// Word readers as separate bundles beside them (server/out/pdf-reader.js, docx-reader.js): the server and the CLI
// require those on first use, so a text letter's check and the extension's start never load pdf.js or mammoth.
import { build } from 'esbuild';

// ESM-only dependencies of the CLI (fdir, under tinyglobby) read import.meta.url, which a CommonJS bundle does not
// have: the bundle's own URL stands in (esbuild's inject + define).
const importMetaUrl = { inject: ['scripts/import-meta-url.js'], define: { 'import.meta.url': 'importMetaUrl' } };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

// The server requires its drafting module (export, import, register: the DOCX writer among them) at first use, from
// a bundle of its own, so starting the server does not load it.
const draftingApart = {
  name: 'drafting-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/drafting$/, namespace: 'file' }, (args) => (args.importer.endsWith('server.ts') ? { path: './drafting.js', external: true } : undefined));
  },
};

// The extension's entry requires the language client (vscode-languageclient: most of the client's code) from a bundle
// of its own, on the first letter, so an activation for an ordinary markdown file loads none of it.
const languageClientApart = {
  name: 'language-client-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/language-client$/, namespace: 'file' }, (args) => (args.importer.endsWith('extension.ts') ? { path: './language-client.js', external: true } : undefined));
  },
};

// The server, its drafting module and the CLI drop whitespace and comments and simplify syntax, but keep every name,
// so a stack trace (an internal-error finding prints one) still reads. Their output is then pure ASCII — the
// sources write non-ASCII characters in regular expressions as \u escapes — so V8 holds each bundle's source as
// one-byte text: 1.0 MB instead of 2.9 MB for the server, read and loaded faster at every start.
const compact = { minifyWhitespace: true, minifySyntax: true };

await Promise.all([
  // The client is UI glue (extension.js) and the language client (language-client.js); minified, as the extension
  // host loads them.
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'], plugins: [languageClientApart], minify: true }),
  build({ ...common, entryPoints: ['client/src/language-client.ts'], outfile: 'client/out/language-client.js', external: ['vscode'], minify: true }),
  // server/out/server.js is a small entry that loads the server (language-server.js) through V8's code cache.
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/out/server.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'server/out/language-server.js', plugins: [draftingApart], ...compact }),
  build({ ...common, entryPoints: ['server/src/lsp/drafting.ts'], outfile: 'server/out/drafting.js', ...compact }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', ...importMetaUrl, ...compact, banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/core/input/pdf/extract.ts'], outfile: 'server/out/pdf-reader.js', minify: true }),
  build({ ...common, entryPoints: ['server/src/core/input/docx/read.ts'], outfile: 'server/out/docx-reader.js', minify: true }),
]);
