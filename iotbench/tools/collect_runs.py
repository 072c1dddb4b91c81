#!/usr/bin/env python3
"""Collects IoTBench runs made in separate result folders (one per model, say) into one
committed report folder: each run's per-task result.json under a label of its own, a per-task
table with the judge's failure line (tasks.md), the self-check figures (self_checks.md) — not the
generated solutions — and then `gpiot iotbench report` renders report.md, summary.json and the
charts over all of them.

    collect_runs.py --out iotbench/results/DATE-NAME --gpiot target/release/gpiot \\
        LABEL=RESULTS_DIR/CONFIG [LABEL=RESULTS_DIR/CONFIG ...]

A run with self-checks also yields the label `LABEL:unchecked`: the same run's first (greedy)
candidate as judged without the checks (result.json's self_checks.unchecked_passed), so the
effect of the checks is measured on the same generations.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path


def failure_line(judge: Path) -> str:
    if not judge.is_file():
        return ""
    lines = [l.strip() for l in judge.read_text(errors="replace").splitlines() if l.strip()]
    body = [l for l in lines if not l.startswith(("status:", "==", "--"))]
    for l in body:
        if "error" in l.lower() or "got" in l or "want" in l or "Error" in l:
            return l[:160]
    return body[-1][:160] if body else ""


def source(sc):
    """Where the kept code came from: the repair turn, the whole-module draft (gpiot) or a candidate of the config."""
    return "repair" if sc.get("repaired") else "draft" if sc.get("drafted") else "candidate"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gpiot", default="target/release/gpiot")
    ap.add_argument("runs", nargs="+", help="LABEL=RESULTS_DIR/CONFIG")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    tables, checks_rows, run_json = [], [], None
    for spec in a.runs:
        label, _, src = spec.partition("=")
        src = Path(src)
        if not label or not src.is_dir():
            print(f"bad run {spec!r}: want LABEL=RESULTS_DIR/CONFIG", file=sys.stderr)
            return 2
        run_json = run_json or src.parent / "run.json"
        rows, unchecked = [], []
        for res in sorted(src.glob("*/result.json")):
            r = json.loads(res.read_text())
            r["config"] = label
            dest = a.out / label / r["task"]
            dest.mkdir(parents=True, exist_ok=True)
            (dest / "result.json").write_text(json.dumps(r, indent=2))
            rows.append((r["task"], r["language"], r["status"], failure_line(res.parent / "judge.txt")))
            sc = r.get("self_checks")
            if sc and sc.get("unchecked_passed") is not None:
                u = dict(r, config=f"{label}:unchecked", passed=sc["unchecked_passed"], status="pass" if sc["unchecked_passed"] else "fail")
                u["self_checks"] = None
                udest = a.out / f"{label}:unchecked" / r["task"]
                udest.mkdir(parents=True, exist_ok=True)
                (udest / "result.json").write_text(json.dumps(u, indent=2))
                unchecked.append(u)
                checks_rows.append((label, r["task"], sc, r["passed"], r["wall_seconds"]))
        outcomes = {}
        for _, _, s, _ in rows:
            outcomes[s] = outcomes.get(s, 0) + 1
        table = [f"## {label}", "", f"{len(rows)} tasks: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) + ".", "",
                 "| task | language | outcome | failure line |", "| --- | --- | --- | --- |"]
        table += [f"| {t} | {l} | {s} | {f.replace('|', '/')} |" for t, l, s, f in rows]
        tables.append("\n".join(table))
    if run_json and run_json.is_file():
        shutil.copy(run_json, a.out / "run.json")
    (a.out / "tasks.md").write_text(
        f"# Per-task outcomes: {a.out.name}\n\nOne row per task and configuration: the outcome from `result.json` and the failure "
        "line from the task's `judge.txt` (the generated solutions are not committed).\n\n" + "\n\n".join(tables) + "\n"
    )
    if checks_rows:
        lines = ["# Self-checks per task", "",
                 "kept = checks kept (the first is the build check every candidate gets), of them properties = rules checked on the "
                 "check's own inputs; proposed / untraced / invented / not running "
                 "= what the checks role wrote and what was dropped; passed = checks the kept code passes; candidates = written and "
                 "checked; from = where the kept code came from (a candidate of the configuration, a whole-module draft of gpiot or the repair turn); "
                 "unchecked = the judge on the first candidate (no self-checks); judge = on the kept code.", "",
                 "| run | task | kept | properties | passed | proposed | untraced | invented | not running | candidates | from | unchecked | judge | seconds |",
                 "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | ---: |"]
        for label, task, sc, passed, secs in checks_rows:
            lines.append(f"| {label} | {task} | {sc['checks']} | {sc.get('properties', 0)} | {sc['passed']} | {sc['proposed']} | {sc['untraced']} | {sc.get('invented', 0)} | "
                         f"{sc['not_running']} | {sc['candidates']} | {source(sc)} | "
                         f"{'pass' if sc['unchecked_passed'] else 'fail'} | {'pass' if passed else 'fail'} | {secs:.0f} |")
        lines.append("")
        for run in dict.fromkeys(label for label, *_ in checks_rows):
            rows = [r for r in checks_rows if r[0] == run]
            stated = sum(1 for _, _, sc, _, _ in rows if sc["checks"] > 1)
            fooled = sum(1 for _, _, sc, p, _ in rows if sc["checks"] > 1 and sc["passed"] == sc["checks"] and not p)
            gained = sum(1 for _, _, sc, p, _ in rows if p and not sc["unchecked_passed"])
            lost = sum(1 for _, _, sc, p, _ in rows if not p and sc["unchecked_passed"])
            kept_from = {k: sum(1 for _, _, sc, _, _ in rows if source(sc) == k) for k in ("draft", "repair")}
            lines.append(f"{run}: {len(rows)} tasks. Kept code from a whole-module draft: {kept_from['draft']}, from the repair turn: {kept_from['repair']}. "
                         f"With at least one check from a stated example or rule (besides the build check): {stated}. "
                         f"All checks passed but the judge failed: {fooled}. Passed with the checks but not without: {gained}; "
                         f"the other way round: {lost}. Median seconds per task: {statistics.median(r[4] for r in rows):.0f}.")
            lines.append("")
        (a.out / "self_checks.md").write_text("\n".join(lines) + "\n")
    subprocess.run([a.gpiot, "iotbench", "report", "--out", str(a.out)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
