#!/usr/bin/env bash
# End-to-end test of GPIoT in the real Helix (`hx`), driven through tmux with the keys a user types.
#   editors/helix/test/run.sh [scripted|model|all]    (default: all)
#
# For each action (Decompose into tasks, Generate IoT pipeline, Decompose while the user types a
# line): a temporary HOME and
# XDG_CONFIG_HOME hold helix/languages.toml (editors/helix/languages.toml, with the engine
# settings of the mode added under [language-server.gpiot.config.gpiot]) and helix/config.toml;
# `gpiot` is put on PATH (a link to GPIOT_BIN). tmux runs `hx heart_rate.py` on a copy of
# examples/heart_rate.py; the test waits for gpiot to start, presses `space a` on the
# requirement (line 1), moves down the menu to the action, presses Enter, waits until Helix has
# applied the server's workspace/applyEdit, saves with `:w`, quits with `:q` and checks the file
# (check_file.py: requirement intact, stubs or code below it, valid Python; scripted: the exact
# function names). It also checks that `hx --health python` lists gpiot, and reads Helix's log
# (-v: every LSP message) for what Helix did: its capabilities, the progress it was sent, the
# versioned edit and its answer. On a failure it prints the pane and the end of the log.
#
# Environment:
#   GPIOT_BIN              the gpiot binary (default: <repo>/target/release/gpiot)
#   HX                     the hx binary (default: what editors/helix/install.sh builds or finds
#                          in its cache; when that prints SKIPPED, so does this test)
#   HELIX_RUNTIME          Helix's runtime folder (default: the runtime/ beside hx's bin/, as
#                          install.sh lays out its cache)
#   GPIOT_E2E_MAX_TOKENS   maxTokens (default 256 scripted, 384 model)
#   GPIOT_E2E_TIMEOUT      seconds to wait for one action's edit (default 120 scripted, 1200 model)
#   GPIOT_E2E_START_TIMEOUT  seconds to wait for hx and gpiot to start (default 60)
#   HELIX_E2E_ACTIONS      which actions to run: decompose, generate, typing (Decompose, and the
#                          user types a line while it runs). Default: all three scripted,
#                          "decompose generate" on the model
#   HELIX_E2E_TOKEN_DELAY_MS  scripted engine: delay per 4-byte chunk, so the run lasts long
#                          enough to see its progress and to type during it (default 10)
#   GPIOT_E2E_KEEP         set: keep the temporary folders (kept anyway on a failure)
# Prints one line per check, `# ...` notes, and `N passed, M failed` over all modes; exits 1
# if a check failed. Prints `SKIPPED: ...` and exits 0 when there is no hx and no tarball.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
helix_dir="$(cd "$here/.." && pwd)"
root="$(cd "$helix_dir/../.." && pwd)"
export GPIOT_BIN="${GPIOT_BIN:-$root/target/release/gpiot}"
python="${PYTHON:-python3}"
mode="${1:-all}"
start_timeout="${GPIOT_E2E_START_TIMEOUT:-60}"
script_src="$root/tests/fixtures/lsp/python_heart_rate.json"
example="$root/examples/heart_rate.py"

total_pass=0
total_fail=0
check() { # check NAME OK [DETAIL]
  if [ "$2" = 0 ]; then
    echo "ok - $1"
    total_pass=$((total_pass + 1))
  else
    echo "FAIL - $1${3:+: $3}"
    total_fail=$((total_fail + 1))
  fi
  return "$2"
}
note() { echo "# $*"; }
finish() {
  echo "$total_pass passed, $total_fail failed"
  [ "$total_fail" = 0 ]
  exit $?
}

for tool in tmux "$python"; do
  command -v "$tool" >/dev/null 2>&1 || { check "$tool is installed" 1 "Debian: apt-get install -y $tool"; finish; }
done

