import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSettings, type Settings } from '../core/settings';
import { InputError } from './read-letter';

export const CONFIG_FILE = 'corresp.config.json';

/**
 * Loads settings from `--config FILE` or `corresp.config.json` in the working folder. JSON only: configuration is data
 * and can never run code. A broken file is an InputError with the reason.
 */
export function loadConfig(explicit: string | undefined, cwd: string): { settings: Settings; warnings: string[] } {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, CONFIG_FILE);
  if (!explicit && !fs.existsSync(file)) return readSettings(undefined) && { settings: readSettings(undefined).settings, warnings: [] };
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${explicit ?? CONFIG_FILE}: cannot read the configuration (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`${explicit ?? CONFIG_FILE}: is not valid JSON (${(err as Error).message})`);
  }
  const { settings, problems } = readSettings(data);
  if (problems.length && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    return { settings, warnings: problems.map((p) => `${explicit ?? CONFIG_FILE}: ${p}`) };
  }
  if (problems.length) throw new InputError(`${explicit ?? CONFIG_FILE}: ${problems.join('; ')}`);
  return { settings, warnings: [] };
}
