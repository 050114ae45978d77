// Nothing lost, nothing leaked (issue 11): the bundled CLI, spawned for real, on the cases that once leaked the
// register into a filed letter, overwrote their input, widened a file's permissions or passed empty input. Every
// refusal asserts the exit code, the message, and that no file in the folder changed (content checksum and mode).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, read, ROOT, withoutClosingFence } from '../helpers/letters';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
let tmp: string;

function run(args: string[], opts: { cwd: string; input?: string }) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every entry of a folder: name → kind, mode and checksum (a link's target for a link). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) out[name] = `link → ${fs.readlinkSync(p)}`;
    else out[name] = `${(st.mode & 0o7777).toString(8)} ${st.uid} ${createHash('sha256').update(fs.readFileSync(p)).digest('hex')}`;
  }
  return out;
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'case-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const example = () => read(EXAMPLE);
/** The example letter (its register has "owner: Controller", "status: open") without its front matter's closing line. */
const unclosedFrontMatter = () => withoutClosingFence(example());

beforeAll(() => {
  expect(fs.existsSync(CLI), 'run `npm run build` first').toBe(true);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-safety-'));
});

describe('1. a front matter that is never closed', () => {
  const letter = unclosedFrontMatter;

  it('check reports it as an error', () => {
    const dir = folder({ 'a.corresp.md': letter() });
    const r = run(['check', 'a.corresp.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^a\.corresp\.md:1:1 error letter-syntax The front matter is never closed/m);
  });

  it('export refuses (exit 2) and writes nothing, so the register cannot leak', () => {
    const dir = folder({ 'a.corresp.md': letter() });
    const before = snapshot(dir);
    for (const to of ['html', 'txt', 'docx']) {
      const r = run(['export', 'a.corresp.md', '--to', to], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/a\.corresp\.md: not exported: The front matter is never closed/);
      expect(r.stdout).not.toMatch(/Controller|status: open/);
    }
    const toStdout = run(['export', '-', '--to', 'txt', '-o', '-'], { cwd: dir, input: letter() });
    expect(toStdout.code).toBe(2);
    expect(toStdout.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--fix never writes a second front matter', () => {
    const dir = folder({ 'a.corresp.md': unclosedFrontMatter() });
    const before = snapshot(dir);
    const r = run(['check', '--fix', 'a.corresp.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.corresp\.md: not fixed, the letter has parse problems \(The front matter is never closed/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('2. an internal block that is never closed', () => {
  const letter = () => example().replace('# Item 5.', '<!-- internal -->\nCheck with the auditors.\n\n# Item 5.');

  it('check reports it as an error on the opening marker', () => {
    const dir = folder({ 'a.corresp.md': letter() });
    const r = run(['check', 'a.corresp.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a\.corresp\.md:\d+:1 error letter-syntax This internal block is never closed/);
  });

  it('export refuses instead of writing a letter with no responses', () => {
    const dir = folder({ 'a.corresp.md': letter() });
    const before = snapshot(dir);
    const r = run(['export', 'a.corresp.md', '--to', 'html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not exported: This internal block is never closed: add <!-- \/internal -->/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('3. export never overwrites its input', () => {
  const redacted = () => example().replace('The Company respectfully advises', 'The Company [***]{confidentially} advises');

  it('refuses when the derived confidential copy is the input (letter.confidential.txt, -o letter.txt)', () => {
    const dir = folder({ 'letter.confidential.txt': redacted() });
    const before = snapshot(dir);
    const r = run(['export', 'letter.confidential.txt', '--to', 'txt', '-o', 'letter.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/letter\.confidential\.txt is the letter itself \(the confidential copy of letter\.txt\); choose another output with -o/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses the default output when it is the input (letter.confidential.txt --to txt)', () => {
    const dir = folder({ 'letter.confidential.txt': redacted() });
    const before = snapshot(dir);
    const r = run(['export', 'letter.confidential.txt', '--to', 'txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the letter itself/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses an output that reaches the input through a symbolic link or a hard link', () => {
    const dir = folder({ 'a.corresp.md': example() });
    fs.symlinkSync('a.corresp.md', path.join(dir, 'via-link.html'));
    fs.linkSync(path.join(dir, 'a.corresp.md'), path.join(dir, 'hard.html'));
    const before = snapshot(dir);
    for (const out of ['via-link.html', 'hard.html', `./sub/../a.corresp.md`]) {
      const r = run(['export', 'a.corresp.md', '--to', 'html', '-o', out], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/is the letter itself/);
    }
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('4. --fix keeps what it does not own', () => {
  it('keeps mode and owner, and says what it fixed', () => {
    const dir = folder({ 'a.corresp.md': example() });
    const file = path.join(dir, 'a.corresp.md');
    fs.chmodSync(file, 0o600);
    let owner = fs.statSync(file).uid;
    try {
      fs.chownSync(file, 1234, 1234);
      owner = 1234;
    } catch {
      // not root: the file stays ours, and keeping our own ownership is still checked
    }
    const r = run(['check', '--fix', 'a.corresp.md'], { cwd: dir });
    expect(r.stderr).toMatch(/^a\.corresp\.md: fixed 4 problems \(4 undocumented-commitment\)$/m);
    expect(read(file)).toMatch(/^ {2}- comment: 1\n {4}sentence: "However, the Company will provide/m);
    const st = fs.statSync(file);
    expect((st.mode & 0o777).toString(8)).toBe('600');
    expect(st.uid).toBe(owner);
    expect(fs.readdirSync(dir)).toEqual(['a.corresp.md']);
  });

  it('writes through a symbolic link: the target changes, the link stays a link', () => {
    const dir = folder({ 'target.corresp.md': example() });
    fs.symlinkSync('target.corresp.md', path.join(dir, 'link.corresp.md'));
    const r = run(['check', '--fix', 'link.corresp.md'], { cwd: dir });
    expect(r.stderr).toMatch(/link\.corresp\.md: fixed/);
    expect(fs.lstatSync(path.join(dir, 'link.corresp.md')).isSymbolicLink()).toBe(true);
    expect(read(path.join(dir, 'target.corresp.md'))).toMatch(/^ {2}- comment: 1$/m);
    expect(fs.readdirSync(dir).sort()).toEqual(['link.corresp.md', 'target.corresp.md']);
  });

  it('keeps hard links: every name sees the fixed letter', () => {
    const dir = folder({ 'a.corresp.md': example() });
    fs.linkSync(path.join(dir, 'a.corresp.md'), path.join(dir, 'b.corresp.md'));
    const r = run(['check', '--fix', 'a.corresp.md'], { cwd: dir });
    expect(r.stderr).toMatch(/a\.corresp\.md: fixed/);
    expect(read(path.join(dir, 'b.corresp.md'))).toBe(read(path.join(dir, 'a.corresp.md')));
    expect(fs.statSync(path.join(dir, 'a.corresp.md')).nlink).toBe(2);
  });

  it('refuses a read-only file with exit 2 and a clear message, changing nothing', () => {
    const dir = folder({ 'a.corresp.md': example() });
    fs.chmodSync(path.join(dir, 'a.corresp.md'), 0o444);
    const before = snapshot(dir);
    const r = run(['check', '--fix', 'a.corresp.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.corresp\.md: is read-only, so it was not changed \(make it writable, e\.g\. chmod u\+w, and run again\); no fix was applied/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps a UTF-8 byte-order mark', () => {
    const dir = folder({ 'a.corresp.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example())]) });
    const r = run(['check', '--fix', 'a.corresp.md'], { cwd: dir });
    expect(r.stderr).toMatch(/fixed/);
    const bytes = fs.readFileSync(path.join(dir, 'a.corresp.md'));
    expect([...bytes.subarray(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0x2d, 0x2d, 0x2d]); // BOM, then "---"
    expect(bytes.toString('utf8')).toMatch(/^ {2}- comment: 1$/m);
  });

  it('export keeps the mode of an output it replaces and refuses a read-only one', () => {
    const dir = folder({ 'a.corresp.md': example(), 'a.html': 'old', 'ro.html': 'old' });
    fs.chmodSync(path.join(dir, 'a.html'), 0o640);
    fs.chmodSync(path.join(dir, 'ro.html'), 0o444);
    expect(run(['export', 'a.corresp.md', '--to', 'html'], { cwd: dir }).code).toBe(0);
    expect((fs.statSync(path.join(dir, 'a.html')).mode & 0o777).toString(8)).toBe('640');
    const r = run(['export', 'a.corresp.md', '--to', 'html', '-o', 'ro.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ro\.html: is read-only/);
    expect(fs.readFileSync(path.join(dir, 'ro.html'), 'utf8')).toBe('old');
  });
});

describe('6. check DIR checks response letters only', () => {
  it('leaves a staff letter beside its response alone', () => {
    const dir = folder({
      'x.corresp.md': example(),
      'x-staff.txt': 'Re: 21Vianet Group, Inc.\n\n1. Tell us whether your MNS reporting unit was at risk.\n\n2. Please revise.\n',
      'notes.md': '# Notes\n\nNothing here.\n',
      'declared.md': example(),
    });
    const r = run(['check', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/in 2 files/);
    expect(r.stdout).not.toMatch(/x-staff\.txt|notes\.md/);
    expect(r.stdout).toMatch(/^declared\.md:/m);
  });
});

describe('7. configuration', () => {
  it('is found by walking up from each letter, wherever the command runs', () => {
    const dir = folder({});
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'letters', '2017'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'letters', 'corresp.config.json'), JSON.stringify({ rules: { 'undocumented-commitment': 'error' } }));
    fs.writeFileSync(path.join(dir, 'letters', '2017', 'a.corresp.md'), example());
    const elsewhere = fs.mkdtempSync(path.join(tmp, 'cwd-'));
    const r = run(['check', path.join(dir, 'letters')], { cwd: elsewhere });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ error undocumented-commitment /);
  });

  it('stops at the repository root', () => {
    const dir = folder({ 'corresp.config.json': JSON.stringify({ rules: { 'undocumented-commitment': 'error' } }) });
    fs.mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'repo', 'a.corresp.md'), example());
    const r = run(['check', 'repo'], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it.each([
    ['an unknown key', { rulez: {} }, /corresp\.config\.json: unknown setting "rulez"; expected one of rules, maxFileSize, workspaceReview/],
    ['an unknown rule id', { rules: { 'missing-responses': 'off' } }, /corresp\.config\.json: "rules": there is no rule "missing-responses"/],
    ['a wrong severity', { rules: { 'missing-response': 'loud' } }, /"rules\.missing-response" is "loud"; expected one of error, warning, info, hint, off/],
    ['a wrong type', { maxFileSize: '5 MB' }, /"maxFileSize" must be a number, not a string/],
    ['a wrong type', { workspaceReview: 'yes' }, /"workspaceReview" must be a boolean, not a string/],
    ['a JSON array', [{ rules: {} }], /corresp\.config\.json: must be a JSON object such as \{"rules": \{"hedged-commitment": "off"\}\}, not an array/],
  ])('%s is an error naming the key (exit 2)', (_, config, message) => {
    const dir = folder({ 'corresp.config.json': JSON.stringify(config), 'a.corresp.md': example() });
    const before = snapshot(dir);
    const r = run(['check', '--fix', 'a.corresp.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/using the defaults/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('8. commitments', () => {
  it('reads a directory and a glob (the README example)', () => {
    const dir = folder({ 'x-staff.txt': 'Re: Acme\n\n1. Tell us more.\n' });
    fs.mkdirSync(path.join(dir, 'letters'));
    fs.writeFileSync(path.join(dir, 'letters', 'a.corresp.md'), example());
    for (const arg of ['letters/', 'letters/*.corresp.md', '**/*.corresp.md']) {
      const r = run(['commitments', arg, '--format', 'csv'], { cwd: dir });
      expect(r.code, arg).toBe(0);
      const rows = r.stdout.trim().split('\r\n');
      expect(rows[0]).toMatch(/^Letter,Company,Comment/);
      expect(rows.length, arg).toBe(6); // the header and five commitments
      expect(rows[1]).toMatch(/^letters\/a\.corresp\.md,21Vianet Group, Inc\.|^letters\/a\.corresp\.md,"21Vianet Group, Inc\."/);
    }
  });

  it('a letter over the size limit is an error, not "0 commitments"', () => {
    const dir = folder({ 'corresp.config.json': JSON.stringify({ maxFileSize: 2048 }), 'a.corresp.md': example() });
    const r = run(['commitments', 'a.corresp.md', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.corresp\.md: This file is .* over the .* limit/);
  });
});

describe('9. empty input', () => {
  it.each([
    ['an empty file', ['check', 'empty.corresp.md'], ''],
    ['a blank file', ['check', 'blank.corresp.md'], ''],
    ['empty standard input', ['check', '-'], ''],
    ['export of an empty file', ['export', 'empty.corresp.md', '--to', 'html'], ''],
    ['commitments of an empty file', ['commitments', 'empty.corresp.md'], ''],
  ])('%s is an error (exit 2), not "No problems"', (_, args, input) => {
    const dir = folder({ 'empty.corresp.md': '', 'blank.corresp.md': '\n  \n' });
    const before = snapshot(dir);
    const r = run(args, { cwd: dir, input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/(?:empty|blank)\.corresp\.md: is empty; there is no letter to read|<stdin>: is empty/);
    expect(r.stderr).not.toMatch(/No problems/);
    expect(snapshot(dir)).toEqual(before);
  });
});
