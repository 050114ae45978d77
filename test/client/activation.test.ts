// When the VS Code extension starts the language server. The extension activates for every markdown file, but the
// server (and the language client's bundle) should start only for a letter: one open, one that becomes a letter as
// its front matter is written, a workspace of *.corresp.md files, or a command that needs the server. VS Code is a
// stand-in here (the real one runs in test/e2e); the extension's own code runs as shipped.
import { afterEach, describe, expect, it, vi } from 'vitest';

const vs = vi.hoisted(() => {
  type Listener = (e: unknown) => void;
  const disposable = () => ({ dispose() {} });
  const state = {
    textDocuments: [] as unknown[],
    workspaceFolders: undefined as unknown[] | undefined,
    files: [] as string[],
    open: [] as Listener[],
    change: [] as Listener[],
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    errors: [] as string[],
  };
  const on = (list: Listener[]) => (fn: Listener) => {
    list.push(fn);
    return { dispose: () => list.splice(list.indexOf(fn), 1) };
  };
  class EventEmitter {
    event = () => disposable();
    fire() {}
  }
  const vscode = {
    EventEmitter,
    LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
    Uri: { parse: (s: string) => ({ toString: () => s }), joinPath: () => ({}) },
    window: {
      createOutputChannel: () => ({ info() {}, warn() {}, error() {}, show() {}, dispose() {} }),
      showErrorMessage: async (m: string) => void state.errors.push(m),
      showInformationMessage: async () => undefined,
      activeTextEditor: undefined,
    },
    languages: { createLanguageStatusItem: () => ({ dispose() {} }) },
    commands: {
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => (state.commands.set(id, fn), disposable()),
      executeCommand: async () => undefined,
    },
    workspace: {
      get textDocuments() {
        return state.textDocuments;
      },
      get workspaceFolders() {
        return state.workspaceFolders;
      },
      findFiles: async (glob: string) => (glob.includes('corresp') ? state.files.slice(0, 1) : []),
      onDidOpenTextDocument: on(state.open),
      onDidChangeTextDocument: on(state.change),
      createFileSystemWatcher: () => ({ onDidChange: () => disposable(), dispose() {} }),
      registerTextDocumentContentProvider: () => disposable(),
    },
  };
  return { state, vscode };
});
vi.mock('vscode', () => vs.vscode);

import { activate, deactivate } from '../../client/src/extension';

/** A text document as the extension sees one. */
function doc(uri: string, languageId: string, text: string) {
  return { uri: { scheme: uri.split(':')[0], toString: () => uri }, languageId, getText: () => text };
}

const README = doc('file:///w/README.md', 'markdown', '# Notes\n\nNothing to do with the SEC.\n');
const LETTER_HEAD = '---\ncompany: Example Corp.\nstaff-letter: 2024-05-01\n---\n\n# Form 10-K\n';

/** A stand-in for the language client's bundle: counts the clients made and started. */
function clientBundle(fail?: Error) {
  const started: number[] = [];
  const load = () => {
    if (fail) throw fail;
    return {
      createLanguageClient: () => ({
        onNotification: () => ({ dispose() {} }),
        start: async () => void started.push(Date.now()),
        stop: async () => undefined,
        restart: async () => undefined,
      }),
    };
  };
  return { load: load as never, started };
}

const context = () => ({ subscriptions: [] as { dispose(): void }[], asAbsolutePath: (p: string) => p, extensionUri: {} }) as never;

afterEach(async () => {
  await deactivate();
  Object.assign(vs.state, { textDocuments: [], workspaceFolders: undefined, files: [], errors: [] });
  vs.state.open.length = 0;
  vs.state.change.length = 0;
  vs.state.commands.clear();
});

describe('the extension starts the language server', () => {
  it('not for an ordinary markdown file, in a workspace without letter files', async () => {
    vs.state.textDocuments = [README];
    vs.state.workspaceFolders = [{}];
    const bundle = clientBundle();
    await activate(context(), bundle.load);
    for (const fire of vs.state.open) fire(doc('file:///w/CHANGELOG.md', 'markdown', '## 1.0\n'));
    for (const fire of vs.state.change) fire({ document: README });
    expect(bundle.started).toHaveLength(0);
  });

  it('for a letter open at activation, and activation waits for it', async () => {
    vs.state.textDocuments = [README, doc('file:///w/reply.corresp.md', 'corresp', 'anything')];
    const bundle = clientBundle();
    await activate(context(), bundle.load);
    expect(bundle.started).toHaveLength(1);
  });

  it('when a letter opens later, once however many open', async () => {
    const bundle = clientBundle();
    await activate(context(), bundle.load);
    expect(bundle.started).toHaveLength(0);
    const letter = doc('file:///w/reply.md', 'markdown', LETTER_HEAD);
    for (const fire of [...vs.state.open]) fire(letter);
    for (const fire of [...vs.state.open]) fire(doc('file:///w/other.corresp.md', 'markdown', ''));
    await vi.waitFor(() => expect(bundle.started).toHaveLength(1));
    // The watchers are gone once the server runs.
    expect(vs.state.open).toHaveLength(0);
    expect(vs.state.change).toHaveLength(0);
  });

  it('when a markdown draft becomes a letter as its front matter is written', async () => {
    const bundle = clientBundle();
    await activate(context(), bundle.load);
    for (const fire of [...vs.state.change]) fire({ document: doc('untitled:Untitled-1', 'markdown', '---\ntitle: Notes\n') });
    expect(bundle.started).toHaveLength(0);
    for (const fire of [...vs.state.change]) fire({ document: doc('untitled:Untitled-1', 'markdown', LETTER_HEAD) });
    await vi.waitFor(() => expect(bundle.started).toHaveLength(1));
  });

  it('for a workspace holding *.corresp.md files, so their problems are listed unopened', async () => {
    vs.state.textDocuments = [README];
    vs.state.workspaceFolders = [{}];
    vs.state.files = ['file:///w/letters/reply.corresp.md'];
    const bundle = clientBundle();
    await activate(context(), bundle.load);
    expect(bundle.started).toHaveLength(1);
  });

  it('for a command that needs it', async () => {
    const bundle = clientBundle();
    await activate(context(), bundle.load);
    expect(bundle.started).toHaveLength(0);
    await vs.state.commands.get('corresp.restart')!();
    expect(bundle.started).toHaveLength(1);
  });

  it('says so when it cannot, and a command that needs it reports that instead of failing silently', async () => {
    vs.state.textDocuments = [doc('file:///w/reply.corresp.md', 'corresp', '')];
    const bundle = clientBundle(new Error('Cannot find module ./language-client.js'));
    await activate(context(), bundle.load);
    expect(vs.state.errors.join('\n')).toMatch(/language server did not start/);
    await vs.state.commands.get('corresp.exportCommitments')!();
    expect(vs.state.errors.at(-1)).toMatch(/language server is not running/);
  });
});
