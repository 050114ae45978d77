import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSettings, type Settings } from '../core/settings';
import { InputError } from './read-letter';

export const CONFIG_FILE = 'corresp.config.json';

/**
 * Finds each letter's settings the way markdownlint-cli2 and ESLint do: `corresp.config.json` in the letter's folder
 * or the nearest folder above it, stopping at the repository root (a folder with `.git`); `--config FILE` applies to
 * every letter instead. JSON only: configuration is data and never runs code. A broken file (not JSON, not an object,
 * an unknown key or rule id, a wrong type) is an InputError naming the file and each key.
 */
export class ConfigFinder {
  private readonly loaded = new Map<string, Settings>();

  constructor(
    private readonly cwd: string,
    private readonly explicit?: string,
  ) {}

  /** The settings for a letter (`-` for standard input, which is read as if it were in the working folder). */
  settingsFor(letter: string): Settings {
    if (this.explicit) return this.load(path.resolve(this.cwd, this.explicit), this.explicit);
    const file = this.find(letter === '-' ? this.cwd : path.dirname(path.resolve(this.cwd, letter)));
    return file ? this.load(file, path.relative(this.cwd, file) || file) : readSettings(undefined).settings;
  }

  /** The config file that applies to letters in `dir`, if any. */
  find(dir: string): string | undefined {
    for (let d = dir; ; ) {
      const candidate = path.join(d, CONFIG_FILE);
      if (fs.existsSync(candidate)) return candidate;
      if (fs.existsSync(path.join(d, '.git'))) return undefined;
      const up = path.dirname(d);
      if (up === d) return undefined;
      d = up;
    }
  }

  private load(file: string, shown: string): Settings {
    const hit = this.loaded.get(file);
    if (hit) return hit;
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new InputError(`${shown}: cannot read the configuration (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (err) {
      throw new InputError(`${shown}: is not valid JSON (${(err as Error).message})`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new InputError(`${shown}: must be a JSON object such as {"rules": {"hedged-commitment": "off"}}, not ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}`);
    }
    const { settings, problems } = readSettings(data);
    if (problems.length) throw new InputError(`${shown}: ${problems.join('; ')}`);
    this.loaded.set(file, settings);
    return settings;
  }
}
