#!/usr/bin/env bash
# Prints the shipped size of the release build in dist/: raw, gzip -9 and
# brotli bytes of each file a host page loads, and the total (the element's
# module and the iframe page's script are counted too, although a page loads
# one of them at most).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_debian brotli gzip
cd "$ROOT/dist"
files=(pkg/plan_composer_bg.wasm pkg/plan_composer.js styles/widget.css plan-composer.js embed.js)
printf '\nShipped size of the widget (release build)\n'
printf '%-28s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -c -q 11 "$f" | wc -c)
  printf '%-28s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
done
printf '%-28s %10d %10d %10d\n\n' total "$total_raw" "$total_gz" "$total_br"
