/** What a CLI command may touch; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
  readStdin: () => string;
  writeFileAtomic: (path: string, text: string) => void;
  cwd: string;
}
