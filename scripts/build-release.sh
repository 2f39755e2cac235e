#!/usr/bin/env bash
# Builds the release widget and demo page into dist/ (or RELEASE_OUT, with
# RELEASE_FEATURES added: scripts/test builds the crash test's release build so).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
ensure_build_tools

OUT="${RELEASE_OUT:-dist}"
say "Building the release widget"
# --features split: the on-demand part (src/web/on_demand.rs) becomes a module
# of its own, fetched right after the first render (docs/ARCHITECTURE.md, "Two
# modules"). build.rs keeps the relocations wasm-split needs.
# On the nightly, with std rebuilt for size (RELEASE_CARGO_FLAGS, setup.sh).
RUSTFLAGS="$RELEASE_RUSTFLAGS" cargo "+$NIGHTLY" build --quiet --release --target wasm32-unknown-unknown \
  --lib --features "split${RELEASE_FEATURES:+,$RELEASE_FEATURES}" "${RELEASE_CARGO_FLAGS[@]}"
rm -rf "$OUT"
mkdir -p $OUT/pkg $OUT/styles
split="$CARGO_OUT/wasm-split"
rm -rf "$split" && mkdir -p "$split"
wasm-split-cli --target web --out-name plan_composer \
  "$CARGO_OUT/wasm32-unknown-unknown/release/plan_composer.wasm" "$split"
# --keep-lld-exports: the part reaches the first module's memory, table and
# shared functions through those exports.
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir $OUT/pkg \
  "$split/plan_composer.wasm"
cp "$split"/__wasm_split.js $OUT/pkg/
cp "$split"/split_*.wasm $OUT/pkg/
# Code two modules share (the part and a language's words) is a chunk of
# its own, which the loader fetches first.
shopt -s nullglob
chunks=("$split"/chunk_*.wasm)
shopt -u nullglob
if [ ${#chunks[@]} -gt 0 ]; then cp "${chunks[@]}" $OUT/pkg/; fi
# Educator mode's notes, fetched only when a synthetic case is opened.
cp catalog/educator.json $OUT/pkg/educator.json
# The standard instruments, fetched in idle time right after the first render.
# Without the file's indentation and without each instrument's `source` and
# `terms`: the widget never shows them (2.7 KB of the 7.8 KB gzip); they stay
# in catalog/instruments.json, the record, where tests/instruments.rs checks
# every instrument cites both.
node -e 'const fs = require("fs"); const set = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); for (const i of set.instruments) { delete i.source; delete i.terms; } fs.writeFileSync(process.argv[2], JSON.stringify(set))' \
  catalog/instruments.json $OUT/pkg/instruments.json
# WASM_OPT_FLAGS (scripts/setup.sh). PROFILE_NAMES=1 also keeps copies with
# function names for twiggy.
for wasm in $OUT/pkg/*.wasm; do
  flags=("${WASM_OPT_FLAGS[@]}")
  if [ "$(basename "$wasm")" = split_on_demand.wasm ]; then flags=("${WASM_OPT_PART_FLAGS[@]}"); fi
  if [ -n "${PROFILE_NAMES:-}" ]; then
    mkdir -p target/bench
    "$ROOT/node_modules/.bin/wasm-opt" "${flags[@]}" --debuginfo --strip-dwarf \
      "$wasm" -o "target/bench/$(basename "$wasm" .wasm)_named.wasm"
  fi
  "$ROOT/node_modules/.bin/wasm-opt" "${flags[@]}" --strip-debug --strip-producers \
    "$wasm" -o "$wasm"
done
# The first module holds none of the reference language's on-demand words
# (locales/en.ftl below "## ON DEMAND", listed by build.rs): first-module code
# that reached them (Lang::words()) would keep them all there.
on_demand_words=$(ls -t "$CARGO_OUT"/wasm32-unknown-unknown/release/build/plan-composer-*/out/on-demand-words.txt | head -n 1)
leaked=$(LC_ALL=C grep -a -o -F -f "$on_demand_words" $OUT/pkg/plan_composer_bg.wasm | sort -u | head -n 5 || true)
if [ -n "$leaked" ]; then
  printf 'error: %s holds words of the on-demand part (locales/en.ftl, below "## ON DEMAND"), e.g.:\n%s\n' \
    "$OUT/pkg/plan_composer_bg.wasm" "$leaked" >&2
  echo 'First-module code reads them (Lang::words()): read them only in the part, or move the messages above "## ON DEMAND" in every locales/*.ftl.' >&2
  exit 1
fi
cp index.html demo.js $OUT/
cp styles/*.css $OUT/styles/
# The ways in besides mount(): the <plan-composer> element, the iframe page,
# their TypeScript declarations and an npm manifest (dist/ is vendorable as
# a package), and a demo page per way in.
cp js/plan-composer.js js/plan-composer.d.ts js/embed.js embed.html $OUT/
cp js/mount.d.ts $OUT/pkg/plan_composer.d.ts
cp js/package.json js/README.md $OUT/
cp -r demo $OUT/
# Synthetic sample cases, for the demo page's educator menu.
mkdir -p $OUT/samples
cp samples/*.json $OUT/samples/
# The glue and wasm-split's loader fetch the modules gzip-packed (written
# below) and unpack them (js/unpack-wasm.js): a server that sends .wasm as it
# is still sends them compressed.
node scripts/pack-wasm.mjs glue $OUT/pkg
# The widget's own JS and CSS, minified in place (esbuild, pinned in
# package-lock.json): measured -6.7 KB gzip on the first step's files
# (wasm-bindgen's glue alone 11.4 -> 7.8 KB). Exports and imports keep
# their names; the .d.ts files describe the same API.
# The glue is bundled with what it imports (wasm-split's loader, wasm-bindgen's
# inline snippets), so they come with it, not a round trip after it: on Fast
# 3G the module was compiled only once they were in, 100 ms after it arrived.
for f in $OUT/pkg/plan_composer.js $OUT/plan-composer.js $OUT/embed.js; do
  bundle=()
  if [ "$f" = $OUT/pkg/plan_composer.js ]; then bundle=(--bundle); fi
  # wasm-bindgen names __wasm_split.js twice in the imports (one namespace
  # per split point, the same module): harmless, so not reported.
  "$ROOT/node_modules/.bin/esbuild" "$f" "${bundle[@]}" --minify --format=esm --log-level=warning \
    --log-override:duplicate-object-key=silent --outfile="$f" --allow-overwrite
done
rm -r $OUT/pkg/__wasm_split.js $OUT/pkg/snippets
# Short import names in the first module and its glue (measured -5.3 KB
# gzip: 190 names of 16 hex digits each, spelled in both files).
# The copy with names for profiling gets the same names, to run with the glue.
named=()
if [ -n "${PROFILE_NAMES:-}" ]; then named=(target/bench/plan_composer_bg_named.wasm); fi
node scripts/minify-imports.mjs $OUT/pkg/plan_composer.js $OUT/pkg/plan_composer_bg.wasm "${named[@]}"
# Each module named (for a crash's stack) and packed beside itself:
# pkg/*.wasm.gz is what the widget fetches; the plain .wasm is for a browser
# without DecompressionStream. Zopfli (15 iterations, about 4 s in all)
# writes gzip 4% smaller than gzip -9: the first module 136,862 -> 131,275 B,
# the part 274,809 -> 262,917 B.
node scripts/pack-wasm.mjs modules $OUT/pkg
for f in $OUT/styles/*.css; do
  "$ROOT/node_modules/.bin/esbuild" "$f" --minify --log-level=warning --outfile="$f" --allow-overwrite
done
