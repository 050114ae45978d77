// End-to-end test of the drafting commands in a real VS Code (code-server, as in vscode.e2e.mjs), through the UI
// only: command palette, quick picks, VS Code's own (simple) file dialogs, notifications, the editor.
//   grammar      "Developer: Inspect Editor Tokens and Scopes" shows corresp scopes on a citation, a label, a number
//   import       "corresp: New Response from Staff Letter…" on a corpus staff letter opens an unsaved corresp draft
//   snippet      "corresp-advises" expands in that draft
//   export       "corresp: Export Letter…" → EDGAR HTML writes <letter>.htm beside the letter
//   refusal      the same on a letter not ready to file (no date, a [TBD]) shows the refusal dialog with the findings;
//                cancelled, nothing is written; "Export as DRAFT" writes the HTML marked DRAFT — NOT FOR FILING
//   commitments  "corresp: Export Commitments Register" → CSV writes commitments-register.csv
//   walkthrough  "corresp: Get Started with corresp" opens the walkthrough
// Prerequisite: bash test/e2e/install.sh. Env: E2E_VSIX, E2E_ONLY, TIMEOUT_MS, STEP_TIMEOUT_MS, KEEP_RUN_DIR, CHROMIUM.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixture.mjs';
import { createSession } from './workbench.mjs';

const session = createSession({ label: 'drafting', settings: { 'files.simpleDialog.enable': true } });
const { log, WS, TIMEOUT, STEP_TIMEOUT, shot, visible, pressUntil } = session;
/** A failed drafting step may leave a quick pick and a file dialog open: press Escape three times. */
const check = (name, fn) => session.check(name, fn, 3);

const LETTER = path.join(ROOT, 'examples', '21vianet-2017-08-30.corresp.md');
const letterName = path.basename(LETTER);
fs.mkdirSync(path.join(WS, 'staff'), { recursive: true });
fs.copyFileSync(LETTER, path.join(WS, letterName));
// A letter not ready to file: no response-date and no date line, and a response still saying [TBD].
const NOT_READY = path.join(WS, 'not-ready.corresp.md');
{
  const text = fs.readFileSync(LETTER, 'utf8');
  const unready = text.replace(/^response-date:.*\r?\n/m, '').replace(/^August 30, 2017\r?\n\r?\n/m, '')
    .replace('The Company respectfully advises the Staff that the net increase', '[TBD] The Company respectfully advises the Staff that the net increase');
  if (unready === text || unready.includes('response-date:') || !unready.includes('[TBD]')) throw new Error(`${letterName} changed: cannot make the not-ready copy`);
  fs.writeFileSync(NOT_READY, unready);
}
const corpus = path.join(ROOT, '..', 'shared', 'corpus');
const staffSource = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => /-staff\.(txt|htm)$/.test(f)).sort()[0] : undefined;
const STAFF = path.join(WS, 'staff', staffSource ?? 'staff-letter.txt');
if (staffSource) fs.copyFileSync(path.join(corpus, staffSource), STAFF);
else fs.writeFileSync(STAFF, 'Re: Example Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2024\n\nDear Mr. Doe:\n\n1. Please tell us about revenue.\n\n2. Please revise your MD&A.\n');

session.installVsix();
await session.startServer();
let page;
const quickInput = () => page.locator('.quick-input-widget');

