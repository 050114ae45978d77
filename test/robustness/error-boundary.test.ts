// The core's one error boundary (issue 11): an exception in any phase of the analysis, or in any rule, becomes one
// `internal-error` finding carrying the stack — never a silent "No problems". The CLI prints it and exits 2; the
// editor shows it as a diagnostic. A phase and a rule are made to throw by replacing their modules.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnection, createMessageConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { analyze } from '../../server/src/core/check';
import { clearAnalysisCaches } from '../../server/src/core/incremental/analysis-cache';
import type { Rule } from '../../server/src/core/rules/rule';
import { main } from '../../server/src/cli/main';
import { startServer } from '../../server/src/lsp/server';
import { EXAMPLE, read } from '../helpers/letters';

const inject = vi.hoisted(() => ({ phase: false, rule: false }));

vi.mock(import('../../server/src/core/incremental/citations'), async (original) => {
  const real = await original();
  return {
    ...real,
    citationsOf: (text: string) => {
      if (inject.phase) throw new Error('injected citation failure');
      return real.citationsOf(text);
    },
  };
});

vi.mock(import('../../server/src/core/rules/registry'), async (original) => {
  const real = await original();
  const throwing: Rule = {
    id: 'throwing-rule',
    description: 'throws when told to',
    defaultSeverity: 'error',
    fixable: false,
    check() {
      if (inject.rule) throw new TypeError('injected rule failure');
    },
  };
  return { ...real, allRules: [...real.allRules, throwing] };
});

afterEach(() => {
  inject.phase = inject.rule = false;
  clearAnalysisCaches();
});

const letter = read(EXAMPLE);

describe('analyze', () => {
  it('checks the letter normally when nothing throws', () => {
    expect(analyze(letter).findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
  });

  it('a throwing phase becomes one internal-error finding with the stack', () => {
    inject.phase = true;
    const { findings } = analyze(letter);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'internal-error', severity: 'error' });
    expect(findings[0].message).toMatch(/^corresp failed while reading citations \(injected citation failure\)/);
    expect(findings[0].message).toMatch(/Error: injected citation failure\n\s+at /);
  });

  it('a throwing rule becomes one internal-error finding naming the rule, with the stack', () => {
    inject.rule = true;
    const { findings } = analyze(letter);
    expect(findings.map((f) => f.rule)).toEqual(['internal-error']);
    expect(findings[0].message).toMatch(/^corresp failed while running rule throwing-rule \(injected rule failure\)/);
    expect(findings[0].message).toMatch(/TypeError: injected rule failure\n\s+at Object\.check/);
  });
});

describe('the CLI', () => {
  function check(file: string) {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (s: string) => void (stdout += s),
      stderr: (s: string) => void (stderr += s),
      readFile: (p: string) => fs.readFileSync(p, 'utf8'),
      readStdin: () => '',
      writeFile: () => {
        throw new Error('no writes expected');
      },
      cwd: process.cwd(),
    };
    return Promise.resolve(main(['check', file], io)).then((code) => ({ code, stdout, stderr }));
  }

  it('prints the internal error with its stack and exits 2', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-boundary-')), 'letter.corresp.md');
    fs.writeFileSync(file, letter);
    expect((await check(file)).code).toBe(0);
    clearAnalysisCaches();
    inject.rule = true;
    const r = await check(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/letter\.corresp\.md:1:1 error internal-error corresp failed while running rule throwing-rule/);
    expect(r.stdout).toMatch(/TypeError: injected rule failure\n\s+at /);
    expect(r.stderr).not.toMatch(/No problems/);
  });
});

describe('the language server', () => {
  it('publishes the internal error as a diagnostic', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published = new Promise<any>((resolve) => client.onNotification('textDocument/publishDiagnostics', resolve));
    client.listen();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    inject.phase = true;
    const uri = 'file:///letters/boundary.corresp.md';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text: letter } });
    const { diagnostics } = await published;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'internal-error', severity: 1, source: 'corresp' });
    expect(diagnostics[0].message).toMatch(/Error: injected citation failure\n\s+at /);
    client.dispose();
  });
});