hx="${HX:-}"
if [ -z "$hx" ]; then
  hx="$("$helix_dir/install.sh" | tail -n 1)" || { check "editors/helix/install.sh builds hx" 1; finish; }
  if [ -z "$hx" ]; then
    # install.sh printed the reason (SKIPPED: ...) on stderr.
    echo "SKIPPED: Helix end-to-end test ($mode): no hx (see the SKIPPED line above)"
    exit 0
  fi
fi
export HELIX_RUNTIME="${HELIX_RUNTIME:-$(cd "$(dirname "$hx")/.." && pwd)/runtime}"
check "hx runs ($hx)" "$( "$hx" --version >/dev/null 2>&1; echo $?)" || finish
check "gpiot binary is executable" "$( [ -x "$GPIOT_BIN" ]; echo $?)" "$GPIOT_BIN" || finish
note "$("$hx" --version), runtime $HELIX_RUNTIME"

# What the test environment keeps: the real cache dir, so gpiot finds its installed model as it
# would for the user (the temporary HOME would hide it).
real_cache="${XDG_CACHE_HOME:-$HOME/.cache}"

sock="gpiot-helix-e2e-$$"
tm() { tmux -L "$sock" "$@"; }
pane() { tm capture-pane -p -t hx 2>/dev/null; }
cleanup() { tm kill-server >/dev/null 2>&1; }
trap cleanup EXIT

# wait_for SECONDS COMMAND...: polls COMMAND every 0.2 s until it succeeds or time runs out.
wait_for() {
  local limit="$1" start
  shift
  start=$(date +%s)
  until "$@"; do
    [ $(( $(date +%s) - start )) -ge "$limit" ] && return 1
    sleep 0.2
  done
}
pane_has() { pane | grep -qF -- "$1"; }
log_has() { grep -qF -- "$1" "$log" 2>/dev/null; }
# hx runs under a small sh that writes its exit status to $tmp/hx.status: tmux's own
# #{pane_dead_status} came back empty for a pane it had marked dead (tmux 3.3a, intermittently).
hx_exited() { [ -s "$tmp/hx.status" ]; }
hx_status() { cat "$tmp/hx.status" 2>/dev/null; }

dump() {
  echo "--- pane ---"
  pane | sed 's/^/| /'
  echo "--- helix log: the last gpiot lines ($log) ---"
  grep -E 'gpiot|ERROR|WARN' "$log" 2>/dev/null | tail -n 25 | cut -c1-400 | sed 's/^/| /'
  echo "---"
}

# Writes the Helix config of one run into $tmp/config/helix.
write_config() { # write_config MODE MAX_TOKENS
  mkdir -p "$tmp/config/helix" "$tmp/home" "$tmp/bin" "$tmp/project"
  ln -sf "$GPIOT_BIN" "$tmp/bin/gpiot"
  local extra=("maxTokens = $2")
  if [ "$1" = scripted ]; then
    # The fixture with a delay per chunk (its rules answer at once).
    "$python" - "$script_src" "$tmp/script.json" "${HELIX_E2E_TOKEN_DELAY_MS:-10}" <<'EOF' || return 1
import json, sys
script = json.load(open(sys.argv[1], encoding="utf-8"))
for rule in script["rules"]:
    rule["token_delay_ms"] = int(sys.argv[3])
json.dump(script, open(sys.argv[2], "w", encoding="utf-8"), indent=1)
EOF
    extra+=('engine = "scripted"' "scriptPath = \"$tmp/script.json\"")
  fi
  "$python" - "$helix_dir/languages.toml" "$tmp/config/helix/languages.toml" "${extra[@]}" <<'EOF' || return 1
import sys, tomllib
src, dst, *extra = sys.argv[1:]
text = open(src, encoding="utf-8").read()
header = "[language-server.gpiot.config.gpiot]\n"
if header not in text:
    sys.exit(f"{src} has no {header.strip()} table")
text = text.replace(header, header + "# added by editors/helix/test/run.sh\n" + "".join(l + "\n" for l in extra), 1)
tomllib.loads(text)
open(dst, "w", encoding="utf-8").write(text)
EOF
  # The one setting the README recommends: progress messages in the statusline, not only the
  # spinner.
  cat >"$tmp/config/helix/config.toml" <<'EOF'
[editor.lsp]
display-progress-messages = true
EOF
}

