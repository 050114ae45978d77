// Who writes a diagnostic's source and documentation link. Every corresp diagnostic names its rule (`code`); its
// source ("corresp") and the rule's page (`codeDescription.href`, ~110 bytes) follow from that name, yet were sent
// with every diagnostic: about 130 of the ~600 bytes each diagnostic took on the wire. A client that adds them
// itself says so at initialize (the VS Code client does, in its middleware); the server then leaves both out and
// names, in its InitializeResult, the base of the documentation links and the rules that have a page. Other
// clients (Neovim, Emacs, the CLI's consumers) get complete diagnostics as before.
// Types and constants only, so the VS Code client shares them without loading the server.

/** initializationOptions[CLIENT_ADDS_LINKS] = true: the client adds `source` and `codeDescription` itself. */
export const CLIENT_ADDS_LINKS = 'clientAddsDiagnosticLinks';

/** InitializeResult.capabilities.experimental.ruleDocs: where each rule's page is (`${base}${rule}.md`). */
export interface RuleDocs {
  base: string;
  rules: string[];
}

/** The source every corresp diagnostic has, whoever writes it. */
export const DIAGNOSTIC_SOURCE = 'corresp';
