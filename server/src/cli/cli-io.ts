/** What a CLI command may touch; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
  readStdin: () => string;
  writeFileAtomic: (path: string, text: string) => void;
  cwd: string;
}

/**
 * The value of the option at `args[i]`: from `--name=value`, else the next argument. Returns the value and the index
 * of the last argument it used, so a parsing loop can continue after it.
 */
export function optionValue(args: string[], i: number): { value: string | undefined; last: number } {
  const a = args[i];
  const eq = a.indexOf('=');
  if (a.startsWith('--') && eq > 0) return { value: a.slice(eq + 1), last: i };
  return { value: args[i + 1], last: i + 1 };
}
