#!/usr/bin/env bash
# Emacs 28 + Eglot 1.9 (Debian: emacs-nox elpa-eglot) as a third LSP client of the bundled server: see emacs.e2e.el.
# Optional: run.sh runs it only when `emacs` and Eglot are installed (install.sh with E2E_EMACS=1 installs them).
# Env: E2E_SERVER (default server/out/server.js), E2E_LETTER, TIMEOUT_MS.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVER=${E2E_SERVER:-$ROOT/server/out/server.js}
ART=$ROOT/test/e2e/artifacts/emacs
command -v emacs >/dev/null || { echo "emacs not found; run: E2E_EMACS=1 bash test/e2e/install.sh" >&2; exit 1; }
[ -f "$SERVER" ] || { echo "$SERVER not found; run: npm run build" >&2; exit 1; }

RUN=$(mktemp -d "${TMPDIR:-/tmp}/corresp-emacs-XXXXXX")
trap 'rm -rf "$RUN"' EXIT
rm -rf "$ART"; mkdir -p "$ART"
FIXTURE=$(node "$ROOT/test/e2e/fixture.mjs" "$RUN/workspace")

set +e
HOME=$RUN E2E_FIXTURE=$FIXTURE E2E_SERVER=$SERVER \
  timeout 300 emacs --batch -q -l "$ROOT/test/e2e/emacs.e2e.el" 2>&1 | grep -v '^Loading /etc/emacs' | tee "$ART/output.txt"
rc=${PIPESTATUS[0]}
set -e
[ "$rc" -eq 0 ] || echo "emacs e2e failed (exit $rc); see test/e2e/artifacts/emacs/" >&2
exit "$rc"
