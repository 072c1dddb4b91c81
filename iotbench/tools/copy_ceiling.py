#!/usr/bin/env python3
"""How far can copying the retrieved example go? The corpus-coverage ceiling of retrieval.

The adapters' passes on IoTBench are mostly corpus functions copied from the retrieved example
(models/training/TRAINING.md, the example-policy and longer-training runs of 2026-12-06). This measures the ceiling of that mechanism: for
each task, the verified corpus problem (models/datasets/cgd.jsonl: every function of one
generated problem, in file order) that `gpiot examples` retrieves is renamed to the task's entry
and run against the task's judge, for each of the k nearest rows. Two queries:

  spec         the entry's CG prompt as a `gpiot` run made it (read from RUN/<task>/generation.json)
  requirement  the task's requirement text itself

A task counts when some of the k rows passes; `top1` when the first does. It reads the judges
to score copies of training rows — nothing flows into the training data.

    python3 iotbench/tools/copy_ceiling.py --run RESULTS/gpiot [--tasks iotbench/tasks] [--k 5]
    python3 iotbench/tools/copy_ceiling.py --run iotbench/results/2026-12-06-similar-examples/gpiot-cmp-single --k 20
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "models" / "training"))
from check_references import judge  # noqa: E402  the FORMAT.md judge, shared with the reference check
import prompts  # noqa: E402  the server's templates, rendered the way training renders them
from examples import problem_key  # noqa: E402  which generated problem a row belongs to


def function_name(signature: str) -> str | None:
    m = re.search(r"([A-Za-z_]\w*)\s*\(", signature)
    return m.group(1) if m else None


def load_rows(data_dir: Path) -> tuple[dict, dict]:
    rows, problems = {}, {}
    for line in (data_dir / "cgd.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows[r["id"]] = r
            problems.setdefault(problem_key(r["id"]), []).append(r["id"])
    return rows, problems


def entry_prompt(gen: dict, lang: str) -> str:
    """The entry's CG prompt as the pipeline renders it: the other tasks' signatures as helpers."""
    imps = gen["implementations"]
    entry = imps[-1]["spec"]
    helpers = "\n".join(i["spec"]["signature"] for i in imps[:-1]) or "none"
    spec = json.dumps({k: entry[k] for k in prompts.SPEC_KEYS})
    return prompts.render("cg", lang, helpers=helpers, spec=spec)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run", type=Path, required=True, help="a gpiot config's results folder (<out>/gpiot)")
    ap.add_argument("--tasks", type=Path, default=REPO / "iotbench" / "tasks")
    ap.add_argument("--datasets", type=Path, default=REPO / "models" / "datasets")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--gpiot", default=os.environ.get("GPIOT_BIN", str(REPO / "target" / "release" / "gpiot")))
    args = ap.parse_args()

    rows, problems = load_rows(args.datasets)
    tasks = []
    for d in sorted(p for p in args.tasks.iterdir() if (p / "task.toml").is_file()):
        meta = tomllib.loads((d / "task.toml").read_text())
        gen_file = args.run / d.name / "generation.json"
        if gen_file.is_file():
            tasks.append((d, meta, json.loads(gen_file.read_text())))
    queries = []
    for d, meta, gen in tasks:
        lang = meta["language"]
        queries.append({"id": [d.name, "spec"], "role": "cg", "language": lang, "prompt": entry_prompt(gen, lang)})
        queries.append({"id": [d.name, "requirement"], "role": "cg", "language": lang, "prompt": meta["requirement"]})
    out = subprocess.run([args.gpiot, "examples", "--k", str(args.k), "--datasets", str(args.datasets)],
                         input="".join(json.dumps(q) + "\n" for q in queries), capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"gpiot examples failed: {out.stderr.strip()[-500:]}")
    nearest = {tuple(a["id"]): a["nearest"] for a in map(json.loads, out.stdout.splitlines())}

    found = {"spec": [], "requirement": []}
    for d, meta, _ in tasks:
        line = [d.name]
        for q in found:
            rank = None
            for i, rid in enumerate(nearest.get((d.name, q), [])):
                r = rows[rid]
                spec = json.loads(r["prompt"].split("### Spec:\n", 1)[1].split("\n### Code", 1)[0])
                name = function_name(spec["signature"])
                code = "\n\n".join(rows[x]["completion"].rsplit("```", 1)[0] for x in problems[problem_key(rid)])
                if name and name != meta["entry"]:
                    code = re.sub(rf"\b{re.escape(name)}\b", meta["entry"], code)
                if judge(d, meta["language"], code, meta.get("timeout_s", 30))[0]:
                    rank = i + 1
                    break
            found[q].append(rank)
            line.append(f"{q}={rank or '-'}")
        print(" ".join(line), flush=True)
    for q, ranks in found.items():
        print(f"{q}: top1 {sum(r == 1 for r in ranks)}, top{args.k} {sum(r is not None for r in ranks)} of {len(ranks)} tasks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
