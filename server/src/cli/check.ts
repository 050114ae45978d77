import { analyze, type Analysis } from '../core/check';
import type { Finding, Severity } from '../core/model';
import { allRules } from '../core/rules/registry';
import { readSettings, type Settings } from '../core/settings';
import { LineIndex } from '../core/text/lines';
import { applyFixes } from '../core/fixes';
import type { CliIo } from './cli-io';
import { loadConfig } from './config';
import { expandPaths, InputError } from './read-letter';
import { commitmentJson } from './commitment-json';

const USAGE = `usage: corresp check [paths, globs or - ...] [--format text|json] [--rule id=severity]... [--config file] [--fix]

Checks response letters and prints what the editor's Problems panel would show.
  --format text   file:line:col severity rule message (default; VS Code problem matchers read it)
  --format json   per file: the outline (comments, responses), findings and commitments
  --rule id=sev   sets a rule to error|warning|info|hint|off (repeatable)
  --config file   JSON settings ({"rules": {...}, "maxFileSize": bytes}); default ./corresp.config.json
  --fix           applies the safe fixes in place (atomically); files with parse problems are left alone
Exit status: 0 clean or warnings only, 1 errors found, 2 usage or input failure.`;

interface FileResult {
  path: string;
  analysis: Analysis;
  index: LineIndex;
}

export function runCheck(args: string[], io: CliIo): number {
  let format = 'text';
  let configPath: string | undefined;
  let fix = false;
  const ruleFlags: Record<string, string> = {};
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      io.stdout(USAGE + '\n');
      return 0;
    } else if (a === '--format' || a.startsWith('--format=')) {
      format = a.includes('=') ? a.slice(9) : args[++i] ?? '';
      if (format !== 'text' && format !== 'json') return usage(io, `--format takes text or json, not "${format}"`);
    } else if (a === '--rule' || a.startsWith('--rule=')) {
      const v = a.includes('=') && a.startsWith('--rule=') ? a.slice(7) : args[++i] ?? '';
      const m = /^([a-z0-9-]+)=(error|warning|info|hint|off)$/.exec(v);
      if (!m) return usage(io, `--rule takes id=error|warning|info|hint|off, not "${v}"`);
      if (!allRules.some((r) => r.id === m[1])) return usage(io, `--rule: there is no rule "${m[1]}" (see docs/rules/)`);
      ruleFlags[m[1]] = m[2];
    } else if (a === '--config') {
      configPath = args[++i];
      if (!configPath) return usage(io, '--config needs a file');
    } else if (a === '--fix') fix = true;
    else if (a.startsWith('-') && a !== '-') return usage(io, `unknown option ${a}`);
    else paths.push(a);
  }
  if (!paths.length) return usage(io, 'name at least one letter (or - for standard input)');

  let settings: Settings;
  try {
    const loaded = loadConfig(configPath, io.cwd);
    for (const w of loaded.warnings) io.stderr(`corresp: ${w}\n`);
    settings = readSettings({ ...loaded.settings, rules: { ...loaded.settings.rules, ...ruleFlags } }).settings;
  } catch (err) {
    io.stderr(`corresp: ${(err as Error).message}\n`);
    return 2;
  }

  const { files, errors } = expandPaths(paths, io.cwd);
  let failed = errors.length > 0;
  for (const e of errors) io.stderr(`corresp: ${e}\n`);
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? io.readStdin() : io.readFile(file);
    } catch (err) {
      failed = true;
      io.stderr(`corresp: ${err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`}\n`);
      continue;
    }
    let analysis = analyze(text, settings);
    if (fix && file !== '-') {
      const fixed = fixFile(file, analysis, settings, io);
      if (fixed) analysis = fixed;
    }
    results.push({ path: file === '-' ? '<stdin>' : file, analysis, index: new LineIndex(analysis.letter.text) });
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.analysis.findings) counts[f.severity]++;
  if (format === 'json') io.stdout(JSON.stringify({ files: results.map(toJson) }, null, 2) + '\n');
  else {
    for (const r of results) for (const f of r.analysis.findings) io.stdout(textLine(r, f) + '\n');
    const total = counts.error + counts.warning + counts.info + counts.hint;
    io.stderr(
      `${total ? `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)` : 'No problems'} in ${results.length} file${results.length === 1 ? '' : 's'}\n`,
    );
  }
  if (failed) return 2;
  return counts.error > 0 ? 1 : 0;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`corresp check: ${message}\n\n${USAGE}\n`);
  return 2;
}

function textLine(r: FileResult, f: Finding): string {
  const p = r.index.positionAt(f.span.start);
  return `${r.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${f.message}`;
}

function toJson(r: FileResult) {
  const line = (offset: number) => r.index.positionAt(offset).line + 1;
  const { letter } = r.analysis;
  return {
    path: r.path,
    facts: { ...letter.facts, span: undefined },
    comments: letter.comments.map((c) => ({ number: c.number, line: line(c.span.start), captions: c.captions, pageRef: c.pageRef })),
    responses: letter.responses.map((x) => ({ number: x.number ?? null, line: line(x.span.start), labelStyle: x.labelStyle })),
    findings: r.analysis.findings.map((f) => {
      const s = r.index.positionAt(f.span.start);
      const e = r.index.positionAt(f.span.end);
      return { rule: f.rule, severity: f.severity, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, message: f.message };
    }),
    commitments: commitmentJson(r.analysis, line),
    citations: r.analysis.citations.map((c) => ({ kind: c.kind, text: c.text, canonical: c.canonical, line: line(c.span.start) })),
  };
}

/** Applies the safe fixes and writes the file atomically; never touches a letter the parser had trouble with. */
function fixFile(file: string, analysis: Analysis, settings: Settings, io: CliIo): Analysis | undefined {
  if (analysis.letter.problems.length) {
    io.stderr(`corresp: ${file}: not fixed, the letter has parse problems (${analysis.letter.problems[0].message})\n`);
    return undefined;
  }
  const fixes = analysis.findings.flatMap((f) => (f.fixes ?? []).filter((x) => x.preferred));
  if (!fixes.length) return undefined;
  const text = applyFixes(analysis.letter.text, fixes);
  if (text === analysis.letter.text) return undefined;
  try {
    io.writeFileAtomic(file, text);
  } catch (err) {
    io.stderr(`corresp: ${file}: could not write the fixes (${(err as Error).message}); the file is unchanged\n`);
    return undefined;
  }
  return analyze(text, settings);
}
