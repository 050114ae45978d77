import { analyze, type Analysis } from '../core/check';
import type { Finding, Severity } from '../core/model';
import { allRules } from '../core/rules/registry';
import type { RuleSetting, Settings } from '../core/settings';
import { LineIndex } from '../core/text/lines';
import { applyFixes } from '../core/fixes';
import { parseOptions, type CliIo } from './cli-io';
import { ConfigFinder } from './config';
import { expandPaths, InputError, readLetterFile } from './read-letter';
import { commitmentJson } from './commitment-json';
import { isDocumentFile, placeSuffix, readDocuments } from './documents';
import { locate, type LetterDocument } from '../core/input';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readPriorInput } from '../disk/prior-letter';
import { githubAnnotation, sarifLog, type FindingRecord } from './ci-formats';
import { version } from '../../../package.json';

const USAGE = `usage: corresp check [paths, globs or - ...] [--format text|json|github|sarif] [--rule id=severity]... [--config file] [--fix] [--jobs N]

Checks response letters and prints what the editor's Problems panel would show.
  --format text   file:line:col severity rule message (default; VS Code problem matchers read it)
  --format json   per file: the outline (comments, responses), findings and commitments
  --format github GitHub Actions annotations (::error file=…::message) on the pull request's lines
  --format sarif  a SARIF 2.1.0 log, for code scanning (github/codeql-action/upload-sarif) and SARIF viewers
  --rule id=sev   sets a rule to error|warning|info|hint|off (repeatable)
  --config file   JSON settings ({"rules": {...}, "maxFileSize": bytes}) for every letter; default: the
                  corresp.config.json in each letter's folder or the nearest one above it, up to the repository root
  --fix           applies the safe fixes in place (atomically, keeping mode, owner, symbolic links and BOM) and
                  says what it fixed; files with parse problems are left alone, read-only files refused
  --jobs N        worker threads for many letters (default: cores - 1, at most 4, none on 2 cores; 1 = this thread)
Exit status: 0 clean or warnings only, 1 errors found, 2 usage or input failure (a missing, empty, binary or\nnon-UTF-8 file, a directory without letters, broken configuration, a file --fix may not write).`;

interface FileResult {
  path: string;
  analysis: Analysis;
  index: LineIndex;
  /** A converted PDF, DOCX or HTML document: findings name their page or paragraph. */
  doc?: LetterDocument;
}

export function runCheck(args: string[], io: CliIo): number | Promise<number> {
  const parsed = parseOptions(args, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', default: 'text' },
    rule: { type: 'string', multiple: true, default: [] },
    config: { type: 'string' },
    fix: { type: 'boolean', default: false },
    jobs: { type: 'string' },
  });
  if ('error' in parsed) return usage(io, parsed.error);
  const { values: opts, positionals: paths } = parsed;
  if (opts.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const format = opts.format;
  if (format !== 'text' && format !== 'json' && format !== 'github' && format !== 'sarif') return usage(io, `--format takes text, json, github or sarif, not "${format}"`);
  const ruleFlags: Record<string, RuleSetting> = {};
  for (const v of opts.rule) {
    const m = /^([a-z0-9-]+)=(error|warning|info|hint|off)$/.exec(v);
    if (!m) return usage(io, `--rule takes id=error|warning|info|hint|off, not "${v}"`);
    if (!allRules.some((r) => r.id === m[1])) return usage(io, `--rule: there is no rule "${m[1]}" (see docs/rules/)`);
    ruleFlags[m[1]] = m[2] as RuleSetting;
  }
  if (opts.config === '') return usage(io, '--config needs a file');
  let jobs: number | undefined;
  if (opts.jobs !== undefined) {
    if (!/^[1-9]\d{0,2}$/.test(opts.jobs)) return usage(io, `--jobs takes a number of worker threads, not "${opts.jobs}"`);
    jobs = Number(opts.jobs);
  }
  if (!paths.length) return usage(io, 'name at least one letter (or - for standard input)');

  const { files, errors } = expandPaths(paths, io.cwd);
  const failed = errors.length > 0;
  for (const e of errors) io.stderr(`corresp: ${e}\n`);
  // Each letter's settings: its corresp.config.json (found walking up from it) or --config, then --rule flags.
  const configs = new ConfigFinder(io.cwd, opts.config);
  const letters: LetterJob[] = [];
  try {
    for (const file of files) {
      const found = configs.settingsFor(file);
      letters.push({ file, settings: { ...found, rules: { ...found.rules, ...ruleFlags } } });
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`corresp: ${err.message}\n`);
    return 2;
  }
  // PDF, Word and HTML documents are converted first (asynchronously, the readers loaded on first use).
  if (files.some(isDocumentFile)) {
    return readDocuments(files, io).then((docs) => report(checkHere(letters, format, opts.fix, io, docs), format, failed, io, opts.fix));
  }
  const workers = workerCount(files, opts.fix, jobs);
  if (workers > 1) {
    return checkInWorkers(letters, format, workers, io).then(
      (rendered) => report(rendered, format, failed, io, opts.fix),
      () => report(checkHere(letters, format, opts.fix, io), format, failed, io, opts.fix), // no workers here: one thread
    );
  }
  return report(checkHere(letters, format, opts.fix, io), format, failed, io, opts.fix);
}

