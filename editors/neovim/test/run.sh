#!/usr/bin/env bash
# Headless Neovim end-to-end test of the GPIoT plugin.
#   test/run.sh [scripted|model|all]    (default: all)
# Environment: GPIOT_BIN (default: <repo>/target/release/gpiot), NVIM (default: nvim),
# GPIOT_E2E_MAX_TOKENS, GPIOT_E2E_TIMEOUT (seconds per mode; default 120 scripted, 900 model).
# Prints each check, then `N passed, M failed` over all modes; exits 1 if any check failed.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
plugin="$(cd "$here/.." && pwd)"
root="$(cd "$plugin/../.." && pwd)"
export GPIOT_BIN="${GPIOT_BIN:-$root/target/release/gpiot}"
nvim="${NVIM:-nvim}"
mode="${1:-all}"

if ! command -v "$nvim" >/dev/null 2>&1; then
  echo "nvim not found: install Neovim (Debian: apt-get install -y neovim)"
  echo "0 passed, 1 failed"
  exit 1
fi

total_pass=0
total_fail=0

run_mode() {
  local m="$1" limit log
  log="$(mktemp)"
  if [ "$m" = scripted ]; then
    limit="${GPIOT_E2E_TIMEOUT:-120}"
    export GPIOT_SCRIPTED_ENGINE="${GPIOT_SCRIPTED_ENGINE_FILE:-$here/../../../tests/fixtures/lsp/python_heart_rate.json}"
  else
    limit="${GPIOT_E2E_TIMEOUT:-900}"
    unset GPIOT_SCRIPTED_ENGINE
  fi
  echo "== neovim e2e: $m"
  # -u NONE: no user config; the plugin folder is the only addition to runtimepath.
  timeout --kill-after=10 "$limit" "$nvim" --headless -u NONE -i NONE -n \
    --cmd "set rtp^=$plugin" -c "luafile $here/e2e.lua" </dev/null >"$log" 2>&1
  local rc=$?
  cat "$log"
  local summary p f
  summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)"
  if [ -n "$summary" ]; then
    p="${summary%% passed*}"
    f="${summary#*passed, }"; f="${f%% failed*}"
  else
    p=0; f=1
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
      echo "FAIL - $m mode timed out after ${limit}s"
    else
      echo "FAIL - $m mode ended without a summary (exit $rc)"
    fi
  fi
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    f=1
    echo "FAIL - nvim exited with $rc"
  fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  rm -f "$log"
}

case "$mode" in
  scripted) run_mode scripted ;;
  model) run_mode model ;;
  all) run_mode scripted; run_mode model ;;
  *) echo "usage: $0 [scripted|model|all]"; exit 2 ;;
esac

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
