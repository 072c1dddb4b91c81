#!/usr/bin/env python3
"""Check an IoTBench task set (format v1) against its reference solutions.

    python3 iotbench/tools/check_references.py [TASKS_DIR] [REFERENCE_DIR]

For every task folder under TASKS_DIR (default: iotbench/tasks next to this tool) it
  1. validates task.toml (id == folder name, family, language in {python, c}, entry named in
     the requirement, 2-8 steps, optional positive timeout_s, judge file present, size < 1 MB);
  2. runs the judge exactly as FORMAT.md says, in a fresh temporary folder holding a copy of
     check.py / check.c, data/ and the solution (solution.py or solution.c):
       python:  python3 check.py
       c:       cc -std=c11 -O2 -o check check.c solution.c -lm  &&  ./check
     with the task's timeout, and requires the reference solution
     (REFERENCE_DIR/<id>/solution.*, default: iotbench/reference) to pass;
  3. generates trivially wrong solutions that define the entry function and return a constant
     (Python: 0.0, [], None; C: return 0, or do nothing for a void function, with the
     prototype parsed from check.c or the requirement) and requires every one of them to fail.

Prints one line per task and a final line `N passed, M failed`; exits 1 on any failure.
Runs two tasks at a time. Standard library only (Python 3.11+ for tomllib).
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_TASKS = HERE.parent / "tasks"
DEFAULT_REFS = HERE.parent / "reference"
MAX_TASK_BYTES = 1_000_000
COMPILE_TIMEOUT_S = 60
PY_CONSTANTS = ["0.0", "[]", "None"]  # 0.0 == 0 for every numeric check
C_HEADERS = "#include <stddef.h>\n#include <stdint.h>\n#include <stdbool.h>\n"


class TaskError(Exception):
    pass


def run(cmd, cwd, timeout):
    """Run cmd in its own process group; return (ok, short output). Never raises on the child."""
    try:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True,
                                env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    except OSError as e:
        return False, f"cannot start {cmd[0]}: {e}"
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return False, f"timeout after {timeout} s"
    text = out.decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        return False, f"exit {proc.returncode}: {summary(text)}"
    return True, summary(text)


def summary(text):
    """The line that says why: a compiler's first error, else the last line printed."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    errors = [ln for ln in lines if re.search(r"\berror:|undefined reference", ln)]
    return (errors[0] if errors else lines[-1] if lines else "")[:200]


def judge(task_dir, lang, solution_text, timeout):
    """Run the task's judge against solution_text the way FORMAT.md says; (passed, reason)."""
    with tempfile.TemporaryDirectory(prefix="iotbench-") as tmp:
        tmp = Path(tmp)
        if (task_dir / "data").is_dir():
            shutil.copytree(task_dir / "data", tmp / "data")
        if lang == "python":
            shutil.copy(task_dir / "check.py", tmp / "check.py")
            (tmp / "solution.py").write_text(solution_text)
            return run(["python3", "check.py"], tmp, timeout)
        shutil.copy(task_dir / "check.c", tmp / "check.c")
        (tmp / "solution.c").write_text(solution_text)
        ok, why = run(["cc", "-std=c11", "-O2", "-o", "check", "check.c", "solution.c", "-lm"],
                      tmp, COMPILE_TIMEOUT_S)
        if not ok:
            return False, "compile error: " + why
        return run(["./check"], tmp, timeout)


