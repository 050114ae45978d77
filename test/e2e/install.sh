#!/usr/bin/env bash
# Installs everything the end-to-end tests need, offline (npm registry + Debian apt only), idempotently:
#   - apt: chromium, ripgrep, neovim and the toolchain code-server's native modules are built with;
#   - code-server 4.100.3 into .cache/code-server, with its downloading install scripts replaced by local builds;
#   - playwright-core and @vscode/vsce into .cache/e2e-tools (kept out of package.json so `npm ci` stays fast).
# Each step is skipped when its result is already present and working, so CI can call this on every run and
# a cached .cache/ makes it take seconds.
#
#   bash test/e2e/install.sh            # everything
#   SKIP_APT=1 bash test/e2e/install.sh # trust that the system packages are there
#   E2E_EMACS=1 bash test/e2e/install.sh  # also Emacs 28 + Eglot, for the optional third client
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE=${CORRESP_CACHE:-$ROOT/.cache}
CS_DIR=$CACHE/code-server
TOOLS_DIR=$CACHE/e2e-tools
CS_VERSION=4.100.3          # the newest code-server that accepts Node 20 (VS Code 1.100.3)
PLAYWRIGHT_VERSION=1.65.1   # speaks CDP to Debian's chromium
VSCE_VERSION=3.9.2

# code-server writes ~/.config/code-server and ~/.local/share/code-server unless told otherwise.
export XDG_CONFIG_HOME=$CACHE/xdg-config XDG_DATA_HOME=$CACHE/xdg-data

step() { printf '\n== %s\n' "$*"; }
# Native builds are chatty: their output goes to a log that is shown only when a step fails.
mkdir -p "$CACHE"
LOG=$CACHE/install.log
: > "$LOG"
quiet() { "$@" >>"$LOG" 2>&1 || { echo "failed: $*" >&2; tail -40 "$LOG" >&2; exit 1; }; }
elapsed() { echo "$(( $(date +%s) - $1 ))s"; }
T_ALL=$(date +%s)

# ------------------------------------------------------------------------------------------------- system packages
APT_PACKAGES=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
  ripgrep chromium fonts-liberation neovim)
[ -z "${E2E_EMACS:-}" ] || APT_PACKAGES+=(emacs-nox elpa-eglot)
if [ -z "${SKIP_APT:-}" ]; then
  # `apt-get install` of an installed package may upgrade it, so only ask for what is missing.
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt: ${missing[*]}"
    T=$(date +%s)
    SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    quiet $SUDO apt-get update -q
    quiet $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    echo "apt took $(elapsed "$T")"
  else
    step "apt: all packages present"
  fi
fi

node -v | grep -q '^v20\.' || { echo "code-server $CS_VERSION needs Node 20, found $(node -v)" >&2; exit 1; }
# node-gyp must find Node's headers locally: offline it cannot fetch them from nodejs.org.
NODEDIR=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
[ -f "$NODEDIR/include/node/node.h" ] || { echo "no Node headers in $NODEDIR/include/node (node-gyp would download them)" >&2; exit 1; }
export npm_config_nodedir=$NODEDIR
NODE_GYP=$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js
[ -f "$NODE_GYP" ] || NODE_GYP=$(npm prefix -g)/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js
[ -f "$NODE_GYP" ] || { echo "node-gyp not found next to npm" >&2; exit 1; }

# ------------------------------------------------------------------------------------------------- code-server
CODE_SERVER=$CS_DIR/node_modules/.bin/code-server
NATIVE_MODULES=(@parcel/watcher @vscode/deviceid @vscode/spdlog kerberos native-watchdog node-pty)
code_server_works() {
  [ "$(cat "$CS_DIR/.installed" 2>/dev/null)" = "$CS_VERSION" ] || return 1
  "$CODE_SERVER" --version 2>/dev/null | grep -q "^$CS_VERSION " || return 1
  (cd "$CS_DIR/node_modules/code-server/lib/vscode" &&
    node -e 'for (const m of process.argv.slice(1)) require("./node_modules/" + m)' "${NATIVE_MODULES[@]}") || return 1
  node -e 'require(process.argv[1])' "$CS_DIR/node_modules/argon2" || return 1
}
if code_server_works; then
  step "code-server $CS_VERSION: already installed in $CS_DIR"
