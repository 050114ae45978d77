// What every real-VS-Code suite needs, once: a throw-away run directory, user settings that keep the workbench quiet,
// our .vsix installed into a fresh extensions dir, code-server on a free loopback port, headless Debian chromium on
// the workbench page, a check runner that screenshots failures, and the summary and clean-up at the end.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './fixture.mjs';

const CACHE = process.env.CORRESP_CACHE || path.join(ROOT, '.cache');
const CODE_SERVER = path.join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
const TOOLS = path.join(CACHE, 'e2e-tools');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Settings that keep a fresh workbench from interrupting keystrokes (trust modal, tips, updates, AI prompts). */
const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false, // the trust modal would swallow keystrokes
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'window.restoreWindows': 'none',
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
};

/**
 * A suite's session. `label` prefixes log lines; screenshots and logs go to test/e2e/artifacts/<label>/.
 * Call installVsix() after preparing `WS`, then startServer(), then (inside the suite's try) openPage().
 */
export function createSession({ label, settings = {} }) {
  for (const [what, p] of [['code-server', CODE_SERVER], ['playwright-core', path.join(TOOLS, 'node_modules', 'playwright-core')], ['chromium', CHROMIUM]]) {
    if (!fs.existsSync(p)) { console.error(`${what} not found at ${p}; run: bash test/e2e/install.sh`); process.exit(1); }
  }
  const { chromium } = createRequire(path.join(TOOLS, 'package.json'))('playwright-core');
  const T0 = Date.now();
  const t = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;
  const log = (...a) => console.log(`[${label} ${t()}]`, ...a);
  const TIMEOUT = Number(process.env.TIMEOUT_MS || 60000); // startup waits: workbench, first diagnostics
  const STEP_TIMEOUT = Number(process.env.STEP_TIMEOUT_MS || 20000); // each UI wait once the server is up
  const ARTIFACTS = path.join(ROOT, 'test', 'e2e', 'artifacts', label);
  const run = fs.mkdtempSync(path.join(os.tmpdir(), `corresp-${label}-`));
  const WS = path.join(run, 'workspace');
  const EXT_DIR = path.join(run, 'extensions');
  const USER_DATA = path.join(run, 'user-data');
  const xdg = { XDG_CONFIG_HOME: path.join(run, 'xdg-config'), XDG_DATA_HOME: path.join(run, 'xdg-data'), XDG_CACHE_HOME: path.join(run, 'xdg-cache') };
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.mkdirSync(WS, { recursive: true });
  fs.mkdirSync(path.join(USER_DATA, 'User'), { recursive: true });
  fs.writeFileSync(path.join(USER_DATA, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));

  const s = {
    log, t, TIMEOUT, STEP_TIMEOUT, ARTIFACTS, run, WS, page: undefined, results: [],
    only: process.env.E2E_ONLY ? new Set(process.env.E2E_ONLY.split(',')) : undefined,
    cs: undefined, csOut: '', port: undefined, context: undefined, shotNo: 0,
  };

  /** Installs E2E_VSIX (or packs one) into the run's extensions dir; returns the .vsix path. */
  s.installVsix = () => {
    let vsix = process.env.E2E_VSIX && path.resolve(process.env.E2E_VSIX);
    if (!vsix) {
      vsix = path.join(run, 'corresp.vsix');
      log('packing the extension');
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs'), '--no-build', '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    execFileSync(CODE_SERVER, ['--extensions-dir', EXT_DIR, '--user-data-dir', path.join(run, 'install-user-data'), '--install-extension', vsix, '--force'],
      { env: { ...process.env, ...xdg }, stdio: ['ignore', 'ignore', 'inherit'] });
    const installed = fs.readdirSync(EXT_DIR).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
    log(`installed ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) as ${installed.join(', ')}`);
    return vsix;
  };

  /** Starts code-server on a free 127.0.0.1 port (its whole process group is stopped by cleanup()). */
  s.startServer = async () => {
    s.port = await new Promise((resolve, reject) => {
      const srv = net.createServer();
      srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
      srv.on('error', reject);
    });
    s.cs = spawn(CODE_SERVER, [
      '--auth', 'none', '--bind-addr', `127.0.0.1:${s.port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--config', path.join(run, 'config.yaml'), '--user-data-dir', USER_DATA, '--extensions-dir', EXT_DIR, WS,
    ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...xdg } });
    s.cs.stdout.on('data', (d) => { s.csOut += d; });
    s.cs.stderr.on('data', (d) => { s.csOut += d; });
    process.on('SIGINT', async () => { await s.stop(); process.exit(130); });
  };

  /** Waits for code-server, opens the workbench on WS in chromium, and waits until the explorer shows `fileName`. */
  s.openPage = async (fileName) => {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      if (s.cs.exitCode !== null) throw new Error(`code-server exited early:\n${s.csOut}`);
      try { if ((await fetch(`http://127.0.0.1:${s.port}/healthz`)).ok) break; } catch {}
      if (Date.now() > deadline) throw new Error(`code-server did not come up:\n${s.csOut}`);
      await new Promise((r) => setTimeout(r, 100)); // polling interval of a state wait, not a sleep
    }
    log(`code-server serving on 127.0.0.1:${s.port}`);
    s.context = await chromium.launchPersistentContext(path.join(run, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-crash-reporter', '--disable-breakpad'],
      viewport: { width: 1400, height: 900 },
      env: { ...process.env, ...xdg },
    });
    const page = s.context.pages()[0] || await s.context.newPage();
    s.page = page;
    page.setDefaultTimeout(TIMEOUT);
    s.pageErrors = [];
    page.on('pageerror', (e) => s.pageErrors.push(e.message));
    await page.goto(`http://127.0.0.1:${s.port}/?folder=${encodeURIComponent(WS)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().waitFor();
    return page;
  };

  s.shot = async (name) => {
    const file = path.join(ARTIFACTS, `${String(++s.shotNo).padStart(2, '0')}-${name}.png`);
    if (s.page) await s.page.screenshot({ path: file }).catch(() => {});
    return file;
  };

  /** Runs one check; a failure is recorded with a screenshot, `escapes` presses of Escape, and the suite goes on. */
  s.check = async (name, fn, escapes = 1) => {
    if (s.only && !s.only.has(name)) return;
    const start = Date.now();
    try {
      const detail = await fn();
      s.results.push({ name, ok: true, detail, secs: (Date.now() - start) / 1000 });
      log(`PASS ${name}${detail ? `: ${detail}` : ''}`);
    } catch (e) {
      s.results.push({ name, ok: false, detail: e.message.split('\n')[0], secs: (Date.now() - start) / 1000 });
      log(`FAIL ${name}: ${e.message}`);
      await s.shot(`${name}-FAIL`);
      for (let i = 0; i < escapes; i++) await s.page?.keyboard.press('Escape').catch(() => {});
    }
  };

  s.visible = (locator, timeout = 5000) => locator.waitFor({ state: 'visible', timeout }).then(() => true, () => false);

  /** Presses keys until `locator` shows: keystrokes can be lost while the workbench is still restoring. */
  s.pressUntil = async (keys, locator, tries = 3) => {
    for (let i = 0; i < tries; i++) {
      for (const k of keys) await s.page.keyboard.press(k);
      if (await s.visible(locator)) return;
    }
    throw new Error(`${keys.join(' ')} did not show ${locator}`);
  };

  s.stop = async () => {
    if (s.context) await s.context.close().catch(() => {});
    if (!s.cs) return;
    try { process.kill(-s.cs.pid, 'SIGTERM'); } catch {}
    await new Promise((r) => { if (s.cs.exitCode !== null) r(); else { s.cs.once('exit', r); setTimeout(r, 5000); } });
    try { process.kill(-s.cs.pid, 'SIGKILL'); } catch {} // the extension host and our language server are in its group
  };

  /** For the suite's catch: logs why setup failed, with a screenshot and code-server's output. */
  s.setupFailed = async (e) => {
    console.error(`[${label} ${t()}] setup failed: ${e.message}`);
    if (s.page) await s.shot('setup-FAIL');
    console.error(`--- code-server output ---\n${s.csOut.slice(-3000)}`);
  };

  /** For the suite's finally: stops everything, keeps the workbench logs, removes the run dir (unless KEEP_RUN_DIR). */
  s.cleanup = async () => {
    await s.stop();
    const logs = path.join(USER_DATA, 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(ARTIFACTS, 'logs'), { recursive: true }); // exthost + LSP channel
    if (process.env.KEEP_RUN_DIR) log('run dir kept:', run);
    else fs.rmSync(run, { recursive: true, force: true });
  };

  /** Prints the summary and exits 1 when setup or any check failed. */
  s.report = (title, failedEarly, width = 10) => {
    console.log(`\n${title}:`);
    for (const r of s.results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)} ${r.secs.toFixed(1).padStart(5)}s  ${r.detail ?? ''}`);
    if (failedEarly) console.log(`  FAIL  setup: ${failedEarly.message.split('\n')[0]}`);
    console.log(`  total ${t()}; screenshots and logs in ${path.relative(ROOT, ARTIFACTS)}/`);
    process.exit(failedEarly || s.results.some((r) => !r.ok) ? 1 : 0);
  };
  return s;
}
