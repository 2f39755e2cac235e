# Sourced by scripts/serve and scripts/test: installs only what is missing,
# from Debian, crates.io and the npm registry. Quick when all is there.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
# Where cargo builds (CARGO_TARGET_DIR is honoured).
CARGO_OUT="${CARGO_TARGET_DIR:-$ROOT/target}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_debian PACKAGE...: installs the Debian packages not yet installed.
APT_UPDATED=""
ensure_debian() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing from Debian: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# has COMMAND: is it on PATH? (Never pipe a missing command's output under
# `set -o pipefail`: the pipeline's 127 ends the script with no message.)
has() { command -v "$1" >/dev/null 2>&1; }

# channel_of FILE: the channel a rust-toolchain.toml pins.
channel_of() { sed -n 's/^channel *= *"\(.*\)"/\1/p' "$1"; }

# ensure_toolchain CHANNEL FILE: installs the toolchain FILE pins, if missing.
ensure_toolchain() {
  has rustup || { echo "rustup not found: install Rust with rustup first (https://rustup.rs)" >&2; exit 1; }
  local installed=""
  installed=$(rustup toolchain list 2>/dev/null) || installed=""
  if ! grep -q "^$1" <<<"$installed"; then
    say "Installing the Rust toolchain $1 ($2)"
    rustup toolchain install "$1" --profile minimal
  fi
}