/** One letter to check, with its settings. */
interface LetterJob {
  file: string;
  settings: Settings;
}

/** One file's output, rendered where it was checked (this thread or a worker) so only plain data travels. */
interface Rendered {
  error?: string;
  lines: string[];
  json?: ReturnType<typeof toJson>;
  /** For --format github and sarif: each finding with its place, as plain data. */
  records?: FindingRecord[];
  counts: Record<Severity, number>;
  /** The analysis failed (an `internal-error` finding, its stack in the message): the run exits 2. */
  internalError?: boolean;
  /** What the reader of a converted document should know (tracked changes, Word comments). */
  notes?: string[];
  /** Findings `--fix` would fix (a preferred fix; the letter has no parse problems, and it is a text letter). */
  fixable?: number;
}

function render(r: FileResult, format: string): Rendered {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of r.analysis.findings) counts[f.severity]++;
  const internalError = r.analysis.findings.some((f) => f.rule === 'internal-error');
  const notes = r.doc?.notes.length ? r.doc.notes.map((n) => `${r.path}: ${n}`) : undefined;
  const fixable = r.doc || r.path === '<stdin>' || r.analysis.letter.problems.length ? 0 : r.analysis.findings.filter((f) => f.fixes?.some((x) => x.preferred)).length;
  if (format === 'json') return { lines: [], json: toJson(r), counts, internalError, notes };
  if (format === 'github' || format === 'sarif') return { lines: [], records: r.analysis.findings.map((f) => findingRecord(r, f)), counts, internalError, notes, fixable };
  return { lines: r.analysis.findings.map((f) => textLine(r, f)), counts, internalError, notes, fixable };
}

function checkHere(letters: LetterJob[], format: string, fix: boolean, io: CliIo, docs?: Map<string, LetterDocument | InputError>): Rendered[] {
  const out: Rendered[] = [];
  for (const { file, settings } of letters) {
    let text: string;
    const doc = docs?.get(file);
    try {
      if (doc instanceof InputError) throw doc;
      text = doc ? doc.text : file === '-' ? io.readStdin() : io.readFile(nodePath.resolve(io.cwd, file));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      out.push(failure(err.message.replace(nodePath.resolve(io.cwd, file), file)));
      continue;
    }
    let analysis = analyze(text, settings, undefined, inputsFor(file, text, io.cwd));
    if (fix && doc) io.stderr(`corresp: ${file}: not fixed, it is a converted document (convert it with corresp convert, then fix the letter)\n`);
    else if (fix && file !== '-') {
      const fixed = fixFile(file, analysis, settings, io);
      if (typeof fixed === 'string') {
        out.push(failure(fixed));
        continue;
      }
      if (fixed) analysis = fixed;
    }
    out.push(render({ path: file === '-' ? '<stdin>' : file, analysis, index: new LineIndex(analysis.letter.text), doc: doc as LetterDocument | undefined }, format));
  }
  return out;
}

