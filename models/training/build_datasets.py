"""Build GPIoT's training datasets from the seed generators.

    python3 models/training/build_datasets.py            # full build (deterministic)
    python3 models/training/build_datasets.py --quick    # few instances per generator

Writes models/datasets/tdd.jsonl (TD rows), cgd.jsonl (CG rows), rt.jsonl (RT rows),
stats.json and README.md (the dataset card). Every CG row's code runs against its own
check before it enters the dataset (Python in a subprocess, C compiled with
cc -std=c11 -Wall -Werror and run); a TD row enters only if every task of its
decomposition and the entry function passed; an RT row only if its task's code passed.
Rows that overlap the benchmark (leakage.py) are dropped.
"""
from __future__ import annotations

import argparse
import collections
import importlib
import json
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import prompts  # noqa: E402
import verify  # noqa: E402
import leakage  # noqa: E402

DATASETS = HERE.parent / "datasets"
SEED_MODULES = ["py_chains", "py_apps", "py_apps2", "c_embedded", "c_protocols", "c_dsp"]
MASTER_SEED = 20250
MAX_COMPLETION_CHARS = 1500   # ~400 tokens; longer targets are dropped (tiny model)


def load_generators():
    gens = []
    for m in SEED_MODULES:
        try:
            mod = importlib.import_module(f"seeds.{m}")
        except ModuleNotFoundError as e:
            if e.name == f"seeds.{m}":
                continue
            raise
        gens.extend(mod.GENERATORS)
    return gens


def make_problems(gens, scale: float):
    problems, errors = [], collections.Counter()
    seen = set()
    for name, fn, count in gens:
        n = max(1, int(count * scale))
        attempts = 0
        made = 0
        while made < n and attempts < n * 3:
            rng = random.Random(f"{MASTER_SEED}:{name}:{attempts}")
            attempts += 1
            try:
                p = fn(rng)
            except Exception as e:  # a generator bug must not kill the build; count it
                errors[f"{name}: {type(e).__name__}: {e}"[:160]] += 1
                continue
            key = (p.language, p.requirement)
            if key in seen:
                continue
            seen.add(key)
            p.seed = name
            p.tags["index"] = made
            problems.append(p)
            made += 1
    return problems, errors


_JSON_STR = r'"(?:[^"\\\n]|\\["\\/nt])*"'
_SPEC_RE = re.compile(r'\{"signature": S, "inputs": S, "outputs": S, "behaviour": S, "constraints": S, "libraries": S\}\n'.replace("S", _JSON_STR))
_TASK = r'\{"name": "[a-z_][a-z0-9_]*", "description": S, "inputs": S, "outputs": S\}'.replace("S", _JSON_STR)
_TD_RE = re.compile(r'\{"entry": S, "tasks": \[T(?:, T){1,7}\]\}\n'.replace("S", _JSON_STR).replace("T", _TASK))


def grammar_ok(role, completion):
    """The JSON targets must be producible under models/grammars (tasks.gbnf / spec.gbnf)."""
    if role == "td":
        return bool(_TD_RE.fullmatch(completion))
    if role == "rt":
        return bool(_SPEC_RE.fullmatch(completion))
    return completion.endswith("\n```\n")


def task_code(t):
    """Code a task's check runs against: the helpers it calls, then the task itself."""
    return "\n\n".join([d.code.strip("\n") for d in t.deps] + [t.code.strip("\n")])


def helpers_text(p):
    return "\n".join(t.signature for t in p.tasks)


