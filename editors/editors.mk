# Editor integrations: included by the root Makefile (which defines BIN and PYTHON).
#   make editors         build the VS Code extension: editors/vscode/dist/gpiot.vsix (again only
#                        when its sources change)
#   make editors-test    (part of `make test`) VS Code unit tests, Helix snippet check, Neovim end-to-end (scripted
#                        engine, then the real model), VS Code end-to-end in code-server (the real model)
#   make editors-test-fast   the same without the real model
#   make editors-e2e-vscode  the extension in code-server (VS Code in the browser), driven by headless
#                        Chromium through playwright-core: Ctrl+. on a requirement, "Decompose into
#                        tasks" on the real model, the stubs checked in the editor and on disk, a
#                        screenshot in editors/vscode/e2e/screenshot.png (~1 min). The first run also
#                        installs Debian's chromium, ripgrep and libkrb5-dev, and code-server from npm
#                        with its native modules built here (editors/vscode/e2e/install.sh, ~2-3 min:
#                        the npm registry and Debian only, no GitHub download).
#   make editors-e2e-vscode-scripted   the same on the scripted engine (~20 s once installed)
#   make editors-e2e-helix   the real Helix (`hx`) in tmux: `space a` on the requirement, "Decompose
#                        into tasks" and "Generate IoT pipeline", `:w`, the file checked; on the
#                        scripted engine (exact names), then the installed model (structure only).
#                        editors-e2e-helix-scripted / editors-e2e-helix-model run one of the two.
#   make editors-helix   builds `hx` from $(HELIX_TARBALL) (sha256 checked) once into
#                        $XDG_CACHE_HOME (~/.cache)/gpiot/helix-VERSION (~15 min on 2 cores; later
#                        runs only check). Without the tarball the Helix tests print SKIPPED.

NPM ?= npm
NVIM ?= nvim
VSCODE_DIR := editors/vscode
VSCODE_DEPS := $(VSCODE_DIR)/node_modules/.gpiot-installed
# Neovim end-to-end bounds. Scripted: each canned completion must fit (the task list is ~90
# tokens). Model: the task list needs room, or its JSON is cut short; the run stops at the timeout.
E2E_SCRIPTED_MAX_TOKENS ?= 256
E2E_MODEL_MAX_TOKENS ?= 384
E2E_SCRIPTED_TIMEOUT ?= 120
E2E_MODEL_TIMEOUT ?= 1200
# Helix: the source tarball (shared/third_party beside the clone), built by editors/helix/install.sh.
# The timeouts are per action (the wait for the server's edit).
HELIX_TARBALL ?= $(abspath ../shared/third_party)/helix-25.07.1.tar.gz
HELIX_E2E_ACTIONS ?=
HELIX_RUN = GPIOT_BIN=$(abspath $(BIN)) PYTHON=$(PYTHON) HELIX_TARBALL=$(HELIX_TARBALL) \
  HELIX_E2E_ACTIONS="$(HELIX_E2E_ACTIONS)" editors/helix/test/run.sh

.PHONY: editors-e2e-vscode editors-e2e-vscode-scripted editors editors-node editors-test editors-test-fast editors-test-vscode editors-test-helix \
	editors-test-neovim-scripted editors-test-neovim-model \
	editors-helix editors-e2e-helix editors-e2e-helix-scripted editors-e2e-helix-model

editors-node:
	@command -v $(NPM) >/dev/null 2>&1 || { \
	  echo "installing Debian packages: nodejs npm"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }

# No lockfile (editors/vscode/.npmrc): npm would write registry URLs into it.
$(VSCODE_DEPS): $(VSCODE_DIR)/package.json | editors-node
	cd $(VSCODE_DIR) && $(NPM) install --no-package-lock --no-audit --no-fund --loglevel=error
	@touch $@