function failure(error: string): Rendered {
  return { error, lines: [], counts: { error: 0, warning: 0, info: 0, hint: 0 } };
}

function report(rendered: Rendered[], format: string, failedBefore: boolean, io: CliIo, fix = false): number {
  let failed = failedBefore;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let checked = 0;
  let fixable = 0;
  for (const r of rendered) {
    if (r.error !== undefined) {
      failed = true;
      io.stderr(`corresp: ${r.error}\n`);
      continue;
    }
    checked++;
    if (r.internalError) failed = true;
    for (const n of r.notes ?? []) io.stderr(`corresp: ${n}\n`);
    for (const k of Object.keys(counts) as Severity[]) counts[k] += r.counts[k];
    fixable += r.fixable ?? 0;
  }
  const ok = rendered.filter((r) => r.error === undefined);
  if (format === 'json') io.stdout(JSON.stringify({ files: ok.map((r) => r.json) }, null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(sarifLog(ok.flatMap((r) => r.records ?? []), allRules, version, io.cwd), null, 2) + '\n');
  if (format !== 'json') {
    for (const r of ok) for (const l of r.lines) io.stdout(l + '\n');
    if (format === 'github') for (const r of ok) for (const f of r.records ?? []) io.stdout(githubAnnotation(f) + '\n');
    const total = counts.error + counts.warning + counts.info + counts.hint;
    // Nothing read, nothing to sum up: the refusals above are the whole story.
    if (checked) io.stderr(
      `${total ? `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)` : 'No problems'} in ${checked} file${checked === 1 ? '' : 's'}` +
        // As ESLint says it: what --fix would do, so a first run shows the way (after --fix, what it could not fix stays).
        (fixable && !fix ? `; ${fixable} can be fixed with --fix` : '') +
        '\n',
    );
  }
  if (failed) return 2;
  return counts.error > 0 ? 1 : 0;
}

// Many letters (a workspace scan) are checked by worker threads, one per core: each letter is independent, and a
// check is pure computation. Only the bundled CLI can start workers (they load this same file).
const WORKER_MIN_FILES = 16;

function workerCount(files: string[], fix: boolean, jobs: number | undefined): number {
  if (fix || files.includes('-') || !__filename.endsWith('.js') || !isMainThread) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Measured on 2 shared cores, two workers were slower than one thread (each isolate brings its own GC threads);
  // by default, use workers only where a core is left over for them.
  const n = jobs ?? (cores >= 3 ? Math.min(cores - 1, 4) : 1);
  return files.length >= WORKER_MIN_FILES ? Math.max(1, Math.min(n, Math.ceil(files.length / WORKER_MIN_FILES))) : 1;
}

async function checkInWorkers(letters: LetterJob[], format: string, n: number, io: CliIo): Promise<Rendered[]> {
  const rendered: Rendered[] = new Array(letters.length);
  // Interleaved shares even out letters of different sizes; results go back in the original order.
  const shares = Array.from({ length: n }, (_, w) => letters.map((letter, i) => ({ i, letter })).filter((_, i) => i % n === w));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(`require(${JSON.stringify(__filename)})`, {
            eval: true,
            workerData: { correspCheck: true, cwd: io.cwd, letters: share.map((s) => s.letter), format },
          });
          worker.once('message', (out: Rendered[]) => {
            out.forEach((r, k) => (rendered[share[k].i] = r));
            resolve();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  );
  if (rendered.some((r) => r === undefined)) throw new Error('a worker returned no results');
  return rendered;
}

if (!isMainThread && (workerData as { correspCheck?: boolean } | null)?.correspCheck) {
  const { cwd, letters, format } = workerData as { cwd: string; letters: LetterJob[]; format: string };
  const out: Rendered[] = letters.map(({ file, settings }) => {
    try {
      const text = readLetterFile(nodePath.resolve(cwd, file));
      const analysis = analyze(text, settings, undefined, inputsFor(file, text, cwd));
      return render({ path: file, analysis, index: new LineIndex(analysis.letter.text) }, format);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return failure(err.message.replace(nodePath.resolve(cwd, file), file));
    }
  });
  parentPort!.postMessage(out);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`corresp check: ${message}\n\n${USAGE}\n`);
  return 2;
}