def build(scale: float = 1.0, workers: int = 2, out: Path = DATASETS, quiet=False):
    t0 = time.time()
    gens = load_generators()
    problems, gen_errors = make_problems(gens, scale)
    jobs = []
    for p in problems:
        for t in p.tasks:
            jobs.append((p.language, task_code(t), t.check))
        jobs.append((p.language, p.module(), p.entry.check))
    results = verify.verify(jobs, workers=workers)
    ok = lambda lang, code, check: results[verify.job_key(lang, code, check)][0]  # noqa: E731

    rejected = collections.Counter()
    reject_examples = []
    td_rows, rt_rows, cg_rows = [], [], []
    seen_cg, seen_rt = set(), set()
    for p in problems:
        base = f"{p.language}-{p.seed}-{p.tags['index']:04d}"
        meta = {"language": p.language, "family": p.family, "modality": p.modality}
        passed_all = True
        units = [(t, "\n".join(d.signature for d in t.deps) or "none", ok(p.language, task_code(t), t.check)) for t in p.tasks]
        entry_ok = ok(p.language, p.module(), p.entry.check)
        units.append((p.entry, helpers_text(p), entry_ok))
        for t, helpers, good in units:
            if not good:
                passed_all = False
                rejected[f"cg/{p.language}"] += 1
                msg = results[verify.job_key(p.language, p.module() if t is p.entry else task_code(t), t.check)][1]
                if len(reject_examples) < 40:
                    reject_examples.append(f"{base}/{t.name}: {msg[:200]}")
                continue
            spec_line = prompts.rt_completion(t.spec()).rstrip("\n")
            cg_prompt = prompts.render("cg", p.language, helpers=helpers, spec=spec_line)
            cg_done = prompts.cg_completion(t.code)
            if len(cg_done) > MAX_COMPLETION_CHARS:
                rejected[f"too_long/{p.language}"] += 1
                continue
            key = (cg_prompt, cg_done)
            if key not in seen_cg:
                seen_cg.add(key)
                cg_rows.append({"id": f"cg-{base}-{t.name}", "role": "cg", **meta, "prompt": cg_prompt, "completion": cg_done})
            rt_prompt = prompts.render("rt", p.language, requirement=p.requirement, name=t.name,
                                       description=t.description, inputs=t.inputs, outputs=t.outputs)
            if rt_prompt not in seen_rt:
                seen_rt.add(rt_prompt)
                rt_rows.append({"id": f"rt-{base}-{t.name}", "role": "rt", **meta, "prompt": rt_prompt,
                                "completion": prompts.rt_completion(t.spec())})
        if passed_all:
            td_prompt = prompts.render("td", p.language, context=p.context, requirement=p.requirement)
            td_rows.append({"id": f"td-{base}", "role": "td", **meta, "prompt": td_prompt,
                            "completion": prompts.td_completion(p.entry.signature, [t.td() for t in p.tasks])})
        else:
            rejected[f"td/{p.language}"] += 1

    # grammar guard: a JSON target the grammar cannot produce would teach the wrong format
    for name in ("td_rows", "rt_rows", "cg_rows"):
        rows = locals()[name]
        good = [r for r in rows if grammar_ok(r["role"], r["completion"])]
        if len(good) != len(rows):
            rejected[f"grammar/{name[:2]}"] += len(rows) - len(good)
        rows[:] = good

    # leakage guard: drop rows that overlap the benchmark
    bench = leakage.load_benchmark()
    leak_report = {"benchmark_texts": len(bench), "dropped": 0, "embeddings": leakage.embedder_available()}
    if bench:
        all_rows = td_rows + rt_rows + cg_rows
        bad = leakage.find_leaks(all_rows, bench)
        bad_ids = {b["id"] for b in bad}
        leak_report["dropped"] = len(bad_ids)
        leak_report["dropped_ids"] = sorted(bad_ids)[:50]
        td_rows = [r for r in td_rows if r["id"] not in bad_ids]
        rt_rows = [r for r in rt_rows if r["id"] not in bad_ids]
        cg_rows = [r for r in cg_rows if r["id"] not in bad_ids]

    out.mkdir(parents=True, exist_ok=True)
    for fname, rows in (("tdd.jsonl", td_rows), ("cgd.jsonl", cg_rows), ("rt.jsonl", rt_rows)):
        with open(out / fname, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    stats = summarise(td_rows, rt_rows, cg_rows, problems, rejected, gen_errors, leak_report, reject_examples)
    stats["build_seconds"] = round(time.time() - t0, 1)
    (out / "stats.json").write_text(json.dumps(stats, indent=1, sort_keys=True) + "\n")
    if not quiet:
        print(json.dumps({k: stats[k] for k in ("rows", "rejected", "leakage", "build_seconds", "generator_errors")}, indent=1))
    return stats


def approx_tokens(text: str) -> int:
    return max(1, round(len(text) / 3.2))


def summarise(td, rt, cg, problems, rejected, gen_errors, leak, reject_examples):
    def by(rows, key):
        return dict(sorted(collections.Counter(r[key] for r in rows).items()))
    s = {"rows": {"td": len(td), "rt": len(rt), "cg": len(cg)}, "problems": len(problems),
         "rejected": dict(sorted(rejected.items())), "generator_errors": dict(gen_errors), "leakage": leak,
         "reject_examples": reject_examples}
    for role, rows in (("td", td), ("rt", rt), ("cg", cg)):
        s[role] = {"language": by(rows, "language"), "family": by(rows, "family"), "modality": by(rows, "modality")}
        lens = sorted(approx_tokens(r["completion"]) for r in rows) or [0]
        s[role]["completion_tokens_approx"] = {"median": lens[len(lens) // 2], "p95": lens[int(len(lens) * 0.95)], "max": lens[-1]}
    return s


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="about 5%% of the instances (smoke test)")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=DATASETS)
    a = ap.parse_args()
    build(scale=0.05 if a.quick else a.scale, workers=a.workers, out=a.out)
    if a.out == DATASETS:
        import card
        card.write_card(a.out)
