// package.json is the extension's contract with VS Code: every contributed command must be registered by the
// client and every registered command contributed; menus, walkthroughs, grammars and snippets must point at things
// that exist; every setting needs a description and a default.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/letters';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

const CLIENT = path.join(ROOT, 'client', 'src');
const clientSources = sourceFiles(CLIENT).map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') }));
const registered = new Set(clientSources.flatMap(({ text }) => [...text.matchAll(/registerCommand\(\s*['"`]([\w.-]+)['"`]/g)].map((m) => m[1])));
const contributed: { command: string; title: string; category?: string }[] = contributes.commands;
const contributedIds = new Set(contributed.map((c) => c.command));

/** Commands VS Code itself provides, which walkthroughs and menus may name. */
const BUILT_IN = /^(?:workbench|editor|markdown|vscode)\./;

describe('package.json commands', () => {
  it('registers every contributed command in client/src', () => {
    for (const c of contributed) expect(registered, `${c.command} is contributed but never registered`).toContain(c.command);
  });

  it('contributes every command the client registers', () => {
    for (const id of registered) expect(contributedIds, `${id} is registered but not in contributes.commands`).toContain(id);
  });

  it('gives each command a title, the corresp category and a corresp. id', () => {
    for (const c of contributed) {
      expect(c.command).toMatch(/^corresp\.[a-zA-Z]+$/);
      expect(c.title.trim().length, c.command).toBeGreaterThan(3);
      expect(c.category, c.command).toBe('corresp');
    }
    expect(new Set(contributed.map((c) => c.title)).size).toBe(contributed.length);
  });

  it('has the drafting commands', () => {
    for (const id of ['corresp.newResponseFromStaffLetter', 'corresp.exportLetter', 'corresp.exportCommitments']) expect(contributedIds).toContain(id);
  });

  it('names only known commands in menus and keybindings', () => {
    for (const [where, items] of Object.entries(contributes.menus ?? {}) as [string, { command: string; when?: string }[]][]) {
      for (const item of items) {
        expect(contributedIds, `${where}: ${item.command}`).toContain(item.command);
        if (item.when) for (const m of item.when.matchAll(/=~\s*\/((?:\\\/|[^/])+)\/([a-z]*)/g)) expect(() => new RegExp(m[1], m[2])).not.toThrow();
      }
    }
    for (const k of contributes.keybindings ?? []) expect(contributedIds, `keybinding ${k.key}`).toContain(k.command);
  });

  it('keeps vscode imports inside client/ and core code free of them', () => {
    const server = sourceFiles(path.join(ROOT, 'server', 'src'));
    for (const f of server) expect(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f)).not.toMatch(/from\s+['"]vscode['"]/);
    const pure = clientSources.find((s) => s.file.endsWith('drafting.ts'));
    expect(pure?.text).not.toMatch(/from\s+['"]vscode['"]/);
  });
});

describe('package.json walkthroughs', () => {
  const walkthroughs: { id: string; title: string; description: string; steps: { id: string; title: string; description: string; media: Record<string, string>; completionEvents?: string[] }[] }[] =
    contributes.walkthroughs ?? [];

  it('has a first-use walkthrough whose id the client opens', () => {
    expect(walkthroughs.length).toBeGreaterThanOrEqual(1);
    const ext = clientSources.find((s) => s.file.endsWith('extension.ts'))!.text;
    expect(ext).toContain(`${manifest.publisher}.${manifest.name}#${walkthroughs[0].id}`);
  });

  it('gives each step a title, a description, existing markdown media and known command links', () => {
    for (const w of walkthroughs) {
      expect(w.title && w.description, w.id).toBeTruthy();
      expect(w.steps.length, w.id).toBeGreaterThanOrEqual(3);
      for (const s of w.steps) {
        expect(s.title && s.description, s.id).toBeTruthy();
        const media = s.media.markdown ?? s.media.image ?? s.media.svg;
        expect(media, `${s.id} media`).toBeTruthy();
        expect(fs.existsSync(path.join(ROOT, media)), media).toBe(true);
        for (const m of s.description.matchAll(/\(command:([\w.-]+)/g)) {
          if (!BUILT_IN.test(m[1])) expect(contributedIds, `${s.id} links ${m[1]}`).toContain(m[1]);
        }
        for (const e of s.completionEvents ?? []) {
          const cmd = /^onCommand:(.+)$/.exec(e)?.[1];
          if (cmd && !BUILT_IN.test(cmd)) expect(contributedIds, `${s.id} completes on ${cmd}`).toContain(cmd);
        }
      }
    }
  });
});

describe('package.json settings, grammars and snippets', () => {
  it('gives every configuration property a description and a default', () => {
    const sections = [contributes.configuration].flat();
    const props = Object.entries(Object.assign({}, ...sections.map((s: { properties: object }) => s.properties))) as [string, Record<string, unknown>][];
    expect(props.length).toBeGreaterThan(0);
    for (const [key, p] of props) {
      expect(key).toMatch(/^corresp\./);
      expect(typeof (p.description ?? p.markdownDescription), `${key} description`).toBe('string');
      expect('default' in p, `${key} default`).toBe(true);
    }
  });

  it('points grammars, snippets and the language configuration at existing files', () => {
    const files = [
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
    ];
    for (const f of files) expect(fs.existsSync(path.join(ROOT, f)), f).toBe(true);
    const languages = new Set(['markdown', ...contributes.languages.map((l: { id: string }) => l.id)]);
    for (const s of contributes.snippets) expect(languages, s.path).toContain(s.language);
    for (const g of contributes.grammars) {
      const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, g.path), 'utf8'));
      expect(grammar.scopeName, g.path).toBe(g.scopeName);
      if (g.injectTo) expect(typeof grammar.injectionSelector, g.path).toBe('string');
    }
  });
});

describe('the packaged extension (.vscodeignore)', () => {
  const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const globRe = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`);
  /** vsce semantics, simplified: patterns in order, the last one that matches decides; `!` re-includes. */
  const packaged = (file: string) => {
    let included = true;
    for (const p of ignore) {
      const negated = p.startsWith('!');
      if (globRe(negated ? p.slice(1) : p).test(file)) included = negated;
    }
    return included;
  };

  it('ships every file the manifest refers to', () => {
    const files: string[] = [
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
      ...(contributes.walkthroughs ?? []).flatMap((w: { steps: { media: Record<string, string> }[] }) => w.steps.map((s) => s.media.markdown ?? s.media.image ?? s.media.svg)),
      manifest.main,
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(packaged(path.posix.normalize(f)), `${f} is excluded from the .vsix by .vscodeignore`).toBe(true);
    // The entry requires the language client's bundle at run time: it must ship too.
    expect(packaged('client/out/language-client.js')).toBe(true);
    expect(packaged('client/src/extension.ts')).toBe(false);
  });
});

describe('editing a letter', () => {
  // Letters are prose, edited as VS Code edits markdown: long paragraphs wrap, en dashes and curly quotes get no
  // warning boxes, and no word list pops up while typing. Completion still opens where it helps ("ASC ", "Item "):
  // the server's trigger characters open it whatever quickSuggestions says.
  it('[corresp] defaults to word wrap, no unicode boxes and no word suggestions while typing', () => {
    expect(contributes.configurationDefaults['[corresp]']).toEqual({
      'editor.wordWrap': 'on',
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.unicodeHighlight.invisibleCharacters': false,
      'editor.quickSuggestions': { comments: 'off', strings: 'off', other: 'off' },
    });
  });
});
