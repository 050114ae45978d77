#!/usr/bin/env bash
# Neovim (0.7, Debian) as a second LSP client of the bundled server over --stdio: see neovim.e2e.lua.
#   bash test/e2e/neovim.e2e.sh          # needs `npm run build` (server/out/server.js) and `nvim`
# Env: E2E_SERVER (default server/out/server.js), E2E_LETTER, TIMEOUT_MS.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVER=${E2E_SERVER:-$ROOT/server/out/server.js}
ART=$ROOT/test/e2e/artifacts/neovim
command -v nvim >/dev/null || { echo "nvim not found; run: bash test/e2e/install.sh" >&2; exit 1; }
[ -f "$SERVER" ] || { echo "$SERVER not found; run: npm run build" >&2; exit 1; }

RUN=$(mktemp -d "${TMPDIR:-/tmp}/corresp-nvim-XXXXXX")
trap 'rm -rf "$RUN"' EXIT
rm -rf "$ART"; mkdir -p "$ART"
FIXTURE=$(node "$ROOT/test/e2e/fixture.mjs" "$RUN/workspace")

# --clean -u NONE: no user config or plugins, and a private state/log dir so nothing lands in $HOME.
set +e
XDG_STATE_HOME=$RUN/state XDG_CACHE_HOME=$RUN/cache XDG_DATA_HOME=$RUN/data XDG_CONFIG_HOME=$RUN/config \
  E2E_FIXTURE=$FIXTURE E2E_SERVER=$SERVER \
  timeout 300 nvim --headless --clean -u NONE -c "luafile $ROOT/test/e2e/neovim.e2e.lua" 2>&1 | tee "$ART/output.txt"
rc=${PIPESTATUS[0]}
set -e
# Neovim's LSP log (server stderr, protocol errors) next to the output, for a failing run.
cp "$RUN"/cache/nvim/lsp.log "$RUN"/state/nvim/lsp.log "$ART/" 2>/dev/null || true
[ "$rc" -eq 0 ] || echo "neovim e2e failed (exit $rc); see test/e2e/artifacts/neovim/" >&2
exit "$rc"
