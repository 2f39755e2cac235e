#!/usr/bin/env bash
# Does the README's set-up reach every install step on a machine that has none of
# the tools? Runs the set-up functions of a setup.sh (default: scripts/setup.sh)
# with PATH holding only stub commands that log and succeed: cargo, rustup, apt-get,
# npm, python3; dpkg-query reports nothing installed; no wasm-bindgen, brotli,
# chromium or node. Fails unless each install step shows in the log.
#   tests/setup/bare-machine.sh [SETUP_SH]
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
setup=$(readlink -f "${1:-$root/scripts/setup.sh}")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/scripts" "$work/bin" "$work/home" "$work/tests/fhir" "$work/fuzz"
cp "$setup" "$work/scripts/setup.sh"
cp "$root/Cargo.lock" "$root/rust-toolchain.toml" "$root/package-lock.json" "$work/"
cp "$root/tests/fhir/requirements.txt" "$work/tests/fhir/"
[ -f "$root/fuzz/rust-toolchain.toml" ] && cp "$root/fuzz/rust-toolchain.toml" "$work/fuzz/"
log="$work/stub.log"; : >"$log"

stub() { # stub NAME BODY: a command that logs its arguments, then runs BODY
  printf '#!/bin/bash\necho "%s $*" >> "%s"\n%s\n' "$1" "$log" "${2:-exit 0}" >"$work/bin/$1"
  chmod +x "$work/bin/$1"
}
for c in cargo rustup apt-get npm sudo; do stub "$c"; done
stub dpkg-query 'exit 1'
# python3 lacks venv until python3-venv is installed; `-m venv DIR` leaves a pip.
stub python3 'if [ "$1" = -m ] && [ "$2" = venv ]; then mkdir -p "$3/bin"; printf "#!/bin/bash\necho \"pip \$*\" >> %s\n" "'"$log"'" >"$3/bin/pip"; chmod +x "$3/bin/pip"; fi
[ "$1" = -c ] && exit 1; exit 0'
for c in bash env id dirname cat awk sed grep cut sha256sum mkdir rm cp ls head tail tr sort uniq wc printf test basename readlink chmod; do
  p=$(command -v "$c") && ln -sf "$p" "$work/bin/$c"
done

cd "$work" || exit 1
out=$(env -i HOME="$work/home" PATH="$work/bin" bash -c '
  set -euo pipefail
  source scripts/setup.sh
  ensure_build_tools
  ensure_browser
  ensure_pdf_tools
  ensure_python_tools
  ensure_fuzz_tools
  echo SETUP-REACHED-END' 2>&1); rc=$?

toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
fuzz_toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$root/fuzz/rust-toolchain.toml")
want=(
  "rustup toolchain install $toolchain"
  "rustup component add --toolchain $toolchain rustfmt"
  "rustup component add --toolchain $toolchain clippy"
  "rustup target add wasm32-unknown-unknown"
  "cargo install --quiet wasm-bindgen-cli"
  "cargo install --quiet --locked wasm_split_cli_support"
  "apt-get install .*brotli"
  "apt-get install .*zopfli"
  "apt-get install .*chromium chromium-driver"
  "apt-get install .*poppler-utils"
  "apt-get install .*nodejs npm"
  "apt-get install .*python3-venv"
  "npm ci"
  "pip install"
  "rustup toolchain install $fuzz_toolchain"
  "rustup component add --toolchain $fuzz_toolchain rust-src"
  "cargo install --quiet cargo-fuzz --version"
)
missing=()
for w in "${want[@]}"; do grep -q -- "$w" "$log" || missing+=("$w"); done
if [ $rc -ne 0 ] || ! grep -q SETUP-REACHED-END <<<"$out"; then
  echo "bare-machine set-up: dies (exit $rc); never reached: ${missing[*]:-nothing}"
  echo "last output: $(tail -n 2 <<<"$out")"
  exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'bare-machine set-up: never reached: %s\n' "${missing[@]}"; exit 1
fi
echo "bare-machine set-up: all ${#want[@]} install steps reached"
