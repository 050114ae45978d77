// End-to-end test in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven by playwright-core and Debian's
// chromium. Installs our .vsix into a throw-away extensions dir, opens a real letter with one response deleted and
// checks, through the workbench UI only, what a user sees:
//   problems  the Problems panel lists "Comment N (...) has no response"
//   outline   the Outline view lists the comments ("Comment 5" under its caption "Goodwill, page 84")
//   hover     hovering an ASC cite shows its title ("... Goodwill ...")
//   quickfix  the "Insert a response ..." quick fix inserts a response and the problem goes away
//   workspace a letter that was never opened is checked too (workspace-wide review)
// code-server and the page start once; every step waits on UI state, never on a fixed sleep, and leaves a screenshot
// in test/e2e/artifacts/. All steps run even when one fails, and the summary lists each.
//
// Prerequisite: bash test/e2e/install.sh (code-server, playwright-core, vsce in .cache/).
// Env: E2E_VSIX (else packs one with scripts/package.mjs --no-build), E2E_LETTER, E2E_ONLY=problems,hover,...,
//      TIMEOUT_MS (startup waits, default 60000), STEP_TIMEOUT_MS (later waits, default 20000), KEEP_RUN_DIR=1 (keep logs), CORRESP_CACHE, CHROMIUM.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, makeFixture } from './fixture.mjs';
import { createSession } from './workbench.mjs';

const session = createSession({
  label: 'vscode',
  settings: { 'editor.hover.delay': 300, 'editor.lightbulb.enabled': 'off', 'outline.collapseItems': 'alwaysExpand' },
});
const { log, WS, TIMEOUT, STEP_TIMEOUT, shot, check, visible, pressUntil } = session;

const fx = makeFixture(WS);
const letterName = path.basename(fx.file);
const otherName = path.basename(fx.otherFile);
log(`letter ${path.relative(ROOT, fx.source)}: response to comment ${fx.comment} deleted (and to ${fx.otherComment} in ${otherName})`);

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
const problemRow = (pattern) => problemsPanel().locator('.monaco-list-row', { hasText: new RegExp(pattern.replace(/^\^/, '')) });

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
    return JSON.stringify(text.split('\n')[0]);
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
    // Put the cursor a little past the cite: revealing it scrolls the whole cite into view, even at a long line's end.
    await goTo(fx.citeLine, fx.citeCharacter + fx.cite.length + 8);
    // The server's hover, not the link tooltip ("Open ASC … (ctrl + click)") that a document link adds next to it.
    const hover = page.locator('.monaco-hover:not(.hidden)');
    const titled = hover.locator('.hover-contents, .rendered-markdown').filter({ hasText: /Goodwill/, hasNotText: /\((?:ctrl|cmd|alt|option) \+ click\)/i });
    const number = fx.cite.replace(/^\S+\s+/, ''); // "350-20-35-30"
    let ok = false;
    for (let i = 0; i < 3 && !ok; i++) { // the first hover can race with layout: move away and hover again
      await page.mouse.move(5, 5);
      // The on-screen box of the cite's characters, once the editor has rendered them (after goTo's scroll). A cite
      // may span several token spans, or sit inside one long one, so measure a DOM Range over the line's text nodes.
      const box = await page.waitForFunction((needle) => {
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
          const r = range.getClientRects()[0]; // the first fragment, should the line wrap inside the cite
          const view = line.closest('.overflow-guard').getBoundingClientRect();
          if (r && r.width > 0 && r.left >= view.left && r.right <= view.right - 20) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        return null;
      }, number).then((h) => h.jsonValue(), () => null);
      if (!box) throw new Error(`"${number}" is not on screen after going to line ${fx.citeLine + 1}`);
      await page.mouse.move(box.x, box.y);
      ok = await visible(titled.first(), 8000);
    }
    if (!ok) { // keyboard fallback: Show Hover (Ctrl+K Ctrl+I) with the cursor inside the cite
      await page.mouse.move(5, 5);
      await goTo(fx.citeLine, fx.citeCharacter);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      ok = await visible(titled.first(), 8000);
    }
    if (!ok) {
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
    await showProblems();
    const row = problemRow(fx.messagePattern).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click(); // selects the problem's range in the editor
    await page.keyboard.press('Control+1'); // focus the editor group, keeping that selection
    await page.locator('.editor-instance .monaco-editor.focused').first().waitFor();
    const menu = page.locator('.action-widget');
    const fix = menu.locator('.monaco-list-row', { hasText: /^\s*Insert a response/ }).first();
    let ok = false;
    for (let i = 0; i < 3 && !ok; i++) {
      await page.keyboard.press('Control+.');
      ok = await visible(fix, 10000);
      if (!ok) { log(`quick fix menu not shown after Ctrl+. (try ${i + 1})`); await page.keyboard.press('Escape'); }
    }
    if (!ok) {
      const offered = await menu.locator('.monaco-list-row').allInnerTexts().catch(() => []);
      throw new Error(`no "Insert a response" quick fix; offered: ${JSON.stringify(offered)}`);
    }
    const title = (await fix.innerText()).trim();
    await shot('quickfix-menu');
    // The menu sits under a pointer-blocking overlay: choose the fix with the keyboard.
    const rows = menu.locator('.monaco-list-row.action');
    const count = await rows.count();
    for (let i = 0; i <= count && !/^\s*Insert a response/.test(await menu.locator('.monaco-list-row.focused').innerText().catch(() => '')); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden' });
    await problemRow(fx.messagePattern).first().waitFor({ state: 'detached' }); // the server re-checked: answered
    // Save, then read the letter back: comment N has a response label again.
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    const saved = fs.readFileSync(fx.file, 'utf8');
    const { outlineLetter } = await import('./fixture.mjs');
    const answered = outlineLetter(saved.split(/\r?\n/)).find((c) => c.number === fx.comment)?.responseLine !== undefined;
    await shot('quickfix-applied');
    if (!answered) throw new Error(`after "${title}" and save, comment ${fx.comment} still has no response label in the file`);
    return JSON.stringify(title);
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
