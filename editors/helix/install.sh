#!/usr/bin/env bash
# Builds Helix's `hx` once from the shared source tarball into a cache outside the clone.
#   editors/helix/install.sh
# Environment:
#   HELIX_TARBALL   the source tarball (default: <repo>/../shared/third_party/helix-25.07.1.tar.gz)
#   HELIX_VERSION   25.07.1
#   HELIX_CACHE     where it is built (default: ${XDG_CACHE_HOME:-$HOME/.cache}/gpiot/helix-$HELIX_VERSION)
#   HELIX_NICE      nice level of the cargo build (default 10)
# The cache keeps bin/hx and runtime/ (what HELIX_RUNTIME points at: bin/../runtime); the
# unpacked source and its cargo target folder (~700 MB) are removed after the build.
# A second run only checks the tarball's sha256 and that the cached hx runs (well under a second).
# On success the last line of stdout is the path of hx; messages go to stderr.
# Exit 0 with "SKIPPED: ..." on stderr and nothing on stdout when the tarball is missing;
# exit 1 when the tarball's sha256 does not match or the build fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${HELIX_VERSION:-25.07.1}"
# The sha256 of helix-25.07.1.tar.gz, as shared/third_party/README.md gives it.
sha256_expected="cbfc831ae85f099a8ecf6fdfa8d09c6ea84c5ba40f5dd7159ecc9d3b95a8250f"
tarball="${HELIX_TARBALL:-$root/../shared/third_party/helix-$version.tar.gz}"
cache="${HELIX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gpiot/helix-$version}"
src="$cache/src"
hx="$cache/bin/hx"
runtime="$cache/runtime"
stamp="$cache/.built-from-sha256"

log() { echo "helix install: $*" >&2; }

if [ ! -f "$tarball" ]; then
  echo "SKIPPED: Helix source tarball not found at $tarball (shared/third_party/helix-$version.tar.gz beside the clone): no hx to test with" >&2
  exit 0
fi

sha256_actual="$(sha256sum "$tarball" | cut -d' ' -f1)"
if [ "$sha256_actual" != "$sha256_expected" ]; then
  log "sha256 mismatch for $tarball: expected $sha256_expected, got $sha256_actual"
  exit 1
fi

if [ -x "$hx" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sha256_expected" ] \
   && [ -d "$runtime/queries" ] && HELIX_RUNTIME="$runtime" "$hx" --version >/dev/null 2>&1; then
  log "cached: $("$hx" --version) in $cache"
  echo "$hx"
  exit 0
fi

command -v cargo >/dev/null 2>&1 || { log "cargo not found: a Rust toolchain is needed to build hx"; exit 1; }
log "building hx $version in $cache (first time only; ~10-20 min on 2 cores)"
rm -f "$stamp"
mkdir -p "$cache"
if [ ! -f "$src/Cargo.lock" ]; then
  tmp="$(mktemp -d "$cache/unpack.XXXXXX")"
  tar xzf "$tarball" -C "$tmp"
  # The tarball unpacks to one top folder (git archive --prefix) or to the tree itself.
  top="$tmp"
  if [ ! -f "$tmp/Cargo.lock" ]; then
    top="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
  fi
  [ -f "$top/Cargo.lock" ] || { log "no Cargo.lock in the unpacked tarball"; rm -rf "$tmp"; exit 1; }
  rm -rf "$src"
  mv "$top" "$src"
  rm -rf "$tmp"
fi
start=$(date +%s)
# Helix's rust-toolchain.toml pins a toolchain that is not installed: use stable. The
# tree-sitter grammars come from git: off (LSP features do not need them).
( cd "$src" && HELIX_DISABLE_AUTO_GRAMMAR_BUILD=1 RUSTUP_TOOLCHAIN="${HELIX_RUSTUP_TOOLCHAIN:-stable}" \
    nice -n "${HELIX_NICE:-10}" cargo build --release --locked -p helix-term >&2 )
rm -rf "$cache/bin" "$runtime"
mkdir -p "$cache/bin"
cp "$src/target/release/hx" "$hx"
cp -r "$src/runtime" "$runtime"
HELIX_RUNTIME="$runtime" "$hx" --version >/dev/null
rm -rf "$src"
echo "$sha256_expected" >"$stamp"
log "built $("$hx" --version) in $(( $(date +%s) - start )) s: $hx"
echo "$hx"
