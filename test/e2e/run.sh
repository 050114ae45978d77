#!/usr/bin/env bash
# `npm run test:e2e`: installs (or reuses from .cache/) the tooling, builds and packs the extension, then runs
# the real-VS-Code suite and the Neovim suite. Both always run; the exit code fails if either failed.
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
T2=$(date +%s)
bash test/e2e/neovim.e2e.sh; neovim=$?
T3=$(date +%s)

echo
echo "e2e: VS Code $([ $vscode -eq 0 ] && echo PASS || echo FAIL) ($((T2 - T1))s), Neovim $([ $neovim -eq 0 ] && echo PASS || echo FAIL) ($((T3 - T2))s); total $((T3 - T0))s"
[ $vscode -eq 0 ] && [ $neovim -eq 0 ]
