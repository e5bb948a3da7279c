# shellcheck shell=bash
# Installs whatever the project needs and is missing, printing each step and how long it
# took. Idempotent: a second run checks versions and installs nothing. Sourced by ./dev.
#
# What it installs, and where:
#   - the wasm32 target: `rustup target add` under a time limit; if rustup cannot reach
#     its server, Debian's rustc-web + rust-web-src (std built from source, see
#     shared TOOLCHAIN notes) — needs root for apt;
#   - Trunk 0.21.14 and wasm-bindgen-cli (the exact Cargo.lock version): `cargo install`
#     into ~/.cargo/bin, no root needed;
#   - wasm-opt (npm `binaryen`) and the test packages: `npm ci` into node_modules/;
#   - for tests only: Debian's chromium, chromium-driver and a CJK font (apt when root;
#     otherwise it stops and prints the command to run).

TRUNK_VERSION="0.21.14"
RUSTUP_TIMEOUT_SECONDS=180

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$PWD/node_modules/.bin:$CARGO_BIN:$PATH"
TOOLS_DIR="$PWD/.tools"
WASM_ENV_FILE="$TOOLS_DIR/wasm-env.sh"
APT_UPDATED=0

# step "description" command...: runs a command, printing its name and duration.
step() {
  local name="$1"
  shift
  local started
  started=$(date +%s)
  echo "==> $name"
  "$@"
  echo "    done in $(($(date +%s) - started)) s: $name"
}

note() { echo "    $*"; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# apt_install [--with-recommends] PACKAGE...: installs Debian packages (root only; others
# are told the exact command). Recommends are skipped unless asked for.
apt_install() {
  local recommends="--no-install-recommends"
  if [ "${1:-}" = "--with-recommends" ]; then
    recommends=""
    shift
  fi
  if ! is_root; then
    echo "error: missing system packages: $*" >&2
    echo "Run this once, then run the same command again:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y $*" >&2
    exit 1
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $recommends "$@"
}

ensure_cargo() {
  if command -v cargo >/dev/null 2>&1; then
    note "$(cargo --version)"
    return
  fi
  echo "error: no Rust toolchain found. Install rustup (https://rustup.rs), then run again:" >&2
  echo "    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh" >&2
  exit 1
}

ensure_rust_components() {
  if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
    note "rustfmt and clippy present"
    return
  fi
  timeout "$RUSTUP_TIMEOUT_SECONDS" rustup component add rustfmt clippy
}

# The wasm32 target. Writes $WASM_ENV_FILE with the environment a wasm build needs
# (empty on the ordinary rustup path).
ensure_wasm_target() {
  mkdir -p "$TOOLS_DIR"
  if [ "${RC_FORCE_DEBIAN_WASM:-0}" != "1" ] && command -v rustup >/dev/null 2>&1; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      note "wasm32-unknown-unknown installed (rustup)"
      : >"$WASM_ENV_FILE"
      return
    fi
    note "rustup target add wasm32-unknown-unknown (at most ${RUSTUP_TIMEOUT_SECONDS} s)"
    if timeout "$RUSTUP_TIMEOUT_SECONDS" rustup target add wasm32-unknown-unknown; then
      : >"$WASM_ENV_FILE"
      return
    fi
    note "rustup could not fetch the target; using Debian's rustc-web with build-std"
  fi
  ensure_debian_wasm
}

# Debian's rustc-web builds std for wasm32 from source (rust-web-src); rust-lld comes
# from rustup's host toolchain, or Debian's lld-19 when there is none.
ensure_debian_wasm() {
  local missing=()
  dpkg -s rustc-web >/dev/null 2>&1 || missing+=(rustc-web cargo-web)
  dpkg -s rust-web-src >/dev/null 2>&1 || missing+=(rust-web-src)
  local linker=""
  if command -v rustc >/dev/null 2>&1; then
    local host_lld
    host_lld="$(rustc --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"
    [ -x "$host_lld" ] && linker="$host_lld"
  fi
  if [ -z "$linker" ]; then
    command -v wasm-ld-19 >/dev/null 2>&1 || missing+=(lld-19)
    linker="wasm-ld-19"
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
  cat >"$WASM_ENV_FILE" <<EOF
export RUSTC=/usr/bin/rustc
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=$linker
EOF
  note "Debian path: $(/usr/bin/rustc --version), linker $linker"
  # Trunk builds offline; std's own dependencies must be in cargo's cache first.
  if [ ! -f "$TOOLS_DIR/debian-std-fetched" ]; then
    (
      # shellcheck disable=SC1090
      source "$WASM_ENV_FILE"
      cargo build --release --target wasm32-unknown-unknown --lib
    )
    touch "$TOOLS_DIR/debian-std-fetched"
  fi
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    note "trunk $TRUNK_VERSION present"
    return
  fi
  note "cargo install trunk $TRUNK_VERSION (about 10-13 min on 2 cores)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
}

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local version
  version="$(wasm_bindgen_lock_version)"
  if [ -z "$version" ]; then
    echo "error: wasm-bindgen not found in Cargo.lock" >&2
    exit 1
  fi
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
    note "wasm-bindgen $version present"
    return
  fi
  note "cargo install wasm-bindgen-cli $version (about 5-6 min on 2 cores)"
  # Without --locked: a locked dependency of this version is missing from the registry.
  cargo install wasm-bindgen-cli --version "$version"
}

ensure_node() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    note "node $(node --version), npm $(npm --version 2>/dev/null)"
    return
  fi
  apt_install nodejs npm
}

# npm ci when node_modules does not match package-lock.json.
ensure_npm_packages() {
  local stamp="node_modules/.package-lock.sha256"
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/wasm-opt ]; then
    note "node_modules matches package-lock.json"
    return
  fi
  npm ci --no-audit --no-fund
  echo "$want" >"$stamp"
}

ensure_browser() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  # Chinese text in screenshots needs a CJK font (users' systems have their own).
  if ! fc-list ':lang=zh' 2>/dev/null | grep -q .; then
    missing+=(fonts-noto-cjk)
  fi
  if [ ${#missing[@]} -eq 0 ]; then
    note "$(chromium --version 2>/dev/null | head -1), CJK font present"
    return
  fi
  # With recommends, as tested: Chromium's fonts and helpers come that way.
  apt_install --with-recommends "${missing[@]}"
}

# twiggy, for the benchmark's size profile only.
ensure_twiggy() {
  if command -v twiggy >/dev/null 2>&1; then
    note "$(twiggy --version)"
    return
  fi
  note "cargo install twiggy (a few minutes, once)"
  cargo install --locked twiggy
}

# setup_build: what building and serving the app needs.
setup_build() {
  step "Rust toolchain" ensure_cargo
  step "wasm32 target" ensure_wasm_target
  step "Trunk $TRUNK_VERSION" ensure_trunk
  step "wasm-bindgen CLI (Cargo.lock version)" ensure_wasm_bindgen
  step "Node.js" ensure_node
  step "npm packages (wasm-opt, test tools)" ensure_npm_packages
}

# setup_test: also what the tests need.
setup_test() {
  setup_build
  step "rustfmt and clippy" ensure_rust_components
  step "Chromium, ChromeDriver, CJK font" ensure_browser
}

# The environment for a wasm build (empty on the rustup path).
wasm_env() {
  # shellcheck disable=SC1090
  [ -f "$WASM_ENV_FILE" ] && source "$WASM_ENV_FILE"
  return 0
}