else
  step "code-server $CS_VERSION -> $CS_DIR"
  T=$(date +%s)
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"corresp-code-server","private":true}' > "$CS_DIR/package.json"
  # Its postinstall downloads prebuilt binaries from GitHub (unreachable) and refuses root: do its steps by hand.
  (cd "$CS_DIR" && quiet npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION")
  VS=$CS_DIR/node_modules/code-server/lib/vscode

  # argon2 is loaded at startup even with --auth none; node-pre-gyp builds it from source (plain node-gyp cannot).
  (cd "$CS_DIR/node_modules/argon2" && quiet node ../@mapbox/node-pre-gyp/bin/node-pre-gyp rebuild)

  (cd "$VS" && quiet npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
  for m in "${NATIVE_MODULES[@]}"; do
    echo "building $m"
    (cd "$VS/node_modules/$m" && quiet node "$NODE_GYP" rebuild --nodedir="$NODEDIR" -j "$(nproc)")
  done
  # @vscode/ripgrep downloads rg from GitHub; Debian's 13.x is the same major version.
  mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
  cp "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
  # The symlinks code-server's postinstall.sh makes.
  (cd "$VS" && rm -rf node_modules.asar && ln -s node_modules node_modules.asar)
  (cd "$VS/bin/remote-cli" && rm -f code-server && ln -s code-linux.sh code-server)
  (cd "$VS/bin/helpers" && rm -f browser.sh && ln -s browser-linux.sh browser.sh)
  # Built-in extensions share one typescript install; their postinstall prunes it.
  (cd "$VS/extensions" && quiet npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error &&
    quiet node postinstall.mjs)
  echo "$CS_VERSION" > "$CS_DIR/.installed"
  code_server_works || { echo "code-server installed but does not start or load its native modules" >&2; exit 1; }
  echo "code-server took $(elapsed "$T")"
fi

# ------------------------------------------------------------------------------------------------- test tooling
tools_work() {
  [ "$(cat "$TOOLS_DIR/.installed" 2>/dev/null)" = "$PLAYWRIGHT_VERSION $VSCE_VERSION" ] || return 1
  (cd "$TOOLS_DIR" && node -e 'require("playwright-core")' && node node_modules/@vscode/vsce/vsce --version >/dev/null) || return 1
}
if tools_work; then
  step "playwright-core $PLAYWRIGHT_VERSION, @vscode/vsce $VSCE_VERSION: already installed in $TOOLS_DIR"
else
  step "playwright-core $PLAYWRIGHT_VERSION, @vscode/vsce $VSCE_VERSION -> $TOOLS_DIR"
  T=$(date +%s)
  rm -rf "$TOOLS_DIR"; mkdir -p "$TOOLS_DIR"
  echo '{"name":"corresp-e2e-tools","private":true}' > "$TOOLS_DIR/package.json"
  # keytar's and vsce-sign's install scripts are only for publishing and signing; `vsce package` does not need them.
  (cd "$TOOLS_DIR" && quiet npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
    "playwright-core@$PLAYWRIGHT_VERSION" "@vscode/vsce@$VSCE_VERSION")
  echo "$PLAYWRIGHT_VERSION $VSCE_VERSION" > "$TOOLS_DIR/.installed"
  tools_work || { echo "test tooling installed but does not load" >&2; exit 1; }
  echo "tooling took $(elapsed "$T")"
fi

step "ready: $("$CODE_SERVER" --version | head -1 | cut -d' ' -f1-2), $(chromium --version 2>/dev/null | head -1), $(nvim --version | head -1) — install.sh took $(elapsed "$T_ALL")"