# The environment hx runs in: the user's config, cache and state untouched.
hx_env() {
  env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" \
    XDG_CACHE_HOME="$real_cache" HELIX_RUNTIME="$HELIX_RUNTIME" PATH="$tmp/bin:$PATH" "$@"
}

run_action() { # run_action MODE ACTION
  local m="$1" action="$2" title timeout max_tokens ok=0
  case "$action" in
    decompose|typing) title="Decompose into tasks" ;;
    generate) title="Generate IoT pipeline" ;;
    *) check "known action $action" 1; return ;;
  esac
  if [ "$m" = scripted ]; then
    timeout="${GPIOT_E2E_TIMEOUT:-120}"; max_tokens="${GPIOT_E2E_MAX_TOKENS:-256}"
  else
    timeout="${GPIOT_E2E_TIMEOUT:-1200}"; max_tokens="${GPIOT_E2E_MAX_TOKENS:-384}"
  fi
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/gpiot-helix-e2e.XXXXXX")"
  log="$tmp/helix.log"
  local file="$tmp/project/heart_rate.py"
  echo "== helix e2e: $m, $title$( [ "$action" = typing ] && echo ', typing a line meanwhile') (maxTokens $max_tokens, timeout ${timeout}s)"
  write_config "$m" "$max_tokens" || { check "the test's languages.toml is written" 1; return; }
  cp "$example" "$file"
  local t0 t1
  t0=$(date +%s)

  local health
  health="$(cd "$tmp/project" && hx_env "$hx" --health python 2>&1)"
  check "hx --health python lists gpiot (found on PATH)" \
    "$(printf '%s\n' "$health" | grep -qE "gpiot: .*$tmp/bin/gpiot"; echo $?)" "$(printf '%s' "$health" | tr '\n' '|')"

  # tmux runs the command through sh: pass the environment explicitly.
  tm -f /dev/null new-session -d -s hx -x 110 -y 40 -c "$tmp/project" \
    env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" \
    XDG_CACHE_HOME="$real_cache" HELIX_RUNTIME="$HELIX_RUNTIME" PATH="$tmp/bin:$PATH" \
    sh -c '"$@"; echo $? >"$0"' "$tmp/hx.status" "$hx" -v --log "$log" heart_rate.py
  tm set-option -t hx remain-on-exit on >/dev/null
  tm set-option -s escape-time 0 >/dev/null

  check "hx shows heart_rate.py" "$(wait_for "$start_timeout" pane_has "Requirement: samples"; echo $?)" || ok=1
  # gpiot has answered initialize and been sent the file.
  check "gpiot starts and is sent the file (didOpen)" \
    "$(wait_for "$start_timeout" log_has 'gpiot -> {"jsonrpc":"2.0","method":"textDocument/didOpen"'; echo $?)" || ok=1
  if [ "$ok" = 0 ]; then
    # The cursor is on line 1, the requirement. space a: the code actions menu.
    local tries=0 menu=""
    while [ $tries -lt 5 ]; do
      tm send-keys -t hx Space a
      if wait_for 10 pane_has "$title"; then menu="$(pane)"; break; fi
      # "No code actions available" while the server is still starting: try again.
      tm send-keys -t hx Escape
      sleep 1
      tries=$((tries + 1))
    done
    if check "space a on the requirement opens a menu with \"$title\"" "$( [ -n "$menu" ]; echo $?)"; then
      # The menu lists the titles one a row, the first one selected: count the rows to go down.
      local items first row downs
      items="$(printf '%s\n' "$menu" | grep -nE 'Decompose into tasks|Implement all tasks|Generate IoT pipeline|Implement task')"
      note "menu (a popup over the text below the cursor): $(printf '%s\n' "$items" | grep -oE 'Decompose into tasks|Implement all tasks|Generate IoT pipeline|Implement task' | paste -sd '|' -)"
      first="$(printf '%s\n' "$items" | head -n 1 | cut -d: -f1)"
      row="$(printf '%s\n' "$items" | grep -F "$title" | head -n 1 | cut -d: -f1)"
      downs=$((row - first))
      for _ in $(seq 1 "$downs"); do tm send-keys -t hx Down; done
      # The selected item is drawn reversed (SGR 7).
      selected() { tm capture-pane -p -e -t hx | grep -qE $'\e\\[7m(\e\\[[0-9;]*m)* ?'"$title"; }
      check "the menu selects \"$title\" ($downs x Down)" "$(wait_for 5 selected; echo $?)" || true
      local start seen_progress="" line typed="" command="gpiot.${action/typing/decompose}"
      start=$(date +%s)
      tm send-keys -t hx Enter
      check "Enter runs workspace/executeCommand $command" \
        "$(wait_for 10 log_has "\"command\":\"$command\""; echo $?)" || ok=1
      # Poll the pane while waiting: the statusline shows the progress messages.
      # Until Helix answers the edit, or the command ends without one (nothing to insert).
      command_done() { grep -qE '"result":\{"applied":|gpiot <- \{"jsonrpc":"2.0","result":\{.*"status":"' "$log"; }
      while ! command_done; do
        line="$(pane | grep -E '^ *gpiot: ' | tail -n 1 | sed -E 's/^ +//; s/ +$//')"
        # Every distinct statusline message, in order.
        if [ -n "$line" ] && ! printf '%s\n' "$seen_progress" | grep -qxF -- "$line"; then
          seen_progress="${seen_progress:+$seen_progress
}$line"
        fi
        if [ "$action" = typing ] && [ -z "$typed" ] && [ -n "$line" ]; then
          # While it runs: go to the first line, open a line above it, type an import, back to
          # normal mode. Helix continues a comment on `O`/`o` (a "# " would make the line part
          # of the requirement): two backspaces take that prefix off again.
          tm send-keys -t hx g g O BSpace BSpace 'import math' Escape
          typed=yes
        fi
        [ $(( $(date +%s) - start )) -ge "$timeout" ] && break
        hx_exited && break
        sleep 0.2
      done
      t1=$(date +%s)
      check "Helix applies the server's edit (workspace/applyEdit answered applied: true)" \
        "$(log_has 'gpiot <- {"jsonrpc":"2.0","result":{"applied":true' || grep -qE 'gpiot -> \{"jsonrpc":"2.0","result":\{"applied":true' "$log"; echo $?)" \
        "$(grep -oE '"result":\{"applied":[^}]*\}' "$log" | head -n 1) after $((t1 - start)) s" || ok=1
      note "the edit landed $((t1 - start)) s after Enter"
      [ -n "$seen_progress" ] && note "statusline during the run: $(printf '%s\n' "$seen_progress" | paste -sd '|' - | sed 's/|/ | /g')"
      note "statusline after it: $(pane | tail -n 1 | sed -E 's/^ +//; s/ +$//')"
      check "the statusline showed the server's progress (gpiot: ...)" "$( [ -n "$seen_progress" ]; echo $?)" || true
      check "the buffer shows the new code and is modified ([+])" \
        "$(wait_for 10 pane_has "[+]"; echo $?)" || ok=1
      local before
      before="$(cksum <"$file")"
      tm send-keys -t hx ':w' Enter
      file_changed() { [ "$(cksum <"$file")" != "$before" ]; }
      check ":w writes the file" "$(wait_for 20 file_changed; echo $?)" || ok=1
      tm send-keys -t hx ':q' Enter
      check ":q quits hx (nothing left unsaved), exit status 0" \
        "$(wait_for 20 hx_exited && [ "$(hx_status)" = 0 ]; echo $?)" \
        "$(hx_exited && echo "exit status $(hx_status)" || echo "still running after 20 s")" || ok=1
      local out rc
      if [ "$action" = typing ]; then
        check "the line typed during the run is kept, above the requirement" "$(head -n 1 "$file" | grep -qx 'import math'; echo $?)" "$(head -n 2 "$file" | tr '\n' '|')" || ok=1
        check "the server's edit names a version after the typing (> 0)" \
          "$(grep -F '"method":"workspace/applyEdit"' "$log" | grep -qE '"version":[1-9]'; echo $?)" || ok=1
      fi
      out="$("$python" "$here/check_file.py" "$file" "$example" "${action/typing/decompose}" "$m" 2>&1)"
      rc=$?
      printf '%s\n' "$out"
      total_pass=$((total_pass + $(printf '%s\n' "$out" | grep -c '^ok - ')))
      total_fail=$((total_fail + $(printf '%s\n' "$out" | grep -c '^FAIL - ')))
      if [ "$rc" != 0 ] && ! printf '%s\n' "$out" | grep -q '^FAIL - '; then
        check "check_file.py ran" 1 "$out"
      fi
      [ "$rc" = 0 ] || ok=1
    else
      ok=1
    fi
  fi
  # What Helix did on the wire (its -v log): the capabilities it announced, the progress it got,
  # the version on the server's edit.
  local init caps
  init="$(grep -F 'gpiot -> {"jsonrpc":"2.0","method":"initialize"' "$log" | head -n 1)"
  caps="$(printf '%s' "$init" | grep -oE '"workDoneProgress":(true|false)' | head -n 1), $(printf '%s' "$init" | grep -oE '"documentChanges":(true|false)' | head -n 1), $(printf '%s' "$init" | grep -oE '"codeActionLiteralSupport"' | head -n 1)"
  note "Helix's initialize: $caps"
  local created progress edit_version doc_versions
  created="$(grep -cF '"method":"window/workDoneProgress/create"' "$log")"
  progress="$(grep -cF '"method":"$/progress"' "$log")"
  note "window/workDoneProgress/create: $created, \$/progress notifications: $progress"
  edit_version="$(grep -F '"method":"workspace/applyEdit"' "$log" | grep -oE '"textDocument":\{[^}]*\}' | head -n 1)"
  doc_versions="didOpen version $(grep -F '"method":"textDocument/didOpen"' "$log" | grep -oE '"version":[0-9]+' | head -n 1 | cut -d: -f2), $(grep -cF '"method":"textDocument/didChange"' "$log") didChange up to version $(grep -F '"method":"textDocument/didChange"' "$log" | grep -oE '"version":[0-9]+' | tail -n 1 | cut -d: -f2)"
  edit_version="${edit_version##*,}"
  note "the server's applyEdit names ${edit_version%\}}; Helix sent $doc_versions and answered $(grep -oE '"result":\{"applied":[^}]*\}' "$log" | head -n 1 | cut -d: -f2-)"
  note "the command ended: $(grep -E 'gpiot <- \{"jsonrpc":"2.0","result":\{.*"status":"' "$log" | grep -oE '"status":"[A-Za-z]+"' | head -n 1)"
  if [ "$ok" != 0 ]; then
    dump
    note "kept: $tmp"
  elif [ -z "${GPIOT_E2E_KEEP:-}" ]; then
    rm -rf "$tmp"
  else
    note "kept: $tmp"
  fi
  tm kill-server >/dev/null 2>&1
}

run_mode() {
  local a actions
  if [ "$1" = scripted ]; then actions="${HELIX_E2E_ACTIONS:-decompose generate typing}"; else actions="${HELIX_E2E_ACTIONS:-decompose generate}"; fi
  if [ "$1" = model ]; then
    local model_path
    model_path="$("$GPIOT_BIN" model path 2>&1)"
    check "the model is installed (gpiot model path)" "$( [ -f "$model_path" ]; echo $?)" "$model_path" || return
  fi
  for a in $actions; do run_action "$1" "$a"; done
}

case "$mode" in
  scripted|model) run_mode "$mode" ;;
  all) run_mode scripted; run_mode model ;;
  *) echo "usage: $0 [scripted|model|all]" >&2; exit 2 ;;
esac
finish
