import * as path from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { findConfigFile, readConfigFile } from '../disk/config-file';
import { InputError } from './read-letter';

/**
 * Each letter's settings: `corresp.config.json` in the letter's folder or the nearest folder above it, up to the
 * repository root (disk/config-file.ts); `--config FILE` applies to every letter instead. A broken file (not JSON,
 * not an object, an unknown key or rule id, a wrong type) is an InputError naming the file and each key: exit 2.
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
    const file = findConfigFile(letter === '-' ? this.cwd : path.dirname(path.resolve(this.cwd, letter)));
    return file ? this.load(file, path.relative(this.cwd, file) || file) : DEFAULT_SETTINGS;
  }

  private load(file: string, shown: string): Settings {
    const hit = this.loaded.get(file);
    if (hit) return hit;
    const { settings, problems } = readConfigFile(file);
    if (problems.length || !settings) throw new InputError(`${shown}: ${problems.join('; ')}`);
    this.loaded.set(file, settings);
    return settings;
  }
}
