// `corresp check --format github|sarif`: the findings in the two forms CI systems read without a problem matcher.
// GitHub Actions turns workflow commands (`::warning file=…::message`) into annotations on the pull request's
// changed lines; code scanning (and other SARIF viewers) take a SARIF 2.1.0 log. Both are plain text built from
// plain data, so a worker thread can hand its findings over and the main thread writes them.
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../core/model';
import type { Rule } from '../core/rules/rule';
import { docsUrl } from '../core/rules/rule';

/** One finding with 1-based line and column (UTF-16 code units, as the editor counts them). */
export interface FindingRecord {
  path: string;
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

// The runner reads a workflow command up to its line end and splits its properties at commas and colons: those
// characters, and the escape character itself, are written as percent escapes (actions/toolkit's command.ts).
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command that annotates the finding's lines. */
export function githubAnnotation(f: FindingRecord): string {
  const props: [string, string | number][] = [
    ['file', f.path.split(nodePath.sep).join('/')],
    ['line', f.line],
    ['endLine', f.endLine],
    // GitHub takes a column range only on one line.
    ...(f.line === f.endLine ? ([['col', f.column], ['endColumn', f.endColumn]] as [string, number][]) : []),
    ['title', `corresp ${f.rule}`],
  ];
  return `::${GITHUB_LEVEL[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(f.message)}`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A SARIF 2.1.0 log of one run: every rule corresp has, and each finding located relative to `cwd`. */
export function sarifLog(findings: FindingRecord[], rules: readonly Rule[], version: string, cwd: string): object {
  const known = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors: object[] = rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    helpUri: docsUrl(r.id),
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
  }));
  // Findings that no rule module owns (a letter the parser could not read, an internal error) still get a descriptor.
  const indexOf = (id: string): number => {
    let i = known.get(id);
    if (i === undefined) {
      i = descriptors.push({ id, shortDescription: { text: id } }) - 1;
      known.set(id, i);
    }
    return i;
  };
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: indexOf(f.rule),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: f.path === '<stdin>' ? { uri: 'stdin' } : artifact(f.path, cwd),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'corresp', version, informationUri: 'https://github.com/corresp/corresp', rules: descriptors } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(nodePath.sep) ? cwd : cwd + nodePath.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A path under `cwd` is written relative to it (as code scanning expects); one outside it as an absolute file URI. */
function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = nodePath.resolve(cwd, file);
  const rel = nodePath.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !nodePath.isAbsolute(rel)) return { uri: rel.split(nodePath.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(abs).href };
}