function textLine(r: FileResult, f: Finding): string {
  const p = r.index.positionAt(f.span.start);
  return `${r.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${f.message}${placeSuffix(r.doc, p.line)}`;
}

function findingRecord(r: FileResult, f: Finding): FindingRecord {
  const s = r.index.positionAt(f.span.start);
  const e = r.index.positionAt(f.span.end);
  // A converted document's lines are its text's: the message says the page of the original, as the text format does.
  return { path: r.path, rule: f.rule, severity: f.severity, message: f.message + placeSuffix(r.doc, s.line), line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

function toJson(r: FileResult) {
  const line = (offset: number) => r.index.positionAt(offset).line + 1;
  const { letter } = r.analysis;
  return {
    path: r.path,
    ...(r.doc ? { format: r.doc.format, notes: r.doc.notes } : {}),
    facts: { ...letter.facts, span: undefined },
    comments: letter.comments.map((c) => ({ number: c.number, line: line(c.span.start), captions: c.captions, pageRef: c.pageRef })),
    responses: letter.responses.map((x) => ({ number: x.number ?? null, line: line(x.span.start), labelStyle: x.labelStyle })),
    findings: r.analysis.findings.map((f) => {
      const s = r.index.positionAt(f.span.start);
      const e = r.index.positionAt(f.span.end);
      const where = r.doc?.map ? locate(r.doc.map, s.line) : undefined;
      return { rule: f.rule, severity: f.severity, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, message: f.message, ...(where ? { source: where } : {}) };
    }),
    commitments: commitmentJson(r.analysis, line),
    citations: r.analysis.citations.map((c) => ({ kind: c.kind, text: c.text, canonical: c.canonical, line: line(c.span.start) })),
  };
}

/**
 * Applies the safe fixes and writes the file (safe-write.ts: mode, owner, symbolic links and BOM kept) and says what
 * it fixed. A letter the parser had trouble with is never touched. Returns the new analysis, nothing when there was
 * nothing to do, or the message of a write that failed (a read-only file: exit 2).
 */
function fixFile(file: string, analysis: Analysis, settings: Settings, io: CliIo): Analysis | string | undefined {
  if (analysis.letter.problems.length) {
    io.stderr(`corresp: ${file}: not fixed, the letter has parse problems (${analysis.letter.problems[0].message})\n`);
    return undefined;
  }
  const fixing = analysis.findings.filter((f) => (f.fixes ?? []).some((x) => x.preferred));
  const fixes = fixing.flatMap((f) => (f.fixes ?? []).filter((x) => x.preferred));
  if (!fixes.length) return undefined;
  const text = applyFixes(analysis.letter.text, fixes);
  if (text === analysis.letter.text) return undefined;
  try {
    io.writeFile(nodePath.resolve(io.cwd, file), text);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return `${err.message.replace(nodePath.resolve(io.cwd, file), file)}; no fix was applied`;
  }
  const byRule = new Map<string, number>();
  for (const f of fixing) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  io.stderr(`${file}: fixed ${fixing.length} problem${fixing.length === 1 ? '' : 's'} (${[...byRule].map(([rule, n]) => `${n} ${rule}`).join(', ')})\n`);
  return analyze(text, settings, undefined, inputsFor(file, text, io.cwd));
}

/** What the letter names outside itself: the previous round's letter (`prior:`), relative to the letter. */
function inputsFor(file: string, text: string, cwd: string) {
  return { prior: readPriorInput(file === '-' ? undefined : nodePath.resolve(cwd, file), text) };
}
