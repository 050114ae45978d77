// End-to-end test in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven by playwright-core and Debian's
// chromium. Installs our .vsix into a throw-away extensions dir, opens a real letter with one response deleted and
// checks, through the workbench UI only, what a user sees:
//   problems  the Problems panel lists "Comment N (...) has no response"
//   outline   the Outline view lists the comments ("Comment 5" under its caption "Goodwill, page 84")
//   hover     hovering an ASC cite shows its title ("... Goodwill ...")
//   quickfix  the "Insert a response ..." quick fix inserts a response and the problem goes away
//   codelens  clicking a "Not in register — record it" code lens records the commitment (the register gains the entry)
//   priorref  hovering "prior comment 1" in a staff comment shows that comment's text from the previous round
//   fixall    the Ctrl+. menu offers "Fix all corresp problems in this letter"; applied, it leaves nothing it would fix
//             (every commitment recorded once, the menu no longer offers it, `corresp check --fix` finds nothing)
//   workspace a letter that was never opened is checked too (workspace-wide review)
// code-server and the page start once; every step waits on UI state, never on a fixed sleep, and leaves a screenshot
// in test/e2e/artifacts/. All steps run even when one fails, and the summary lists each.
//
// Prerequisite: bash test/e2e/install.sh (code-server, playwright-core, vsce in .cache/).
// Env: E2E_VSIX (else packs one with scripts/package.mjs --no-build), E2E_LETTER, E2E_ONLY=problems,hover,...,
//      TIMEOUT_MS (startup waits, default 60000), STEP_TIMEOUT_MS (later waits, default 20000), KEEP_RUN_DIR=1 (keep logs), CORRESP_CACHE, CHROMIUM.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, makeFixture } from './fixture.mjs';
import { createSession } from './workbench.mjs';

const session = createSession({
  label: 'vscode',
  // Sticky scroll is off: its header lines would cover the line a step reveals at the top (and its code lens).
  settings: { 'editor.hover.delay': 300, 'editor.lightbulb.enabled': 'off', 'outline.collapseItems': 'alwaysExpand', 'editor.stickyScroll.enabled': false },
});
const { log, WS, TIMEOUT, STEP_TIMEOUT, shot, check, visible, pressUntil } = session;

const fx = makeFixture(WS);
const letterName = path.basename(fx.file);
const otherName = path.basename(fx.otherFile);
log(`letter ${path.relative(ROOT, fx.source)}: response to comment ${fx.comment} deleted (and to ${fx.otherComment} in ${otherName})`);
// The previous round, as `corresp import --prior` notes it: hovering "prior comment 1" shows this staff text.
const PRIOR_STAFF = 'Please tell us why the receivables from the two state-owned enterprise customers were written off in 2016';
fs.appendFileSync(fx.file, `\n<!-- prior comment 1 | staff: "${PRIOR_STAFF}." | our response: "The Company advises the Staff that both customers stopped paying in 2016." -->\n`);
const YAML = createRequire(path.join(ROOT, 'package.json'))('yaml');
/** The commitment register in the letter's front matter, as saved. */
const registerOf = (file) => {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(fs.readFileSync(file, 'utf8'));
  return (m && YAML.parse(m[1])?.commitments) || [];
};
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');

session.installVsix();
await session.startServer();
let page;

