import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a CLI command may touch; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /**
   * A letter's text (a staff letter's may be Windows-1252); throws InputError for a missing, binary, non-UTF-8 or
   * empty file.
   */
  readFile: (path: string, kind?: 'letter' | 'staff-letter') => string;
  readStdin: () => string;
  /** Writes a file the way safe-write.ts does (mode, owner, symlinks, BOM kept; read-only refused). */
  writeFile: (path: string, data: string | Uint8Array) => void;
  cwd: string;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's options and positionals by `util.parseArgs` (strict: an unknown option or a missing value is a usage
 * error, returned as a message). `-` stays a positional (standard input).
 */
export function parseOptions<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    // Node's messages end with advice about "--" that does not apply here; keep the first sentence.
    return { error: (err as Error).message.split(/\. (?=To specify)/)[0] };
  }
}
