// Issue 13, item 5, over the protocol: "Fix all" quick fixes, the order of quick fixes (never "Disable…" first),
// clickable code lenses (record a commitment; open its register entry).
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../helpers/lsp-client';

const server = serverForTests();

it('runs the code lens commands in the server', () => {
  expect(server.init.capabilities.executeCommandProvider.commands).toEqual(['corresp.recordCommitment', 'corresp.openRegisterEntry']);
});

const TEXT = `---
company: Example Corp.
filing: Form 10-K for the fiscal year ended December 31, 2024
staff-letter: 2025-03-03
commitments:
  - comment: 3
    sentence: "We will describe the sensitivity in future filings"
    filing: Form 10-K for the fiscal year ending December 31, 2025
    owner: Controller
    status: open
---
# Item 7
> **1.** Please revise to quantify each factor.

> **2.** Please disclose the assumptions.

> **3.** Please describe the sensitivity.

**Response:**

We will describe the sensitivity in future filings. We will disclose the key assumptions in future filings.
`;

async function open(uri: string, text: string) {
  const published = server.client.nextDiagnostics(uri);
  server.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corresp', version: 1, text } });
  return (await published).diagnostics as { code: string; severity: number; range: any; message: string }[];
}

describe('quick fixes', () => {
  it('"Fix all <rule> problems" and "Fix all corresp problems in this letter" are quick fixes; "Disable" comes last', async () => {
    const uri = 'file:///letters/fix-all.corresp.md';
    const diags = await open(uri, TEXT);
    const missing = diags.filter((d) => d.code === 'missing-response');
    expect(missing).toHaveLength(2);
    expect(missing[0].severity).toBe(1);
    const actions = await server.client.request('textDocument/codeAction', { textDocument: { uri }, range: missing[0].range, context: { diagnostics: [missing[0]] } });
    const titles = actions.map((a: { title: string }) => a.title);
    expect(titles[0]).toBe('Insert a response to comment 1');
    expect(titles).toContain('Fix all missing-response problems');
    expect(titles).toContain('Fix all corresp problems in this letter');
    expect(titles[titles.length - 1]).toBe('Disable missing-response for this line');
    for (const a of actions) expect(a.kind).toBe('quickfix');

    const byRule = actions.find((a: { title: string }) => a.title === 'Fix all missing-response problems');
    const fixed = server.client.applyEdits(TEXT, byRule.edit.changes[uri]);
    expect(fixed.match(/\*\*Response:\*\*/g)).toHaveLength(3);

    const all = actions.find((a: { title: string }) => a.title === 'Fix all corresp problems in this letter');
    // Only the safe fixes: the commitment is recorded; no "[TBD]" response is written for the drafter.
    const once = server.client.applyEdits(TEXT, all.edit.changes[uri]);
    expect(once.match(/\*\*Response:\*\*/g)).toHaveLength(1);
    expect(once.match(/^ {2}- comment: /gm)).toHaveLength(2);
  });
});

describe('code lenses are clickable', () => {
  it('"Not in register — record it" records the commitment; "Documented" opens its entry', async () => {
    const uri = 'file:///letters/lens-click.corresp.md';
    await open(uri, TEXT);
    const lenses = await server.client.request('textDocument/codeLens', { textDocument: { uri } });
    const record = lenses.find((l: any) => l.command.title === 'Not in register — record it');
    const documented = lenses.find((l: any) => /^Documented · /.test(l.command.title));
    expect(record.command.command).toBe('corresp.recordCommitment');
    expect(documented.command.command).toBe('corresp.openRegisterEntry');

    const before = server.client.serverRequests.length;
    await server.client.request('workspace/executeCommand', { command: record.command.command, arguments: record.command.arguments });
    const applied = server.client.serverRequests.slice(before).find((r) => r.method === 'workspace/applyEdit')!;
    const change = applied.params.edit.documentChanges[0];
    expect(change.textDocument).toEqual({ uri, version: 1 });
    const recorded = server.client.applyEdits(TEXT, change.edits);
    expect(recorded).toMatch(/- comment: 3\n {4}sentence: "We will disclose the key assumptions in future filings"/);

    await server.client.request('workspace/executeCommand', { command: documented.command.command, arguments: documented.command.arguments });
    const shown = server.client.serverRequests.slice(before).find((r) => r.method === 'window/showDocument')!;
    expect(shown.params.uri).toBe(uri);
    expect(shown.params.selection.start.line).toBe(6);
  });
});
