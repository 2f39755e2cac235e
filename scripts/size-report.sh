#!/usr/bin/env bash
# Prints the shipped size of the release build in dist/: raw, gzip -9 and
# brotli bytes of each file the widget loads, in two groups: what a host
# page loads before the first step is usable (through the element: its
# module, the widget's module and glue, the stylesheet)
# and what follows on demand right after the first render. A page that
# mounts with mount() skips plan-composer.js; the iframe page loads embed.js
# in its place.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_debian brotli gzip
cd "$ROOT/dist"
# The modules as fetched: gzip-packed (pkg/*.wasm.gz; the plain .wasm beside
# each is only for a browser without DecompressionStream).
# The glue holds wasm-split's loader and wasm-bindgen's snippets (bundled).
first=(plan-composer.js pkg/plan_composer.js pkg/plan_composer_bg.wasm.gz styles/widget.css)
# The part, each other language's words, the code they share (chunks) and
# the instruments, all fetched in idle time after the first render.
mapfile -t later < <(ls pkg/split_*.wasm.gz pkg/chunk_*.wasm.gz pkg/instruments.json 2>/dev/null)

row() { printf '%-30s %10s %10s %10s\n' "$@"; }
# group NAME FILES...: prints each file and the group's total; sets gz_sum.
group() {
  local name=$1 raw gz br sum_raw=0 sum_gz=0 sum_br=0
  shift
  for f in "$@"; do
    raw=$(wc -c <"$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    br=$(brotli -c -q 11 "$f" | wc -c)
    row "$f" "$raw" "$gz" "$br"
    sum_raw=$((sum_raw + raw)) sum_gz=$((sum_gz + gz)) sum_br=$((sum_br + br))
  done
  row "= $name" "$sum_raw" "$sum_gz" "$sum_br"
  gz_sum=$sum_gz br_sum=$sum_br raw_sum=$sum_raw
}

printf '\nShipped size of the widget (release build)\n'
row file raw gzip brotli
group "first step (critical path)" "${first[@]}"
first_gz=$gz_sum first_br=$br_sum first_raw=$raw_sum
group "on demand (after first render)" "${later[@]}"
row "= whole session" $((first_raw + raw_sum)) $((first_gz + gz_sum)) $((first_br + br_sum))
# A widget mounted in another language waits for that language's words (and
# the chunks they need) before its first render.
gz_of() { local sum=0 f; for f in "$@"; do sum=$((sum + $(gzip -9 -c "$f" | wc -c))); done; echo $sum; }
shopt -s nullglob
chunks=(pkg/chunk_*.wasm.gz)
for words in pkg/split_words_*.wasm.gz; do
  tag=${words#pkg/split_words_locale_}
  printf '(first step in the language "%s": %d bytes gzip, with %s and its chunks)\n' \
    "${tag%.wasm.gz}" $((first_gz + $(gz_of "$words" "${chunks[@]}"))) "$words"
done
shopt -u nullglob
printf '(embed.js, the iframe page'"'"'s script in place of plan-composer.js: %d bytes gzip)\n\n' \
  "$(gzip -9 -c embed.js | wc -c)"
