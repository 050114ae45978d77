// The PDF and Word readers are large (pdf.js, mammoth): each is a separate bundle beside the CLI and the server
// (server/out/pdf-reader.js, server/out/docx-reader.js), required on first use only. Run from the sources (tests),
// the adapter module is imported directly.
//
// Compiling pdf.js's 1.7 MB bundle costs a CLI run about as much as reading a short letter, so a bundle is compiled
// with V8's code cache, kept per user (the platform's cache folder, see userCacheRoot; created private) and keyed by the bundle's size, time and
// the Node version; V8 checks the cache against the source and ignores one that does not match. The language
// server's own bundle is loaded the same way (server/src/lsp/main.ts).

import { isAscii } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname as pathDirname, join } from 'node:path';
import { Script } from 'node:vm';

const cache = new Map<string, Promise<unknown>>();
/** Code caches to write once the adapter has run (so they hold the functions a read compiled). */
const pendingCaches: (() => void)[] = [];

export function loadAdapter<T>(bundle: string, source: string): Promise<T> {
  let p = cache.get(bundle);
  if (!p) {
    p = (async () => {
      // pdf.js reports, on console.log, what it cannot polyfill for rendering while it loads; the language server's
      // standard output is the protocol, so nothing may be printed there.
      const log = console.log;
      console.log = () => undefined;
      try {
        const bundled = join(__dirname, bundle);
        if (__filename.endsWith('.js') && existsSync(bundled)) return requireCached(bundled) as T;
        return (await import(/* @vite-ignore */ join(__dirname, source))) as T;
      } finally {
        console.log = log;
      }
    })();
    cache.set(bundle, p);
    p.catch(() => cache.delete(bundle));
  }
  return p as Promise<T>;
}

/** After a document was read: writes the code caches of the bundles loaded for it (once). */
export function saveAdapterCaches(): void {
  for (const write of pendingCaches.splice(0)) write();
}

/**
 * Where a user's caches live on this platform: $XDG_CACHE_HOME when set, else the platform's own place (Windows'
 * local application data, macOS's Library/Caches), else ~/.cache.
 */
export function userCacheRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  if (platform === 'win32' && env.LOCALAPPDATA) return env.LOCALAPPDATA;
  if (platform === 'darwin') return join(home, 'Library', 'Caches');
  return join(home, '.cache');
}

function cacheDir(): string | undefined {
  try {
    const dir = join(userCacheRoot(process.env, process.platform, homedir()), 'corresp');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    // Only a folder of this user's that nobody else can write to: V8 bytecode from it is run.
    if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

function requireCached(file: string): unknown {
  const loaded = requireWithCodeCache(file);
  if (loaded.writeCache) pendingCaches.push(loaded.writeCache);
  return loaded.exports;
}

/**
 * Requires a bundle compiled with V8's code cache (per user, see cacheDir). `writeCache` is set when there was no
 * usable cache: call it once the bundle has done its first work, so the cache holds the functions that work
 * compiled (V8 compiles a function's bytecode on its first call) and not only the bundle's top level.
 */
/**
 * The V8 flags this process runs with, as a word in the cache's name: V8 rejects a cache made under other flags,
 * and the language server sets its own (node-flags.ts) while the CLI does not, so each keeps its own caches of the
 * bundles both load rather than rejecting and rewriting each other's.
 */
// Kept on the global object: the server's entry and the server's bundle each hold their own copy of this module.
const FLAVOUR = Symbol.for('corresp.codeCacheFlavour');
export function setCodeCacheFlavour(name: string): void {
  (globalThis as Record<symbol, unknown>)[FLAVOUR] = name;
}

export function requireWithCodeCache(file: string): { exports: unknown; writeCache?: () => void } {
  const dir = process.env.CORRESP_NO_CODE_CACHE ? undefined : cacheDir();
  if (!dir) return { exports: require(file) };
  const st = statSync(file);
  const flavour = (globalThis as Record<symbol, unknown>)[FLAVOUR];
  const prefix = `${basename(file, '.js')}-${typeof flavour === 'string' && flavour ? `${flavour}-` : ''}`;
  const key = join(dir, `${prefix}${st.size}-${Math.round(st.mtimeMs)}-${process.version}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(key);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readSource(file)), { filename: file, cachedData });
  const mod = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (exports: unknown, req: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, pathDirname(file));
  if (cachedData && !script.cachedDataRejected) return { exports: mod.exports };
  let written = false;
  const writeCache = () => {
    if (written) return;
    written = true;
    try {
      const tmp = `${key}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, key);
      // Caches of older bundles or Node versions are left behind by an upgrade: keep the folder small.
      // (A name with a digit after the prefix is this flavour's: another flavour's word starts with a letter.)
      for (const f of readdirSync(dir)) if (f.startsWith(prefix) && /^\d/.test(f.slice(prefix.length)) && join(dir, f) !== key && f.endsWith('.v8cache')) rmSync(join(dir, f), { force: true });
    } catch {
      // A cache is an optimisation: a read-only home or a full disk only costs time.
    }
  };
  return { exports: mod.exports, writeCache };
}

/**
 * A bundle's source text. Our bundles are pure ASCII (scripts/build.mjs; test/build/bundles.test.ts), and ASCII read
 * as Latin-1 is the same text without UTF-8 decoding: the server's 1 MB bundle is read in 7.5 ms instead of 11.7 on
 * every start (2026-12-07). Anything else is decoded as UTF-8.
 */
export function readSource(file: string): string {
  const bytes = readFileSync(file);
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