/** Runs a palette command. The palette lists what was registered when it opened, so retry while extensions load. */
async function runCommand(title, tries = 4) {
  const input = quickInput();
  for (let i = 1; ; i++) {
    await pressUntil(['F1'], input);
    await page.keyboard.type(title);
    if (await visible(input.locator('.monaco-list-row', { hasText: title }).first(), i < tries ? 8000 : STEP_TIMEOUT)) break;
    if (i >= tries) throw new Error(`the command palette does not list "${title}"`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
}

/** Picks the quick-pick row with this label (the list is already showing). */
async function pick(label) {
  const input = quickInput();
  const row = input.locator('.monaco-list-row', { hasText: label }).first();
  await row.waitFor();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

/**
 * VS Code's simple file dialog: a quick input holding a path. Enters `file` as a user would (or keeps the default)
 * and accepts. On Enter the dialog resolves to the focused row when there is one, not to the typed value, and a
 * focused folder is opened instead: a path filled in one go while the dialog was still listing a folder once left the
 * folder "staff" focused, and every Enter then navigated instead of accepting (a clean-clone CI run), and a save
 * dialog once resolved to the letter "not-ready.corresp.md" instead of the typed "not-ready.htm". So: open the folder
 * first, wait for its listing, then type the name, which leaves our file focused (it exists) or nothing (it does not).
 */
async function fileDialog(file) {
  const box = quickInput().locator('input.input').first();
  await box.waitFor();
  await page.waitForFunction(() => { const i = document.querySelector('.quick-input-widget input.input'); return i && i.value.startsWith('/'); });
  const dialogTitle = (await quickInput().locator('.quick-input-title').innerText().catch(() => '')).trim();
  const state = () => page.evaluate(() => ({
    value: document.querySelector('.quick-input-widget input.input')?.value,
    focused: document.querySelector('.quick-input-widget .monaco-list-row.focused')?.textContent?.trim(),
  }));
  const closed = (timeout) => page.waitForFunction((t) => {
    const w = document.querySelector('.quick-input-widget');
    return !w || w.style.display === 'none' || !w.querySelector('.quick-input-title')?.textContent?.includes(t);
  }, dialogTitle, { timeout }).then(() => true, () => false);
  const name = file === undefined ? undefined : path.basename(file);
  const enter = async () => {
    if (file !== undefined && (await state()).value !== file) {
      const folder = `${path.dirname(file)}/`;
      await box.fill(folder);
      // The folder is listed when its rows (".." first) are there and the value is still the folder.
      await page.waitForFunction((f) => {
        const w = document.querySelector('.quick-input-widget');
        return w?.querySelector('input.input')?.value === f && [...w.querySelectorAll('.monaco-list-row')].some((r) => r.textContent?.trim().startsWith('..'));
      }, folder, { timeout: 8000 }).catch(() => {});
      await page.keyboard.press('End');
      await page.keyboard.type(name, { delay: 15 });
      await page.waitForFunction((f) => document.querySelector('.quick-input-widget input.input')?.value === f, file, { timeout: 3000 }).catch(() => {});
    }
    const now = await state();
    if (file !== undefined && now.value !== file) return `the path is ${JSON.stringify(now.value)}`;
    if (now.focused && (name === undefined || !now.focused.startsWith(name))) return `the row ${JSON.stringify(now.focused)} is focused`;
    await page.keyboard.press('Enter');
    return undefined;
  };
  let why = '';
  for (let i = 0; i < 4; i++) {
    why = (await enter()) ?? why;
    if (await closed(i === 0 ? 8000 : 4000)) return;
    if (!why) why = `it stayed open showing ${JSON.stringify((await state()).value)}`;
    // Start again from a clean value: a stray focused row is dropped when the folder is entered afresh.
    if (file !== undefined) await box.fill('/').catch(() => {});
  }
  throw new Error(`the file dialog "${dialogTitle}" did not accept ${file ?? 'its default'} (${why})`);
}

const notification = (re) => page.locator('.notification-toast, .notifications-toasts .monaco-list-row').filter({ hasText: re }).first();
async function waitForFile(file, timeout = STEP_TIMEOUT) {
  const end = Date.now() + timeout;
  while (!fs.existsSync(file) || fs.statSync(file).size === 0) {
    if (Date.now() > end) throw new Error(`${path.relative(WS, file)} was not written`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return fs.readFileSync(file);
}

let failedEarly;
try {
  page = await session.openPage(letterName);
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  log('workbench ready');
  page.setDefaultTimeout(STEP_TIMEOUT);

  await check('grammar', async () => {
    // "Developer: Inspect Editor Tokens and Scopes" shows the TextMate scopes at the cursor: the real grammar
    // pipeline (injection included), not a reimplementation of it.
    const input = quickInput();
    await pressUntil(['Control+P'], input);
    await page.keyboard.type(letterName);
    await input.locator('.monaco-list-row', { hasText: letterName }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: letterName }).waitFor();
    const lines = fs.readFileSync(LETTER, 'utf8').split(/\r?\n/);
    const probes = [
      ['ASC 350-20-35-30', 'entity.name.type.citation.asc.corresp'],
      ['**Response:**', 'keyword.other.response-label.corresp', 2],
      ['> **5.**', 'constant.numeric.comment-number.corresp', 4],
    ];
    const seen = [];
    for (const [needle, scope, offset = 4] of probes) {
      const line = lines.findIndex((l) => l.includes(needle));
      const column = lines[line].indexOf(needle) + offset;
      await pressUntil(['Control+G'], input);
      await page.keyboard.type(`${line + 1}:${column + 1}`);
      await input.locator('.monaco-list-row', { hasText: `line ${line + 1}` }).first().waitFor();
      for (let i = 0; i < 3; i++) { // Enter can land while the row is still being replaced
        await page.keyboard.press('Enter');
        if (await input.waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false)) break;
      }
      await runCommand('Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      await widget.waitFor();
      // The inspector first shows "Loading..." while the grammar tokenises: wait for the scopes themselves.
      await page.waitForFunction((sc) => document.querySelector('.token-inspect-widget')?.textContent?.includes(sc), scope, { timeout: STEP_TIMEOUT }).catch(() => {});
      const text = await widget.innerText();
      await shot(`grammar-${scope.split('.').slice(-2, -1)[0]}`);
      await page.keyboard.press('Escape');
      if (!text.includes(scope)) throw new Error(`at "${needle}" the scopes are ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 300))}`);
      seen.push(scope);
    }
    return seen.join(', ');
  });

  await check('import', async () => {
    await runCommand('corresp: New Response from Staff Letter');
    await fileDialog(STAFF);
    // The workspace has a response letter, so the optional "previous round" pick comes next.
    await pick('No previous round');
    const tab = page.locator('.tabs-container .tab.active', { hasText: /-response\.corresp\.md/ });
    await tab.waitFor({ timeout: TIMEOUT });
    const toast = notification(/corresp: imported \d+ comments?/);
    await toast.waitFor({ timeout: TIMEOUT });
    const message = (await toast.locator('.notification-list-item-message').first().innerText().catch(() => toast.innerText())).replace(/\s+/g, ' ').trim();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'Response:' }).first().waitFor();
    const mode = (await page.locator('[id="status.editor.mode"]').first().innerText().catch(() => '?')).trim();
    await shot('import');
    if (!/SEC Response Letter|corresp/.test(mode)) throw new Error(`the draft opened in language mode ${mode}`);
    return `${(await tab.innerText()).trim()} (${mode}); ${JSON.stringify(message)}`;
  });

  await check('snippet', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('corresp-advises');
    const suggest = page.locator('.suggest-widget .monaco-list-row', { hasText: 'corresp-advises' }).first();
    if (!(await visible(suggest, 8000))) {
      await page.keyboard.press('Control+Space');
      await suggest.waitFor();
    }
    await page.keyboard.press('Enter');
    const line = page.locator('.editor-instance .monaco-editor .view-line', { hasText: 'The Company respectfully advises the Staff that' }).first();
    await line.waitFor();
    await shot('snippet');
    await page.keyboard.press('Escape');
    return JSON.stringify((await line.innerText()).replace(/\u00a0/g, ' ').trim());
  });

  await check('export', async () => {
    await page.keyboard.press('Escape');
    const tab = page.locator('.tabs-container .tab', { hasText: letterName }).first();
    if (await visible(tab, 2000)) await tab.click();
    else await page.locator('.explorer-folders-view .monaco-list-row', { hasText: letterName }).first().dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: letterName }).waitFor();
    await runCommand('corresp: Export Letter');
    await pick('EDGAR HTML');
    const target = path.join(WS, letterName.replace(/\.corresp\.md$/, '.htm'));
    await fileDialog(target);
    const html = (await waitForFile(target)).toString('utf8');
    await notification(/corresp: exported/).waitFor();
    await shot('export');
    for (const needle of ['Goodwill', 'respectfully advises the Staff']) if (!html.includes(needle)) throw new Error(`the HTML lacks "${needle}"`);
    if (/<script/i.test(html)) throw new Error('the EDGAR HTML contains a script');
    return `${path.basename(target)} (${html.length} chars)`;
  });

  await check('refusal', async () => {
    const name = path.basename(NOT_READY);
    const input = quickInput();
    await pressUntil(['Control+P'], input);
    await page.keyboard.type(name);
    await input.locator('.monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    const target = NOT_READY.replace(/\.corresp\.md$/, '.htm');
    const dialog = page.locator('.monaco-dialog-box');
    const refusal = async () => {
      await runCommand('corresp: Export Letter');
      await pick('EDGAR HTML');
      await dialog.waitFor();
      // The message and the findings listed under it, without the buttons' labels.
      const text = await dialog.evaluate((box) => [...box.querySelectorAll('.dialog-message, .dialog-message-detail')].map((e) => e.innerText).join(' '));
      return (text || await dialog.innerText()).replace(/\s+/g, ' ').trim();
    };
    const said = await refusal();
    await shot('refusal');
    if (!/not ready to file/.test(said)) throw new Error(`the dialog says ${JSON.stringify(said.slice(0, 300))}`);
    if (!/no date/.test(said) || !/\[TBD\]|placeholder/i.test(said)) throw new Error(`the dialog does not list the missing date and the [TBD]: ${JSON.stringify(said.slice(0, 400))}`);
    if (!await visible(dialog.locator('.monaco-button', { hasText: 'Export as DRAFT' }), 2000)) throw new Error('the dialog offers no "Export as DRAFT"');
    // Cancelled: no save dialog, nothing written.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    if (await visible(input.locator('.quick-input-title', { hasText: 'Export as' }), 1500)) throw new Error('a save dialog opened after the refusal was cancelled');
    if (fs.existsSync(target)) throw new Error(`${path.basename(target)} was written although the export was refused`);
    // "Export as DRAFT": written, marked DRAFT.
    await refusal();
    await dialog.locator('.monaco-button', { hasText: 'Export as DRAFT' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await fileDialog(target);
    const html = (await waitForFile(target)).toString('utf8');
    await notification(/DRAFT \u2014 not for filing/).waitFor();
    await shot('refusal-draft');
    if (!/DRAFT (?:&#8212;|\u2014|&mdash;) NOT FOR FILING/.test(html)) throw new Error(`${path.basename(target)} is not marked DRAFT — NOT FOR FILING`);
    if (/\[Date\]/.test(html)) throw new Error(`${path.basename(target)} prints "[Date]" for the missing date`);
    return `refused (${JSON.stringify(said.slice(0, 120))}…); as DRAFT: ${path.basename(target)} (${html.length} chars) marked DRAFT`;
  });

  await check('commitments', async () => {
    await runCommand('corresp: Export Commitments Register');
    await pick('CSV');
    const target = path.join(WS, 'commitments-register.csv');
    await fileDialog(target);
    const csv = (await waitForFile(target)).toString('utf8').split(/\r?\n/).filter(Boolean);
    await shot('commitments');
    if (!/^Letter,Company,Comment/.test(csv[0])) throw new Error(`unexpected header ${JSON.stringify(csv[0])}`);
    if (csv.length < 2) throw new Error('no commitment rows');
    return `${csv.length - 1} rows; first: ${JSON.stringify(csv[1].slice(0, 100))}`;
  });

  await check('walkthrough', async () => {
    await runCommand('corresp: Get Started with corresp');
    const title = page.locator('.gettingStartedContainer, .getting-started').getByText('Draft a response to SEC staff comments').first();
    await title.waitFor();
    const step = page.getByText('Start from the staff\u2019s letter').or(page.getByText("Start from the staff's letter")).first();
    await step.waitFor();
    // The step's markdown page (docs/walkthrough/import.md, shipped in the .vsix) renders in a webview frame.
    const media = 'the import report';
    const end = Date.now() + STEP_TIMEOUT;
    let shown = false;
    while (!shown && Date.now() < end) {
      for (const frame of page.frames()) {
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (text.includes(media)) { shown = true; break; }
      }
      if (!shown) await new Promise((r) => setTimeout(r, 250));
    }
    await shot('walkthrough');
    if (!shown) throw new Error(`the first step's markdown page (mentioning "${media}") did not render`);
    return 'walkthrough "Draft a response to SEC staff comments" with its markdown pages';
  });
} catch (e) {
  failedEarly = e;
  await session.setupFailed(e);
} finally {
  await session.cleanup();
}

session.report('Drafting commands e2e (code-server)', failedEarly, 12);
