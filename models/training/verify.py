"""Execute code against its check: Python in a subprocess (batched, per-row alarm),
C compiled with `cc -std=c11 -Wall -Werror` and run. Two workers by default.

Each job is (code, check). Python: `exec(code)` then `exec(check)` in one fresh namespace;
pass = no exception. C: code + check (a main()) in one file; pass = compiles without
warnings and exits 0. Identical jobs run once.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

PY_RUNNER = r'''
import io, json, signal, sys, contextlib, warnings
warnings.simplefilter("ignore")
class _Timeout(BaseException):
    pass
def _alarm(signum, frame):
    raise _Timeout("timeout")
signal.signal(signal.SIGALRM, _alarm)
jobs = json.load(open(sys.argv[1]))
out = {}
for key, code, check in jobs:
    ns = {"__name__": "solution"}
    buf = io.StringIO()
    signal.alarm(int(sys.argv[2]))
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, "solution.py", "exec"), ns)
            # the check gets its own globals: its imports must not hide a missing import
            cns = {k: v for k, v in ns.items() if not k.startswith("__")}
            cns["__name__"] = "__main__"
            exec(compile(check, "check.py", "exec"), cns)
        out[key] = [True, ""]
    except BaseException as e:  # noqa: BLE001 - any failure rejects the row
        out[key] = [False, (type(e).__name__ + ": " + str(e))[:300]]
    finally:
        signal.alarm(0)
print(json.dumps(out))
'''

FORBIDDEN_C = ("malloc(", "calloc(", "realloc(", "free(")


def job_key(lang: str, code: str, check: str) -> str:
    return hashlib.sha256(f"{lang}\0{code}\0{check}".encode()).hexdigest()[:20]


def _run_py_batch(batch, timeout_s: int):
    with tempfile.TemporaryDirectory(prefix="gpiot-verify-") as d:
        jf = os.path.join(d, "jobs.json")
        rf = os.path.join(d, "runner.py")
        with open(jf, "w") as f:
            json.dump(batch, f)
        with open(rf, "w") as f:
            f.write(PY_RUNNER)
        try:
            p = subprocess.run([sys.executable, rf, jf, str(timeout_s)], cwd=d, capture_output=True,
                               text=True, timeout=timeout_s * len(batch) + 30)
            return json.loads(p.stdout.strip().splitlines()[-1])
        except Exception as e:  # batch crashed (segfault, hard timeout): run one by one
            if len(batch) == 1:
                return {batch[0][0]: [False, f"runner: {type(e).__name__}"]}
            res = {}
            for job in batch:
                res.update(_run_py_batch([job], timeout_s))
            return res


def _run_c(job, timeout_s: int):
    key, code, check = job
    for bad in FORBIDDEN_C:
        if bad in code:
            return {key: [False, f"forbidden {bad}"]}
    with tempfile.TemporaryDirectory(prefix="gpiot-verify-") as d:
        src = os.path.join(d, "t.c")
        exe = os.path.join(d, "t")
        with open(src, "w") as f:
            f.write(code + "\n\n" + check + "\n")
        try:
            c = subprocess.run(["cc", "-std=c11", "-Wall", "-Werror", "-O1", "-o", exe, src, "-lm"],
                               capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            return {key: [False, "compile timeout"]}
        if c.returncode != 0:
            return {key: [False, "compile: " + c.stderr[:600]]}
        try:
            r = subprocess.run([exe], cwd=d, capture_output=True, text=True, timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return {key: [False, "timeout"]}
        if r.returncode != 0:
            return {key: [False, f"exit {r.returncode}: {(r.stdout + r.stderr)[-300:]}"]}
        return {key: [True, ""]}


def verify(jobs: list[tuple[str, str, str]], workers: int = 2, timeout_s: int = 10,
           batch_size: int = 40) -> dict[str, tuple[bool, str]]:
    """jobs: (language, code, check). Returns {job_key: (passed, message)}."""
    uniq: dict[str, tuple[str, str, str]] = {}
    for lang, code, check in jobs:
        uniq.setdefault(job_key(lang, code, check), (lang, code, check))
    py = [(k, c, ch) for k, (l, c, ch) in sorted(uniq.items()) if l == "python"]
    cc = [(k, c, ch) for k, (l, c, ch) in sorted(uniq.items()) if l == "c"]
    results: dict[str, tuple[bool, str]] = {}
    with ThreadPoolExecutor(max_workers=workers) as ex:
        futs = [ex.submit(_run_py_batch, py[i:i + batch_size], timeout_s) for i in range(0, len(py), batch_size)]
        futs += [ex.submit(_run_c, j, timeout_s) for j in cc]
        for f in futs:
            for k, v in f.result().items():
                results[k] = (bool(v[0]), v[1])
    return results
