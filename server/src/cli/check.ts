import { analyze, type Analysis } from '../core/check';
import type { Finding, Severity } from '../core/model';
import { allRules } from '../core/rules/registry';
import { readSettings, type Settings } from '../core/settings';
import { LineIndex } from '../core/text/lines';
import { applyFixes } from '../core/fixes';
import type { CliIo } from './cli-io';
import { loadConfig } from './config';
import { expandPaths, InputError, readLetterFile } from './read-letter';
import { commitmentJson } from './commitment-json';
import { isDocumentFile, placeSuffix, readDocuments } from './documents';
import { locate, type LetterDocument } from '../core/input';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const USAGE = `usage: corresp check [paths, globs or - ...] [--format text|json] [--rule id=severity]... [--config file] [--fix]

Checks response letters and prints what the editor's Problems panel would show.
  --format text   file:line:col severity rule message (default; VS Code problem matchers read it)
  --format json   per file: the outline (comments, responses), findings and commitments
  --rule id=sev   sets a rule to error|warning|info|hint|off (repeatable)
  --config file   JSON settings ({"rules": {...}, "maxFileSize": bytes}); default ./corresp.config.json
  --fix           applies the safe fixes in place (atomically); files with parse problems are left alone
  --jobs N        worker threads for many letters (default: cores - 1, at most 4, none on 2 cores; 1 = this thread)
Exit status: 0 clean or warnings only, 1 errors found, 2 usage or input failure.`;

interface FileResult {
  path: string;
  analysis: Analysis;
  index: LineIndex;
  /** A converted PDF, DOCX or HTML document: findings name their page or paragraph. */
  doc?: LetterDocument;
}

export function runCheck(args: string[], io: CliIo): number | Promise<number> {
  let format = 'text';
  let configPath: string | undefined;
  let fix = false;
  let jobs: number | undefined;
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
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = a.includes('=') ? a.slice(7) : args[++i] ?? '';
      if (!/^[1-9]\d{0,2}$/.test(v)) return usage(io, `--jobs takes a number of worker threads, not "${v}"`);
      jobs = Number(v);
    }
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
  // PDF, Word and HTML documents are converted first (asynchronously, the readers loaded on first use).
  if (files.some(isDocumentFile)) {
    return readDocuments(files, io).then((docs) => report(checkHere(files, settings, format, fix, io, docs), format, failed, io));
  }
  const workers = workerCount(files, fix, jobs);
  if (workers > 1) {
    return checkInWorkers(files, settings, format, workers, io).then(
      (rendered) => report(rendered, format, failed, io),
      () => report(checkHere(files, settings, format, fix, io), format, failed, io), // no workers here: one thread
    );
  }
  return report(checkHere(files, settings, format, fix, io), format, failed, io);
}

/** One file's output, rendered where it was checked (this thread or a worker) so only plain data travels. */
interface Rendered {
  error?: string;
  lines: string[];
  json?: ReturnType<typeof toJson>;
  counts: Record<Severity, number>;
  /** What the reader of a converted document should know (tracked changes, Word comments). */
  notes?: string[];
}

function render(r: FileResult, format: string): Rendered {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of r.analysis.findings) counts[f.severity]++;
  const notes = r.doc?.notes.length ? r.doc.notes.map((n) => `${r.path}: ${n}`) : undefined;
  return format === 'json' ? { lines: [], json: toJson(r), counts, notes } : { lines: r.analysis.findings.map((f) => textLine(r, f)), counts, notes };
}

function checkHere(files: string[], settings: Settings, format: string, fix: boolean, io: CliIo, docs?: Map<string, LetterDocument | InputError>): Rendered[] {
  const out: Rendered[] = [];
  for (const file of files) {
    let text: string;
    const doc = docs?.get(file);
    try {
      if (doc instanceof InputError) throw doc;
      text = doc ? doc.text : file === '-' ? io.readStdin() : io.readFile(file);
    } catch (err) {
      out.push({ error: err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`, lines: [], counts: { error: 0, warning: 0, info: 0, hint: 0 } });
      continue;
    }
    let analysis = analyze(text, settings);
    if (fix && doc) io.stderr(`corresp: ${file}: not fixed, it is a converted document (convert it with corresp convert, then fix the letter)\n`);
    else if (fix && file !== '-') {
      const fixed = fixFile(file, analysis, settings, io);
      if (fixed) analysis = fixed;
    }
    out.push(render({ path: file === '-' ? '<stdin>' : file, analysis, index: new LineIndex(analysis.letter.text), doc: doc as LetterDocument | undefined }, format));
  }
  return out;
}

function report(rendered: Rendered[], format: string, failedBefore: boolean, io: CliIo): number {
  let failed = failedBefore;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let checked = 0;
  for (const r of rendered) {
    if (r.error !== undefined) {
      failed = true;
      io.stderr(`corresp: ${r.error}\n`);
      continue;
    }
    checked++;
    for (const n of r.notes ?? []) io.stderr(`corresp: ${n}\n`);
    for (const k of Object.keys(counts) as Severity[]) counts[k] += r.counts[k];
  }
  const ok = rendered.filter((r) => r.error === undefined);
  if (format === 'json') io.stdout(JSON.stringify({ files: ok.map((r) => r.json) }, null, 2) + '\n');
  else {
    for (const r of ok) for (const l of r.lines) io.stdout(l + '\n');
    const total = counts.error + counts.warning + counts.info + counts.hint;
    io.stderr(
      `${total ? `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)` : 'No problems'} in ${checked} file${checked === 1 ? '' : 's'}\n`,
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

async function checkInWorkers(files: string[], settings: Settings, format: string, n: number, io: CliIo): Promise<Rendered[]> {
  const rendered: Rendered[] = new Array(files.length);
  // Interleaved shares even out letters of different sizes; results go back in the original order.
  const shares = Array.from({ length: n }, (_, w) => files.map((f, i) => ({ i, f })).filter((_, i) => i % n === w));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(`require(${JSON.stringify(__filename)})`, {
            eval: true,
            workerData: { correspCheck: true, cwd: io.cwd, files: share.map((s) => s.f), settings, format },
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
  const { cwd, files, settings, format } = workerData as { cwd: string; files: string[]; settings: Settings; format: string };
  const out: Rendered[] = files.map((file) => {
    try {
      const analysis = analyze(readLetterFile(nodePath.resolve(cwd, file)), settings);
      return render({ path: file, analysis, index: new LineIndex(analysis.letter.text) }, format);
    } catch (err) {
      return { error: err instanceof InputError ? err.message.replace(nodePath.resolve(cwd, file), file) : `${file}: ${(err as Error).message}`, lines: [], counts: { error: 0, warning: 0, info: 0, hint: 0 } };
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