VSCODE_VSIX := $(VSCODE_DIR)/dist/gpiot.vsix
VSCODE_SOURCES := $(wildcard $(VSCODE_DIR)/src/*.ts) $(addprefix $(VSCODE_DIR)/,package.json tsconfig.json README.md .vscodeignore)

$(VSCODE_VSIX): $(VSCODE_SOURCES) $(VSCODE_DEPS)
	cd $(VSCODE_DIR) && $(NPM) run --silent package

editors: $(VSCODE_VSIX)
	@echo "VS Code extension: $(VSCODE_DIR)/dist/gpiot.vsix  (code --install-extension $(VSCODE_DIR)/dist/gpiot.vsix)"

editors-test-vscode: $(VSCODE_DEPS)
	cd $(VSCODE_DIR) && $(NPM) test

editors-test-helix:
	$(PYTHON) editors/helix/test/check_languages.py

editors-test-neovim-scripted: build apt-deps
	GPIOT_BIN=$(abspath $(BIN)) NVIM=$(NVIM) GPIOT_E2E_MAX_TOKENS=$(E2E_SCRIPTED_MAX_TOKENS) \
	  GPIOT_E2E_TIMEOUT=$(E2E_SCRIPTED_TIMEOUT) editors/neovim/test/run.sh scripted

editors-test-neovim-model: model apt-deps
	GPIOT_BIN=$(abspath $(BIN)) NVIM=$(NVIM) GPIOT_E2E_MAX_TOKENS=$(E2E_MODEL_MAX_TOKENS) \
	  GPIOT_E2E_TIMEOUT=$(E2E_MODEL_TIMEOUT) editors/neovim/test/run.sh model

editors-helix:
	@HELIX_TARBALL=$(HELIX_TARBALL) editors/helix/install.sh >/dev/null

editors-e2e-helix-scripted: build apt-deps
	GPIOT_E2E_MAX_TOKENS=$(E2E_SCRIPTED_MAX_TOKENS) GPIOT_E2E_TIMEOUT=$(E2E_SCRIPTED_TIMEOUT) $(HELIX_RUN) scripted

editors-e2e-helix-model: model apt-deps
	GPIOT_E2E_MAX_TOKENS=$(E2E_MODEL_MAX_TOKENS) GPIOT_E2E_TIMEOUT=$(E2E_MODEL_TIMEOUT) $(HELIX_RUN) model

editors-e2e-helix: editors-e2e-helix-scripted editors-e2e-helix-model

editors-test-fast: editors-test-vscode editors-test-helix editors-test-neovim-scripted

editors-test: editors-test-fast editors-test-neovim-model editors-e2e-helix editors-e2e-vscode

# code-server from npm, without the GitHub downloads of its postinstall (ripgrep, prebuilt native
# modules): e2e/install.sh installs with scripts off, points @vscode/ripgrep at Debian's rg and
# builds the native modules from source (node-gyp: a C++ toolchain, python3; kerberos needs
# libkrb5-dev). The stamp makes a second run a check only.
VSCODE_E2E_DIR := $(VSCODE_DIR)/e2e
VSCODE_E2E_DEPS := $(VSCODE_E2E_DIR)/node_modules/.gpiot-installed
VSCODE_E2E_APT := chromium ripgrep libkrb5-dev g++ make python3
VSCODE_E2E_RUN = GPIOT_BIN=$(abspath $(BIN)) PYTHON=$(PYTHON) node $(VSCODE_E2E_DIR)/run.mjs

$(VSCODE_E2E_DEPS): $(VSCODE_E2E_DIR)/package.json $(VSCODE_E2E_DIR)/install.sh | editors-node
	@missing=""; for p in $(VSCODE_E2E_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	NPM=$(NPM) $(VSCODE_E2E_DIR)/install.sh
	@touch $@

editors-e2e-vscode: editors model $(VSCODE_E2E_DEPS)
	GPIOT_E2E_ENGINE=model GPIOT_E2E_MAX_TOKENS=$(E2E_MODEL_MAX_TOKENS) $(VSCODE_E2E_RUN)

editors-e2e-vscode-scripted: editors build $(VSCODE_E2E_DEPS)
	GPIOT_E2E_ENGINE=scripted GPIOT_E2E_MAX_TOKENS=$(E2E_SCRIPTED_MAX_TOKENS) $(VSCODE_E2E_RUN)
