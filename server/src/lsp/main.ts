// The language server's entry (server/out/server.js). It loads the server itself (server/out/language-server.js)
// through V8's code cache (core/input/load-adapter.ts): a fresh process otherwise compiles the bundle and, on the
// first letter, every function the check calls, which made spawn → first diagnostics about 60 ms slower than an
// empty vscode-languageserver server. The cache is written once the first letter's diagnostics are out, so it
// holds those functions; a cache that does not match the bundle or the Node version is ignored and rewritten.
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { requireWithCodeCache, setCodeCacheFlavour } from '../core/input/load-adapter';
import { SERVER_V8_RUNTIME_FLAGS } from './node-flags';

type Server = typeof import('./server');

// V8 rejects a code cache made under other flags: the server's run-time flags are set before the bundle is loaded.
for (const flag of SERVER_V8_RUNTIME_FLAGS) setFlagsFromString(flag);
setCodeCacheFlavour('server');
const loaded = requireWithCodeCache(path.join(__dirname, 'language-server.js'));
const { writeCache } = loaded;
(loaded.exports as Server).main({
  // Off the path of the next request: the cache (about 1 MB) is written when the server has been idle a moment,
  // or as it exits (writeCache writes once).
  afterFirstDiagnostics: writeCache ? () => (setTimeout(writeCache, 500).unref(), process.once('exit', writeCache)) : undefined,
});
