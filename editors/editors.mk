# Editor integrations: included by the root Makefile (which defines BIN and PYTHON).
#   make editors         build the VS Code extension: editors/vscode/dist/gpiot.vsix
#   make editors-test    (part of `make test`) VS Code unit tests, Helix snippet check, Neovim end-to-end (scripted
#                        engine, then the real model)
#   make editors-test-fast   the same without the real model
#   make editors-e2e-vscode  the extension in code-server, driven by headless Chromium (optional:
#                        installs chromium, libkrb5-dev and code-server, which builds native modules).
#                        Not working offline yet: code-server's install fetches ripgrep from GitHub.

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

.PHONY: editors-e2e-vscode editors editors-node editors-test editors-test-fast editors-test-vscode editors-test-helix \
	editors-test-neovim-scripted editors-test-neovim-model

editors-node:
	@command -v $(NPM) >/dev/null 2>&1 || { \
	  echo "installing Debian packages: nodejs npm"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }

# No lockfile (editors/vscode/.npmrc): npm would write registry URLs into it.
$(VSCODE_DEPS): $(VSCODE_DIR)/package.json | editors-node
	cd $(VSCODE_DIR) && $(NPM) install --no-package-lock --no-audit --no-fund --loglevel=error
	@touch $@

editors: $(VSCODE_DEPS)
	cd $(VSCODE_DIR) && $(NPM) run --silent package
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

editors-test-fast: editors-test-vscode editors-test-helix editors-test-neovim-scripted

editors-test: editors-test-fast editors-test-neovim-model

# code-server builds its native modules on install (node headers from Debian's nodejs, kerberos
# needs libkrb5-dev); as root, its postinstall wants unsafe-perm.
VSCODE_E2E_DEPS := $(VSCODE_DIR)/e2e/node_modules/.gpiot-installed
$(VSCODE_E2E_DEPS): $(VSCODE_DIR)/e2e/package.json | editors-node
	@missing=""; for p in chromium libkrb5-dev; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	cd $(VSCODE_DIR)/e2e && npm_config_unsafe_perm=true $(NPM) install --no-package-lock --no-audit --no-fund --loglevel=error
	@touch $@

editors-e2e-vscode: editors build $(VSCODE_E2E_DEPS)
	cd $(VSCODE_DIR)/e2e && GPIOT_BIN=$(abspath $(BIN)) node run.mjs
