#!/usr/bin/env bash
# Builds the release widget and demo page into dist/.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
ensure_build_tools

say "Building the release widget"
cargo build --quiet --release --target wasm32-unknown-unknown --lib
rm -rf dist
mkdir -p dist/pkg dist/styles
wasm-bindgen --target web --no-typescript --out-dir dist/pkg \
  "$CARGO_OUT/wasm32-unknown-unknown/release/plan_composer.wasm"
# WASM_OPT_FLAGS (scripts/setup.sh). PROFILE_NAMES=1 also keeps a copy with
# function names for twiggy.
if [ -n "${PROFILE_NAMES:-}" ]; then
  mkdir -p target/bench
  "$ROOT/node_modules/.bin/wasm-opt" "${WASM_OPT_FLAGS[@]}" --debuginfo --strip-dwarf \
    dist/pkg/plan_composer_bg.wasm -o target/bench/plan_composer_named.wasm
fi
"$ROOT/node_modules/.bin/wasm-opt" "${WASM_OPT_FLAGS[@]}" --strip-debug --strip-producers \
  dist/pkg/plan_composer_bg.wasm -o dist/pkg/plan_composer_bg.wasm
cp index.html demo.js dist/
cp styles/*.css dist/styles/
# The ways in besides mount(): the <plan-composer> element, the iframe page,
# their TypeScript declarations and an npm manifest (dist/ is vendorable as
# a package), and a demo page per way in.
cp js/plan-composer.js js/plan-composer.d.ts js/embed.js embed.html dist/
cp js/mount.d.ts dist/pkg/plan_composer.d.ts
cp js/package.json js/README.md dist/
cp -r demo dist/
# Synthetic sample cases, for the demo page's educator menu.
mkdir -p dist/samples
cp samples/*.json dist/samples/
