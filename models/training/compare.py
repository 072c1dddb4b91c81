#!/usr/bin/env python3
"""PECT against single-role LoRAs at the same budget, end to end.

Both runs start from the base model and see the same training rows (`--subset N` per role, one
epoch, one retrieved example per prompt), the same optimiser and learning rate, and deploy
adapters of the same size (PECT shared rank 8 + role rank 8; single rank 16). They train at the
same time on one thread each, so machine noise hits both. Then each set of adapters is exported
to GGUF and scored on IoTBench with the `gpiot` configuration, and the two result folders are
merged under one report with the configurations relabelled `gpiot-pect` and `gpiot-single`.

    python3 models/training/compare.py                                # ~30 min training + ~50 min IoTBench
    python3 models/training/compare.py --subset 8 --tasks <dir>       # a quick look
    python3 models/training/compare.py --skip-train                   # rescore existing runs
    python3 models/training/compare.py --name noalign --only pect --pect-args "--lambda-align 0 --p-shared-only 0" \
        --reuse gpiot-pect=.build/cmp-pect-bench --reuse gpiot-single=.build/cmp-single-bench
    python3 models/training/compare.py --name mix --only single --subset 192 --train-args "--example-near-copies 0.5"

Validation loss of each run is in its log (models/training/logs/<run>.jsonl, `eval` records).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / ".build"
TRAIN = REPO / "models" / "training"
GPIOT = REPO / "target" / "release" / "gpiot"


def run(cmd: list[str], **kw) -> None:
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=REPO, **kw)


def kinds(args) -> tuple[str, ...]:
    return ("pect", "single") if args.only == "both" else (args.only,)


def label(args, kind: str) -> str:
    return f"gpiot-{kind}" if args.name == "cmp" else f"gpiot-{args.name}-{kind}"


def train(args) -> None:
    common = ["--subset", str(args.subset), "--epochs", "1", "--accum", "8", "--examples", "1",
              "--max-len", "1536", "--lr", str(args.lr), "--warmup", "2", "--threads", "1", "--resume",
              *shlex.split(args.train_args)]
    cmds = {
        "pect": [sys.executable, str(TRAIN / "train_pect.py"), "--run", f"{args.name}-pect", *common, *shlex.split(args.pect_args)],
        "single": [sys.executable, str(TRAIN / "train_single.py"), "--run", f"{args.name}-single", *common],
    }
    procs = [subprocess.Popen(cmds[k], cwd=REPO) for k in kinds(args)]
    codes = [p.wait() for p in procs]
    if any(codes):
        raise SystemExit(f"training failed (exit codes {codes}); re-run to resume from the checkpoints")


def bench(args) -> dict[str, Path]:
    """Exports each run's adapters and scores them; returns label -> results folder."""
    outs = {}
    procs = []
    for kind in kinds(args):
        adapters = BUILD / f"adapters-{args.name}-{kind}"
        export = [sys.executable, str(TRAIN / "export_gguf.py"), "--run", f"{args.name}-{kind}", "--out-dir", str(adapters)]
        run(export + (["--single"] if kind == "single" else []))
        out = BUILD / f"{args.name}-{kind}-bench"
        outs[label(args, kind)] = out
        cmd = [str(GPIOT), "iotbench", "run", "--tasks", str(args.tasks), "--config", "gpiot", "--out", str(out), "--threads", "1"]
        print("+ GPIOT_ADAPTERS=" + str(adapters) + " " + " ".join(cmd), flush=True)
        log = open(BUILD / f"{args.name}-{kind}-bench.log", "w")
        procs.append(subprocess.Popen(cmd, cwd=REPO, env={**os.environ, "GPIOT_ADAPTERS": str(adapters)}, stdout=log, stderr=log))
    codes = [p.wait() for p in procs]
    if any(codes):
        raise SystemExit(f"IoTBench failed (exit codes {codes}); see .build/{args.name}-*-bench.log; re-run resumes")
    return outs


def merge(outs: dict[str, Path], dest: Path, scrub: list[tuple[str, str]]) -> None:
    """Copies each run's `gpiot/<task>` as `<label>/<task>`, relabelling the config."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for label, out in outs.items():
        for task_dir in sorted((out / "gpiot").iterdir()):
            to = dest / label / task_dir.name
            to.mkdir(parents=True)
            for f in task_dir.iterdir():
                text = f.read_text(errors="replace")
                for a, b in scrub:
                    text = text.replace(a, b)
                if f.name == "result.json":
                    r = json.loads(text)
                    r["config"] = label
                    text = json.dumps(r, indent=2) + "\n"
                (to / f.name).write_text(text)
        info = out / "run.json"
        if info.exists() and not (dest / "run.json").exists():
            text = info.read_text()
            for a, b in scrub:
                text = text.replace(a, b)
            (dest / "run.json").write_text(text)


def machine_paths() -> list[tuple[str, str]]:
    """Paths that would identify this machine in committed results, longest first."""
    out = subprocess.run(["python3", "-c", "import sys; print(sys.prefix); print(sys.base_prefix)"],
                         capture_output=True, text=True).stdout.split()
    pairs = [(p, "<python>") for p in out if p]
    pairs.append((str(REPO) + "/", ""))
    return sorted(set(pairs), key=lambda p: -len(p[0]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--name", default="cmp", help="run names <name>-pect, <name>-single")
    ap.add_argument("--subset", type=int, default=96, help="training rows per role (both runs)")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--train-args", default="",
                    help='extra flags for both runs, e.g. "--example-near-copies 0.5"')
    ap.add_argument("--pect-args", default="", help='extra train_pect.py flags, e.g. "--lambda-align 0 --p-shared-only 0"')
    ap.add_argument("--tasks", type=Path, default=REPO / "iotbench" / "tasks")
    ap.add_argument("--results", type=Path, default=None, help="merged report folder (default iotbench/results/<name>-pect-vs-single)")
    ap.add_argument("--skip-train", action="store_true")
    ap.add_argument("--only", choices=("both", "pect", "single"), default="both", help="train and score one side only")
    ap.add_argument("--reuse", action="append", default=[], metavar="LABEL=DIR",
                    help="also put an earlier run's results (DIR/gpiot/<task>) in the report as LABEL, e.g. gpiot-single=.build/cmp-single-bench")
    args = ap.parse_args(argv)
    if not GPIOT.exists():
        raise SystemExit("target/release/gpiot is missing: run `make build` first")
    if not args.skip_train:
        train(args)
    outs = bench(args)
    for item in args.reuse:
        name, _, folder = item.partition("=")
        outs[name] = Path(folder)
    dest = args.results or REPO / "iotbench" / "results" / f"{args.name}-pect-vs-single"
    merge(outs, dest, machine_paths())
    run([str(GPIOT), "iotbench", "report", "--out", str(dest)])
    print(f"report: {dest / 'report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
