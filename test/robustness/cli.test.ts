// The CLI against input that should never crash, hang or lose work (test/cli/check.test.ts covers the common
// refusals: missing path, empty directory, binary, invalid UTF-8, broken config).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, read, ROOT, exampleWithoutResponse } from '../helpers/letters';
import { generateLetter } from '../helpers/generate-letter';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
let tmp: string;

function run(args: string[], opts: SpawnSyncOptions & { node?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(opts.node ?? []), CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, ...opts });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr), error: r.error };
}


beforeAll(() => {
  expect(fs.existsSync(CLI), 'run `npm run build` first').toBe(true);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-robust-'));
  fs.chmodSync(tmp, 0o755);
});

describe('corresp check on hostile input', () => {
  it('an unreadable file: clear message, exit 2 (run as an unprivileged user, since root reads anything)', () => {
    const file = path.join(tmp, 'secret.corresp.md');
    fs.writeFileSync(file, read(EXAMPLE));
    fs.chmodSync(file, 0o000);
    // As root, chmod 000 does not stop reading; drop to "nobody" for this run. If the sandbox forbids that, the
    // same refusal is exercised through a file whose read fails in the kernel (/proc/self/mem gives EIO).
    let r = run(['check', file], { uid: 65534, gid: 65534, cwd: tmp });
    if (r.error) r = run(['check', '/proc/self/mem']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read \((permission denied|EIO|EACCES)/);
  });

  it('a file that fails in the kernel while being read (/proc/self/mem): clear message, exit 2', () => {
    const r = run(['check', '/proc/self/mem']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/proc\/self\/mem: cannot read/);
  });

  it('a named pipe with no writer: a clear refusal, not a hang', () => {
    const fifo = path.join(tmp, 'pipe.corresp.md');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return; // no mkfifo on this platform: nothing to test
    const r = run(['check', fifo], { timeout: 15_000 });
    expect(r.signal, 'corresp check hung on a named pipe').toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a regular file/);
  });

  it('a 50 MB file: a clear message quickly, no hang and no out-of-memory', () => {
    const file = path.join(tmp, 'huge.corresp.md');
    const chunk = generateLetter({ targetSize: 1_000_000, seed: 9 });
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const r = run(['check', file], { timeout: 30_000 });
    fs.rmSync(file);
    expect(r.signal, 'corresp check hung on a 50 MB file').toBeNull();
    expect(r.stdout + r.stderr).toMatch(/MB/);
    expect(r.stdout + r.stderr).toMatch(/limit/);
    expect([0, 2]).toContain(r.code);
  });

  it('--fix writes through a temporary file and a rename, leaving no temporary file behind', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'fix-'));
    const file = path.join(dir, 'a.corresp.md');
    fs.writeFileSync(file, exampleWithoutResponse(2));
    const inode = fs.statSync(file).ino;
    const r = run(['check', '--fix', file]);
    expect(r.stderr).not.toMatch(/could not write/);
    const after = fs.readFileSync(file, 'utf8');
    expect(after).not.toBe(exampleWithoutResponse(2));
    expect(fs.statSync(file).ino, 'the file was rewritten in place, not renamed over').not.toBe(inode);
    expect(fs.readdirSync(dir)).toEqual(['a.corresp.md']);
  });

  it('--fix never touches a letter it could not fully parse', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'fix-'));
    const file = path.join(dir, 'broken.corresp.md');
    const text = exampleWithoutResponse(2).replace(/^---\n/, '---\ncompany: [unclosed\n');
    fs.writeFileSync(file, text);
    const before = fs.statSync(file);
    const r = run(['check', '--fix', file]);
    expect(r.stderr).toMatch(/not fixed, the letter has parse problems/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(fs.statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(fs.readdirSync(dir)).toEqual(['broken.corresp.md']);
  });

  it('--fix on a file it cannot replace leaves it intact and says so', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'ro-'));
    const file = path.join(dir, 'a.corresp.md');
    fs.writeFileSync(file, exampleWithoutResponse(2));
    fs.chmodSync(file, 0o644);
    fs.chmodSync(dir, 0o555); // no new entries (the temporary file) for an unprivileged user
    const r = run(['check', '--fix', file], { uid: 65534, gid: 65534, cwd: dir });
    fs.chmodSync(dir, 0o755);
    if (r.error) return; // cannot drop privileges here: root may write anywhere, nothing to test
    expect(r.stderr).toMatch(/a\.corresp\.md: cannot write \(permission denied\); no fix was applied/);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toBe(exampleWithoutResponse(2));
    expect(fs.readdirSync(dir)).toEqual(['a.corresp.md']);
  });

  it('configuration is data: JavaScript beside the letters or named in the config never runs', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cfg-'));
    const marker = path.join(dir, 'EXECUTED');
    const evil = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {};`;
    for (const f of ['corresp.config.js', 'corresp.config.cjs', 'corresp.config.mjs', 'evil.js']) fs.writeFileSync(path.join(dir, f), evil);
    fs.writeFileSync(path.join(dir, 'corresp.config.json'), JSON.stringify({ rules: { 'missing-response': 'warning' }, require: './evil.js', plugins: ['./evil.js'], extends: './evil.js', __proto__: { polluted: true } }));
    fs.writeFileSync(path.join(dir, 'a.corresp.md'), exampleWithoutResponse(2));
    const r = run(['check', 'a.corresp.md'], { cwd: dir });
    expect(fs.existsSync(marker)).toBe(false);
    // Keys that would load code elsewhere are unknown here, and an unknown key is an error naming it.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/corresp\.config\.json: unknown setting "require"; .*unknown setting "plugins"; .*unknown setting "extends"/);
    const r2 = run(['check', '--config', 'evil.js', 'a.corresp.md'], { cwd: dir });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/evil\.js: is not valid JSON/);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('worker threads (--jobs 2) print exactly what one thread prints, in the same order', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'many-'));
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `l${String(i).padStart(2, '0')}.corresp.md`), generateLetter({ targetSize: 2000 + i * 300, seed: i + 1 }));
    fs.writeFileSync(path.join(dir, 'm-bad.corresp.md'), Buffer.from([0xff, 0xfe, 0x41]));
    for (const format of ['text', 'json']) {
      const one = run(['check', '--jobs', '1', '--format', format, dir]);
      const two = run(['check', '--jobs', '2', '--format', format, dir]);
      expect(two.code).toBe(2);
      expect([two.code, two.stdout, two.stderr]).toEqual([one.code, one.stdout, one.stderr]);
    }
  });

  it('nothing reaches the network while checking', () => {
    const hook = path.join(tmp, 'no-network.cjs');
    const log = path.join(tmp, 'network.log');
    fs.writeFileSync(
      hook,
      `const fs = require('fs'); const note = (what) => fs.appendFileSync(${JSON.stringify(log)}, what + '\\n');
       const net = require('net'); const c = net.Socket.prototype.connect; net.Socket.prototype.connect = function (...a) { note('connect ' + JSON.stringify(a[0])); return c.apply(this, a); };
       const dns = require('dns'); for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) { const f = dns[k]; dns[k] = function (...a) { note('dns ' + a[0]); return f.apply(this, a); }; }
       if (globalThis.fetch) globalThis.fetch = (u) => { note('fetch ' + u); throw new Error('no network'); };`,
    );
    const r = run(['check', '--format', 'json', EXAMPLE], { node: ['--require', hook] });
    expect(r.code).toBe(0);
    expect(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '').toBe('');
  });
});
