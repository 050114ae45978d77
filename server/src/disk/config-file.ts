// corresp.config.json on disk: found by walking up from a letter, as markdownlint-cli2 and ESLint find theirs, and
// read against the one settings schema. The CLI (which refuses a broken file, exit 2) and the language server (which
// lays it over the editor's corresp.* settings and logs what it refuses) both find it here, so CI and the editor
// read the same configuration for the same letter.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readSettings, type Settings } from '../core/settings';

export const CONFIG_FILE = 'corresp.config.json';

/**
 * The config file for letters in `dir`: in `dir` or the nearest folder above it, up to the repository root (a folder
 * with `.git`), one of `roots` (workspace folders), or the file system's root.
 */
export function findConfigFile(dir: string, roots: readonly string[] = []): string | undefined {
  const stops = new Set(roots.map((r) => resolve(r)));
  for (let d = resolve(dir); ; ) {
    const candidate = join(d, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (stops.has(d) || existsSync(join(d, '.git'))) return undefined;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export interface ConfigFile {
  /** The settings the file gives, when it can be used at all (a JSON object); refused values are left out. */
  settings?: Settings;
  /** The keys the file sets, so they can be laid over other settings. */
  keys: string[];
  /** What is wrong with it, each naming its key; empty for a good file. */
  problems: string[];
}

/** Reads a config file. Never throws: an unreadable file, bad JSON or a value the schema refuses is a problem. */
export function readConfigFile(file: string): ConfigFile {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    return { keys: [], problems: [`cannot read the configuration (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return { keys: [], problems: [`is not valid JSON (${(err as Error).message})`] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { keys: [], problems: [`must be a JSON object such as {"rules": {"hedged-commitment": "off"}}, not ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}`] };
  }
  const { settings, problems } = readSettings(data);
  return { settings, keys: Object.keys(data), problems };
}

/** `base` with what the config file sets laid over it (rules merged rule by rule). */
export function withConfigFile(base: Settings, config: ConfigFile): Settings {
  if (!config.settings) return base;
  return {
    rules: { ...base.rules, ...config.settings.rules },
    maxFileSize: config.keys.includes('maxFileSize') ? config.settings.maxFileSize : base.maxFileSize,
    workspaceReview: config.keys.includes('workspaceReview') ? config.settings.workspaceReview : base.workspaceReview,
  };
}