async function runCommand(title) {
  const input = page.locator('.quick-input-widget');
  await pressUntil(['F1'], input);
  await page.keyboard.type(title);
  const row = input.locator('.monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

async function goTo(line, character) { // 0-based, through "Go to Line/Column" (Ctrl+G)
  const input = page.locator('.quick-input-widget');
  await pressUntil(['Control+G'], input);
  await page.keyboard.type(`${line + 1}:${character + 1}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
  await page.locator('.editor-instance .monaco-editor .cursors-layer .cursor').first().waitFor({ state: 'attached' });
}

/**
 * The on-screen centre of `needle` in the editor, once it is rendered inside the view (after goTo's scroll). Text may
 * span several token spans, or sit inside one long one, so measure a DOM Range over each line's text nodes.
 */
async function screenPoint(needle) {
  return page.waitForFunction((needle) => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const nodes = [];
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.textContent; }
      const at = text.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const locate = (offset) => { const [n, base] = nodes.findLast(([, b]) => b <= offset); return [n, offset - base]; };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length - 1)); range.setEnd(range.endContainer, range.endOffset + 1);
      const r = range.getClientRects()[0]; // the first fragment, should the line wrap inside the needle
      const view = line.closest('.overflow-guard').getBoundingClientRect();
      if (r && r.width > 0 && r.left >= view.left && r.right <= view.right - 20 && r.top >= view.top && r.bottom <= view.bottom) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, needle).then((h) => h.jsonValue(), () => null);
}

/** Mouse hover over `needle` (0-based line/character put it on screen) until `contents` shows; Show Hover as fallback. */
async function hoverUntil(line, character, needle, contents) {
  await goTo(line, character);
  let ok = false;
  for (let i = 0; i < 3 && !ok; i++) { // the first hover can race with layout: move away and hover again
    await page.mouse.move(5, 5);
    const point = await screenPoint(needle);
    if (!point) throw new Error(`"${needle}" is not on screen after going to line ${line + 1}`);
    await page.mouse.move(point.x, point.y);
    ok = await visible(contents.first(), 8000);
  }
  if (!ok) { // keyboard fallback: Show Hover (Ctrl+K Ctrl+I) with the cursor inside the text
    await page.mouse.move(5, 5);
    await goTo(line, character);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    ok = await visible(contents.first(), 8000);
  }
  return ok;
}

/** Saves the active editor and waits until the tab is clean. */
async function save() {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
}

const problemsPanel = () => page.locator('.markers-panel');
/** Shows the Problems panel filtered to `filter` (the list is virtualised: with many findings a row can sit below the fold). */
async function showProblems(filter = 'has no response') {
  if (!await problemsPanel().isVisible()) {
    await page.keyboard.press('Control+Shift+M');
    if (!await visible(problemsPanel())) {
      await page.locator('[id="status.problems"]').first().click(); // the status-bar counter
      await problemsPanel().waitFor({ state: 'visible' });
    }
  }
  // Set the filter every time: Escape in its box (a failed check's clean-up) clears it.
  const box = page.getByPlaceholder(/^Filter \(e\.g\./).first();
  if (await visible(box) && await box.inputValue() !== filter) {
    await box.fill(filter);
    await box.press('Enter');
  }
}
const notification = (re) => page.locator('.notification-toast, .notifications-toasts .monaco-list-row').filter({ hasText: re }).first();
const problemRow = (pattern) => problemsPanel().locator('.monaco-list-row', { hasText: new RegExp(pattern.replace(/^\^/, '')) });

/**
 * Selects the first problem the Problems panel lists for `filter` (matching `pattern`) in the editor, and opens the
 * Ctrl+. menu there until it lists `want`. Returns the menu, whether `want` showed, and what it offered.
 */
async function quickFixMenu(filter, pattern, want) {
  await showProblems(filter);
  const row = problemRow(pattern).first();
  await row.waitFor({ timeout: TIMEOUT });
  // Selects the problem's range in the editor. Clicked near the start of the message: a short message leaves the
  // rule's documentation link in the middle of the row, where a plain click would open it.
  await row.click({ position: { x: 80, y: 10 } });
  await page.keyboard.press('Control+1'); // focus the editor group, keeping that selection
  await page.locator('.editor-instance .monaco-editor.focused').first().waitFor();
  const menu = page.locator('.action-widget');
  const item = menu.locator('.monaco-list-row', { hasText: want }).first();
  let ok = false;
  for (let i = 0; i < 3 && !ok; i++) {
    await page.keyboard.press('Control+.');
    ok = await visible(item, 10000);
    if (!ok) { log(`quick fix menu without ${want} after Ctrl+. (try ${i + 1})`); await page.keyboard.press('Escape'); }
  }
  const offered = ok ? (await menu.locator('.monaco-list-row').allInnerTexts().catch(() => [])).map((t) => t.trim()) : [];
  return { menu, ok, offered };
}

/** Chooses the menu row matching `re` with the keyboard (the menu sits under a pointer-blocking overlay). */
async function chooseInMenu(menu, re) {
  const count = await menu.locator('.monaco-list-row.action').count();
  for (let i = 0; i <= count && !re.test(await menu.locator('.monaco-list-row.focused').innerText().catch(() => '')); i++) {
    await page.keyboard.press('ArrowDown');
  }
  const chosen = (await menu.locator('.monaco-list-row.focused').innerText().catch(() => '')).trim();
  if (!re.test(chosen)) throw new Error(`could not focus ${re} in the quick fix menu (focused: ${JSON.stringify(chosen)})`);
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden' });
  return chosen;
}

let failedEarly;
try {
  page = await session.openPage(letterName);
  log('workbench ready');

  // Open the letter with Quick Open.
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  const quickInput = page.locator('.quick-input-widget');
  await pressUntil(['Control+P'], quickInput);
  await page.keyboard.type(letterName);
  await quickInput.locator('.monaco-list-row', { hasText: letterName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: letterName }).waitFor();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines .view-line').first().waitFor();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const mode = await page.locator('[id="status.editor.mode"]').first().innerText().catch(() => '?');
  log(`letter open (language mode: ${mode.trim()})`);
  await shot('letter-open');

  await check('problems', async () => {
    await showProblems();
    const row = problemRow(fx.messagePattern).first();
    await row.waitFor({ timeout: TIMEOUT }); // the first check also waits for the server to start
    const text = (await row.locator('.marker-message-details, .marker-message, .monaco-highlighted-label').first().innerText().catch(() => row.innerText())).trim();
    await shot('problems');
    // The server leaves the source and the rule's documentation link to the client (diagnostic-links.ts): the row
    // must still read "corresp(missing-response)" with the rule as a link (the parentheses are drawn by CSS).
    const whole = await row.innerText();
    if (!/\bcorresp[\s(]*missing-response\b/.test(whole)) throw new Error(`the problem row does not show "corresp(missing-response)": ${JSON.stringify(whole)}`);
    if (!(await row.locator('a', { hasText: 'missing-response' }).count())) throw new Error('the rule id in the problem row is not a link to its documentation');
    return `${JSON.stringify(text.split('\n')[0])} corresp(missing-response) with the rule linked`;
  });

  await check('outline', async () => {
    await runCommand('Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane');
    await outline.waitFor({ state: 'visible' });
    // "Comment 5" under its caption "Goodwill, page 84", its opening words as the detail. A row's text runs the name
    // and the detail together ("Comment 1We continue…"), so a number ends where the digits do, not at a \b.
    const commentRow = (n, anchored = true) => new RegExp(`${anchored ? '^' : ''}Comment ${n}(?!\\d)`);
    const rows = outline.locator('.monaco-list-row', { hasText: /^Comment \d+/ });
    await rows.first().waitFor();
    const first = outline.locator('.monaco-list-row', { hasText: commentRow(fx.comments[0]) }).first();
    await first.waitFor();
    // Nested under its caption: the row just above it in the tree is a caption one level up.
    const nesting = await first.evaluate((row) => {
      const level = Number(row.getAttribute('aria-level'));
      const index = Number(row.getAttribute('data-index'));
      const above = row.parentElement.querySelector(`.monaco-list-row[data-index="${index - 1}"]`);
      return { level, above: above && { level: Number(above.getAttribute('aria-level')), label: above.getAttribute('aria-label') } };
    });
    if (!nesting.above || nesting.above.level !== nesting.level - 1 || !/\(namespace\)$/.test(nesting.above.label ?? '')) {
      throw new Error(`Comment ${fx.comments[0]} is not nested under a caption: ${JSON.stringify(nesting)}`);
    }
    const inView = (await rows.locator('.label-name').allInnerTexts()).map((n) => n.trim());
    await shot('outline');
    // The Outline view is a short, nested, virtualised tree; "Go to Symbol in Editor" (Ctrl+Shift+O) lists the same
    // symbols flat, so every comment can be checked there.
    const input = page.locator('.quick-input-widget');
    await pressUntil(['Control+Shift+O'], input);
    await page.keyboard.type('Comment');
    const picks = input.locator('.monaco-list-row', { hasText: /Comment \d+/ });
    for (const n of fx.comments) await picks.filter({ hasText: commentRow(n, false) }).first().waitFor();
    const names = (await picks.locator('.label-name').allInnerTexts()).map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => /^Comment \d+/.test(n));
    await shot('outline-symbols');
    await page.keyboard.press('Escape');
    // The caption is the parent, not repeated in each name.
    const repeated = names.filter((n) => !/^Comment \d+$/.test(n));
    if (repeated.length) throw new Error(`symbol names carry more than the number: ${JSON.stringify(repeated)}`);
    return `Outline view shows ${JSON.stringify(inView[0])} under ${JSON.stringify(nesting.above.label)}…; Go to Symbol lists all ${fx.comments.length}: ${JSON.stringify(names)}`;
  });

  await check('hover', async () => {
    // The server's hover, not the link tooltip ("Open ASC … (ctrl + click)") that a document link adds next to it.
    const hover = page.locator('.monaco-hover:not(.hidden)');
    const titled = hover.locator('.hover-contents, .rendered-markdown').filter({ hasText: /Goodwill/, hasNotText: /\((?:ctrl|cmd|alt|option) \+ click\)/i });
    const number = fx.cite.replace(/^\S+\s+/, ''); // "350-20-35-30"
    // Put the cursor a little past the cite: revealing it scrolls the whole cite into view, even at a long line's end.
    if (!await hoverUntil(fx.citeLine, fx.citeCharacter + fx.cite.length + 8, number, titled)) {
      const seen = await hover.first().innerText().catch(() => '(no hover)');
      throw new Error(`hover over "${fx.cite}" does not mention Goodwill; it shows ${JSON.stringify(seen.replace(/\s+/g, ' ').slice(0, 200))}`);
    }
    const text = (await titled.first().innerText()).replace(/\s+/g, ' ').trim();
    await shot('hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    return JSON.stringify(text.slice(0, 160));
  });

  await check('quickfix', async () => {
    const { menu, ok, offered } = await quickFixMenu('has no response', fx.messagePattern, /^\s*Insert a response/);
    if (!ok) throw new Error(`no "Insert a response" quick fix; offered: ${JSON.stringify(offered)}`);
    await shot('quickfix-menu');
    const title = await chooseInMenu(menu, /^\s*Insert a response/);
    await problemRow(fx.messagePattern).first().waitFor({ state: 'detached' }); // the server re-checked: answered
    // Save, then read the letter back: comment N has a response label again.
    await save();
    const saved = fs.readFileSync(fx.file, 'utf8');
    const { outlineLetter } = await import('./fixture.mjs');
    const answered = outlineLetter(saved.split(/\r?\n/)).find((c) => c.number === fx.comment)?.responseLine !== undefined;
    await shot('quickfix-applied');
    if (!answered) throw new Error(`after "${title}" and save, comment ${fx.comment} still has no response label in the file`);
    return JSON.stringify(title);
  });

  const UNRECORDED = 'is not in the register'; // undocumented-commitment: "“will …” (comment N) is not in the register"
  await check('codelens', async () => {
    const before = registerOf(fx.file);
    await showProblems(UNRECORDED);
    const row = problemRow(UNRECORDED).first();
    await row.waitFor();
    await row.click({ position: { x: 80, y: 10 } }); // reveals the commitment (clear of the rule's link); its lens sits on the line above
    await page.locator('.tabs-container .tab.active', { hasText: letterName }).waitFor();
    const lenses = page.locator('.editor-instance .monaco-editor .codelens-decoration');
    // A lens widget far from the view can be in the DOM but hidden: take one on screen.
    const lens = lenses.locator('a', { hasText: 'Not in register \u2014 record it' }).filter({ visible: true });
    await lens.first().waitFor();
    // The editor keeps a lens widget for every commitment of the letter: count the documented ones.
    const documentedLenses = async () => (await lenses.allTextContents()).filter((t) => /^Documented \u00b7/.test(t)).length;
    const documentedBefore = await documentedLenses();
    await shot('codelens');
    // The server records it with a workspace edit: the letter becomes dirty; save and read the register back.
    // VS Code re-requests the lenses after an edit but refreshes the commands of a lens only once it is in the
    // viewport (after a short debounce), releasing the old ones: a lens scrolled into view and clicked at once can
    // still carry a released command ("Actual command not found, wanted to execute corresp.recordCommitment").
    // Click it again, as a user would.
    const dirty = page.locator('.tabs-container .tab.active.dirty', { hasText: letterName });
    const stale = notification(/Actual command not found/);
    let clicks = 0;
    for (let recorded = false; !recorded;) {
      await lens.first().click();
      clicks++;
      recorded = await visible(dirty, clicks < 3 ? 5000 : STEP_TIMEOUT);
      if (recorded) break;
      if (clicks >= 3) throw new Error(`${clicks} clicks on the lens did not record the commitment${await visible(stale, 500) ? ' ("Actual command not found")' : ''}`);
      log(`the code lens click did not record the commitment${await visible(stale, 500) ? ' (a stale lens: "Actual command not found")' : ''}; clicking again`);
      await page.keyboard.press('Escape');
    }
    await save();
    const after = registerOf(fx.file);
    if (after.length !== before.length + 1) throw new Error(`the register had ${before.length} entries and has ${after.length} after the click`);
    const added = after.find((e) => !before.some((b) => b.sentence === e.sentence));
    if (!added) throw new Error('no new register entry');
    // And the lenses say so: one more "Documented · …".
    const end = Date.now() + STEP_TIMEOUT;
    let documentedAfter = await documentedLenses();
    while (documentedAfter !== documentedBefore + 1 && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100)); // polling interval of a state wait
      documentedAfter = await documentedLenses();
    }
    await shot('codelens-recorded');
    if (documentedAfter !== documentedBefore + 1) throw new Error(`${documentedBefore} lenses read "Documented · …" before the click and ${documentedAfter} after`);
    return `comment ${added.comment}: ${JSON.stringify(String(added.sentence).slice(0, 80))}; register ${before.length} → ${after.length} entries, documented lenses ${documentedBefore} → ${documentedAfter}${clicks > 1 ? `; ${clicks} clicks` : ''}`;
  });

  await check('priorref', async () => {
    const lines = fs.readFileSync(fx.file, 'utf8').split(/\r?\n/);
    const needle = 'prior comment 1';
    const line = lines.findIndex((l) => /^\s*>/.test(l) && l.includes(needle)); // in a staff comment
    if (line < 0) throw new Error(`no staff comment says "${needle}"`);
    const hover = page.locator('.monaco-hover:not(.hidden)');
    const shown = hover.locator('.hover-contents, .rendered-markdown').filter({ hasText: /Prior comment 1/ }).filter({ hasText: PRIOR_STAFF.slice(0, 60) });
    if (!await hoverUntil(line, lines[line].indexOf(needle) + needle.length + 8, needle, shown)) {
      const seen = await hover.allInnerTexts().catch(() => []);
      throw new Error(`hover over "${needle}" does not show the prior comment's text; it shows ${JSON.stringify(seen.join(' | ').replace(/\s+/g, ' ').slice(0, 300))}`);
    }
    const text = (await shown.first().innerText()).replace(/\s+/g, ' ').trim();
    await shot('priorref');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    return JSON.stringify(text.slice(0, 160));
  });

  await check('fixall', async () => {
    const FIX_ALL = /Fix all corresp problems in this letter/;
    const { menu, ok, offered } = await quickFixMenu(UNRECORDED, UNRECORDED, FIX_ALL);
    if (!ok) throw new Error(`the Ctrl+. menu does not offer "Fix all corresp problems in this letter"; offered: ${JSON.stringify(offered)}`);
    await shot('fixall-menu');
    await chooseInMenu(menu, FIX_ALL);
    await page.locator('.tabs-container .tab.active.dirty', { hasText: letterName }).waitFor();
    await save();
    // Nothing left that it would fix: the register holds every commitment once, and the CLI's --fix (the same safe
    // fixes) on a copy of the saved letter changes nothing.
    const register = registerOf(fx.file);
    const sentences = register.map((e) => e.sentence);
    const twice = sentences.filter((x, i) => sentences.indexOf(x) !== i);
    if (twice.length) throw new Error(`the register records ${JSON.stringify(twice)} twice`);
    const copy = path.join(session.run, 'fixed-copy.corresp.md');
    fs.copyFileSync(fx.file, copy);
    const json = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', copy], { encoding: 'utf8' });
    const findings = JSON.parse(json.stdout).files[0].findings;
    const unrecorded = findings.filter((f) => f.rule === 'undocumented-commitment');
    if (unrecorded.length) throw new Error(`${unrecorded.length} commitments still unrecorded, e.g. line ${unrecorded[0].line}`);
    const again = spawnSync(process.execPath, [CLI, 'check', '--fix', copy], { encoding: 'utf8' });
    if (/fixed \d+ problem/.test(again.stderr)) throw new Error(`corresp check --fix still fixes something: ${again.stderr.trim()}`);
    // The editor agrees: on a problem left (a commitment that names no filing) the menu no longer offers Fix all.
    const { menu: menu2, ok: shown, offered: left } = await quickFixMenu('names only', 'names only', /Show documentation/);
    if (!shown) throw new Error(`no quick fix menu on a remaining problem; offered: ${JSON.stringify(left)}`);
    await shot('fixall-after');
    await page.keyboard.press('Escape');
    await menu2.waitFor({ state: 'hidden' });
    if (left.some((t) => FIX_ALL.test(t))) throw new Error(`"Fix all corresp problems" is still offered after applying it: ${JSON.stringify(left)}`);
    return `register ${register.length} entries, none twice; ${findings.length} problems left, none it fixes; menu then offers ${JSON.stringify(left.slice(0, 3))}`;
  });

  await check('workspace', async () => {
    await showProblems();
    const row = problemRow(fx.otherMessagePattern).first();
    await row.waitFor();
    await problemsPanel().locator('.monaco-list-row', { hasText: otherName }).first().waitFor();
    await shot('workspace');
    return `${otherName} (never opened): ${JSON.stringify((await row.innerText()).split('\n')[0].trim())}`;
  });

  if (session.pageErrors.length) log(`${session.pageErrors.length} page errors; first: ${session.pageErrors[0].slice(0, 200)}`);
} catch (e) {
  failedEarly = e;
  await session.setupFailed(e);
} finally {
  await session.cleanup();
}

session.report('VS Code (code-server) e2e', failedEarly);
