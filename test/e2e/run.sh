#!/usr/bin/env bash
# `npm run test:e2e`: installs (or reuses from .cache/) the tooling, builds and packs the extension, then runs
# the real-VS-Code suite and the Neovim suite (plus Emacs + Eglot when installed: E2E_EMACS=1 for install.sh).
# Every suite runs even if an earlier one failed; the exit code fails if any did.
#   SKIP_INSTALL=1  skip test/e2e/install.sh (tooling already there)
#   SKIP_APT=1      passed to install.sh: do not touch system packages
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
ART=test/e2e/artifacts
mkdir -p "$ART"
T0=$(date +%s)

if [ -z "${SKIP_INSTALL:-}" ]; then
  bash test/e2e/install.sh || { echo "e2e: install failed" >&2; exit 1; }
fi
node scripts/build.mjs || { echo "e2e: build failed" >&2; exit 1; }
VSIX=$ART/corresp-e2e.vsix
node scripts/package.mjs --no-build --out "$VSIX" >"$ART/package.log" 2>&1 || { cat "$ART/package.log" >&2; echo "e2e: packaging failed" >&2; exit 1; }
tail -1 "$ART/package.log"

T1=$(date +%s)
E2E_VSIX=$VSIX node test/e2e/vscode.e2e.mjs; vscode=$?
# The drafting suite (grammar, import, snippet, export, register, walkthrough). Before its waits were fixed a
# file-dialog or token-inspector step timed out in 2 of 3 CI-like runs; since then it passed 5 of 5, so it gates CI
# (E2E_SKIP_DRAFTING=1 leaves it out).
drafting=skip
if [ -z "${E2E_SKIP_DRAFTING:-}" ]; then
  E2E_VSIX=$VSIX node test/e2e/drafting.e2e.mjs; drafting=$?
fi
T2=$(date +%s)
bash test/e2e/neovim.e2e.sh; neovim=$?
T3=$(date +%s)
emacs=skip
if command -v emacs >/dev/null && emacs --batch -q --eval "(require 'eglot)" >/dev/null 2>&1; then
  bash test/e2e/emacs.e2e.sh; emacs=$?
fi
T4=$(date +%s)

verdict() { case $1 in 0) echo PASS ;; skip) echo "skipped" ;; *) echo FAIL ;; esac; }
echo
echo "e2e: VS Code $(verdict $vscode) + drafting $(verdict $drafting) ($((T2 - T1))s), Neovim $(verdict $neovim) ($((T3 - T2))s)," \
  "Emacs $(verdict $emacs) ($((T4 - T3))s); total $((T4 - T0))s"
[ $vscode -eq 0 ] && { [ $drafting = skip ] || [ $drafting -eq 0 ]; } && [ $neovim -eq 0 ] && { [ $emacs = skip ] || [ $emacs -eq 0 ]; }