# The toolchain named in rust-toolchain.toml, with rustfmt, clippy and the
# wasm32 target: a minimal rustup profile has neither rustfmt nor clippy.
TOOLCHAIN=$(channel_of "$ROOT/rust-toolchain.toml")
ensure_rust_wasm() {
  ensure_toolchain "$TOOLCHAIN" rust-toolchain.toml
  local components=""
  components=$(rustup component list --installed --toolchain "$TOOLCHAIN" 2>/dev/null) || components=""
  local c
  for c in rustfmt clippy; do
    if ! grep -q "^$c" <<<"$components"; then
      say "Adding $c to $TOOLCHAIN"
      rustup component add --toolchain "$TOOLCHAIN" "$c"
    fi
  done
  local targets=""
  targets=$(rustup target list --installed --toolchain "$TOOLCHAIN" 2>/dev/null) || targets=""
  if ! grep -qx wasm32-unknown-unknown <<<"$targets"; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown --toolchain "$TOOLCHAIN"
  fi
  has cargo || { echo "cargo not found after installing $TOOLCHAIN: is ~/.cargo/bin on PATH?" >&2; exit 1; }
}

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
ensure_wasm_bindgen() {
  local want have=""
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
  if has wasm-bindgen; then have=$(wasm-bindgen --version 2>/dev/null) || have=""; have=${have##* }; fi
  if [ "$have" != "$want" ]; then
    say "Installing wasm-bindgen-cli $want from crates.io (a few minutes, once)"
    # Not --locked: its lockfile pins a crate version crates.io no longer serves.
    cargo install --quiet wasm-bindgen-cli --version "$want"
  fi
}

# The release build splits the widget into the first step's module and the
# on-demand part (src/web/on_demand.rs) with wasm-split, pinned to the version
# whose runtime (wasm_split_helpers in Cargo.lock) it was tested with.
WASM_SPLIT_VERSION=0.2.4
ensure_wasm_split() {
  local have=""
  if has wasm-split-cli; then
    have=$(cargo install --list 2>/dev/null | awk '/^wasm_split_cli_support v/ { sub(/^v/, "", $2); sub(/:$/, "", $2); print $2 }') || have=""
  fi
  if [ "$have" != "$WASM_SPLIT_VERSION" ]; then
    say "Installing wasm-split $WASM_SPLIT_VERSION from crates.io (about 2 minutes, once)"
    cargo install --quiet --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
}

ensure_build_tools() {
  ensure_rust_wasm
  ensure_nightly_std
  # zopfli packs the modules (build-release.sh): 4% smaller than gzip -9.
  ensure_debian brotli gzip zopfli
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_npm_packages
}

ensure_node() {
  if ! has node || ! has npm; then ensure_debian nodejs npm; fi
}

# wasm-opt (binaryen 132: Debian's 108 cannot read current rustc output) and
# the end-to-end driver, both pinned in package-lock.json.
ensure_npm_packages() {
  ensure_node
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] \
     || [ ! -x "$ROOT/node_modules/.bin/esbuild" ] \
     || [ ! -d "$ROOT/node_modules/axe-core" ] || [ ! -x "$ROOT/node_modules/.bin/tsc" ] \
     || [ ! -d "$ROOT/node_modules/survey-js-ui" ] \
     || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing npm packages (wasm-opt, esbuild, playwright-core, axe-core, typescript, the FHIR validators, SurveyJS for the bench)"
    # playwright-core is only the driver: it uses Debian's chromium and never
    # downloads a browser of its own.
    (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  fi
}

# wasm-opt's settings for every shipped module (the widget and the bench's
# baseline): -Oz without binaryen's optimizing inliner, whose inlined copies
# compress worse (-26 KB gzip, keystroke latency unchanged), repeated until
# it stops shrinking.
WASM_OPT_FLAGS=(-Oz -sp inlining-optimizing --converge)
# The on-demand part is fetched after the first render, so its bytes on the
# wire count and its raw size (compiled in idle time) counts less: -O2
# measured -1.9 KB gzip and -2.8 KB brotli against -Oz, +53 KB raw.
WASM_OPT_PART_FLAGS=(-O2 -sp inlining-optimizing --converge)

ensure_browser() {
  ensure_debian chromium chromium-driver
}

# The FHIR validator's Python packages (tests/fhir/requirements.txt, from
# PyPI) in a venv under target/, remade only when the requirements change.
ensure_python_tools() {
  local venv="$ROOT/target/fhir-venv" req="$ROOT/tests/fhir/requirements.txt" want
  has python3 || ensure_debian python3
  python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_debian python3-venv
  want=$(sha256sum "$req" | cut -d' ' -f1)
  if [ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" != "$want" ]; then
    say "Installing the FHIR validator (fhir.resources) into target/fhir-venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
    echo "$want" > "$venv/.requirements.sha256"
  fi
}

# pdftotext, for reading back the printed plan in the end-to-end tests.
ensure_pdf_tools() {
  ensure_debian poppler-utils
}

# The dated nightly in fuzz/rust-toolchain.toml serves two builds: the fuzz
# targets (cargo-fuzz needs -Z flags) and the release widget, whose std is
# rebuilt for size (RELEASE_CARGO_FLAGS). Checks, tests and clippy stay on
# the stable toolchain of rust-toolchain.toml.
NIGHTLY=$(channel_of "$ROOT/fuzz/rust-toolchain.toml")
FUZZ_TOOLCHAIN=$NIGHTLY
# std, core and alloc built with the widget's own profile (opt-level "z",
# LTO with the widget, panic=abort) and std's optimize_for_size feature,
# instead of the prebuilt, speed-optimized std: measured -9.7 KB gzip on the
# first module and -2.3 KB on the part (docs/ARCHITECTURE.md, "Build").
RELEASE_CARGO_FLAGS=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
# And panic=immediate-abort: no panic machinery or messages in the bundle
# (measured -10.4 KB gzip on the first module, -5.0 KB on the part). A panic
# is then a trap with no hook; the crash panel follows from the trap
# (src/embed/crash.rs), as the e2e crash test proves on such a build.
# -Zlocation-detail=none: no file names and lines kept for panics that
# print nothing anyway (-1.4 KB gzip on the first module).
RELEASE_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
ensure_nightly_std() {
  ensure_toolchain "$NIGHTLY" "fuzz/rust-toolchain.toml, for the release build and the fuzz targets"
  local components=""
  components=$(rustup component list --installed --toolchain "$NIGHTLY" 2>/dev/null) || components=""
  if ! grep -q "^rust-src" <<<"$components"; then
    say "Adding rust-src to $NIGHTLY (the release build rebuilds std for size)"
    rustup component add --toolchain "$NIGHTLY" rust-src
  fi
}

CARGO_FUZZ_VERSION=0.13.2
ensure_fuzz_tools() {
  ensure_toolchain "$FUZZ_TOOLCHAIN" "fuzz/rust-toolchain.toml, for the fuzz targets"
  local have=""
  if has cargo-fuzz; then have=$(cargo-fuzz --version 2>/dev/null) || have=""; have=${have##* }; fi
  if [ "$have" != "$CARGO_FUZZ_VERSION" ]; then
    say "Installing cargo-fuzz $CARGO_FUZZ_VERSION from crates.io (about 3 minutes, once)"
    cargo install --quiet cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
}