def validate(task_dir):
    """Parse and check task.toml; return the dict or raise TaskError."""
    path = task_dir / "task.toml"
    if not path.is_file():
        raise TaskError("no task.toml")
    try:
        t = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as e:
        raise TaskError(f"task.toml: {e}")
    problems = []
    if t.get("id") != task_dir.name:
        problems.append(f"id {t.get('id')!r} != folder name {task_dir.name!r}")
    fam = t.get("family")
    if not isinstance(fam, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", fam or ""):
        problems.append(f"bad family {fam!r}")
    lang = t.get("language")
    if lang not in ("python", "c"):
        problems.append(f"language {lang!r} not in python, c")
    req, entry = t.get("requirement"), t.get("entry")
    if not isinstance(req, str) or not req.strip():
        problems.append("empty requirement")
    if not isinstance(entry, str) or not re.fullmatch(r"[A-Za-z_]\w*", entry or ""):
        problems.append(f"bad entry {entry!r}")
    elif isinstance(req, str) and not re.search(r"\b" + re.escape(entry) + r"\s*\(", req):
        problems.append(f"entry {entry}( not named in the requirement")
    steps = t.get("steps")
    if (not isinstance(steps, list) or not 2 <= len(steps) <= 8
            or not all(isinstance(s, str) and s.strip() for s in steps)):
        problems.append("steps must be 2-8 non-empty strings")
    timeout = t.get("timeout_s", 30)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        problems.append(f"bad timeout_s {timeout!r}")
    if lang in ("python", "c"):
        judge_file = task_dir / ("check.py" if lang == "python" else "check.c")
        if not judge_file.is_file():
            problems.append(f"missing {judge_file.name}")
    size = sum(p.stat().st_size for p in task_dir.rglob("*") if p.is_file())
    if size > MAX_TASK_BYTES:
        problems.append(f"task is {size} bytes (> 1 MB)")
    if problems:
        raise TaskError("; ".join(problems))
    return t


def c_prototype(entry, *texts):
    """Find `ret entry(params);` in the given texts; return (ret, params) or None."""
    pat = re.compile(r"(?:^|[;}\n])\s*((?:[A-Za-z_]\w*[\s\*]+)+?)" + re.escape(entry)
                     + r"\s*\(([^;{}()]*)\)\s*;")
    for text in texts:
        text = re.sub(r"/\*.*?\*/|//[^\n]*", " ", text, flags=re.S)
        for m in pat.finditer(text):
            words = m.group(1).split()
            if any(w in ("return", "else", "case", "goto") for w in words):
                continue  # a call, not a declaration
            ret = " ".join(w for w in words if w not in ("extern", "static", "inline"))
            return ret.replace(" *", "*").strip(), " ".join(m.group(2).split())
    return None


def constant_solutions(task, task_dir):
    """Trivially wrong solutions: the entry function returning a constant / doing nothing."""
    entry = task["entry"]
    if task["language"] == "python":
        return [(f"return {c}", f"def {entry}(*args, **kwargs):\n    return {c}\n")
                for c in PY_CONSTANTS]
    proto = c_prototype(entry, (task_dir / "check.c").read_text(), task["requirement"])
    if proto is None:
        raise TaskError(f"cannot find the prototype of {entry} in check.c or the requirement")
    ret, params = proto
    body = "{ }" if ret == "void" else "{ return 0; }"
    label = "do nothing" if ret == "void" else "return 0"
    sols = [(label, f"{C_HEADERS}{ret} {entry}({params}) {body}\n")]
    # Fallback when the declared parameters carry no names (not a valid C11 definition).
    sols.append((label + " (no params)", f"{C_HEADERS}{ret} {entry}() {body}\n"))
    return sols


def check_task(task_dir, ref_dir):
    """Return (ok, line)."""
    name = task_dir.name
    start = time.monotonic()
    try:
        task = validate(task_dir)
        lang = task["language"]
        timeout = float(task.get("timeout_s", 30))
        ref = ref_dir / name / ("solution.py" if lang == "python" else "solution.c")
        if not ref.is_file():
            raise TaskError(f"no reference solution {ref.parent.name}/{ref.name}")
        ok, why = judge(task_dir, lang, ref.read_text(), timeout)
        if not ok:
            raise TaskError(f"reference fails: {why}")
        wrong = constant_solutions(task, task_dir)
        tried = 0
        if lang == "c":
            # Use the exact prototype; fall back to an empty parameter list only if the
            # prototype does not compile as a definition.
            label, text = wrong[0]
            ok, why = judge(task_dir, lang, text, timeout)
            if why.startswith("compile error"):
                label, text = wrong[1]
                ok, why = judge(task_dir, lang, text, timeout)
                if why.startswith("compile error"):
                    raise TaskError(f"constant solution does not compile: {why}")
            tried = 1
            if ok:
                raise TaskError(f"constant solution ({label}) passes the judge")
        else:
            for label, text in wrong:
                ok, _ = judge(task_dir, lang, text, timeout)
                tried += 1
                if ok:
                    raise TaskError(f"constant solution ({label}) passes the judge")
        return True, (f"PASS {name:<22} [{task['family']}/{lang}] reference passes, "
                      f"{tried} constant solution(s) fail ({time.monotonic() - start:.1f} s)")
    except TaskError as e:
        return False, f"FAIL {name:<22} {e}"
    except Exception as e:  # a broken task must not crash the whole check
        return False, f"FAIL {name:<22} {type(e).__name__}: {e}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1].strip())
    ap.add_argument("tasks_dir", nargs="?", default=str(DEFAULT_TASKS))
    ap.add_argument("reference_dir", nargs="?", default=str(DEFAULT_REFS))
    ap.add_argument("-j", "--jobs", type=int, default=2, help="tasks run at once (default 2)")
    args = ap.parse_args()
    tasks_dir, ref_dir = Path(args.tasks_dir), Path(args.reference_dir)
    if not tasks_dir.is_dir():
        sys.exit(f"error: tasks dir {tasks_dir} does not exist")
    task_dirs = sorted(p for p in tasks_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    passed = failed = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for ok, line in pool.map(lambda d: check_task(d, ref_dir), task_dirs):
            print(line, flush=True)
            passed += ok
            failed += not ok
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not task_dirs else 0)


if __name__ == "__main__":
    main()
