"""Checks the Python file Helix saved after a GPIoT code action (editors/helix/test/run.sh).

    python3 check_file.py SAVED ORIGINAL ACTION MODE
ACTION: decompose | generate; MODE: scripted (exact function names) | model (structure only).
Prints one `ok - ...` / `FAIL - ...` line per check; exits 1 if any failed.
"""

import ast
import sys

# The plan tests/fixtures/lsp/python_heart_rate.json gives: the tasks, then the entry.
SCRIPTED_NAMES = ["bandpass", "detect_peaks", "estimate_heart_rate"]

failed = 0


def check(name, ok, detail=""):
    global failed
    if not ok:
        failed += 1
    print(("ok - " if ok else "FAIL - ") + name + ("" if ok or not detail else f": {detail}"))
    return ok


def raises(fn, marker):
    """Whether the function's body ends in `raise NotImplementedError("<marker>")`."""
    last = fn.body[-1]
    return (
        isinstance(last, ast.Raise)
        and isinstance(last.exc, ast.Call)
        and getattr(last.exc.func, "id", None) == "NotImplementedError"
        and [getattr(a, "value", None) for a in last.exc.args] == [marker]
    )


def main(saved_path, original_path, action, mode):
    saved = open(saved_path, encoding="utf-8").read()
    original = open(original_path, encoding="utf-8").read()
    req = original.rstrip("\n")
    at = saved.find(req)
    check("the requirement comment is intact", at >= 0, saved[:300])
    check("the file changed below the requirement", saved != original and at >= 0 and saved[at + len(req):].strip() != "")
    try:
        tree = ast.parse(saved)
    except SyntaxError as e:
        check("the saved file is valid Python (ast.parse)", False, f"line {e.lineno}: {e.msg}")
        return
    check("the saved file is valid Python (ast.parse)", True)
    req_line = saved[:max(at, 0)].count("\n") + 1 + req.count("\n")
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    names = [d.name for d in defs]
    check("every function is below the requirement", all(d.lineno > req_line for d in defs), str([(d.name, d.lineno) for d in defs]))
    if action == "decompose":
        check("a task stub and the entry stub are written", len(defs) >= 2, str(names))
        print(f"# functions: {', '.join(names)}")
        if defs:
            tasks_ok = all(raises(d, "gpiot: task") for d in defs[:-1])
            check('every stub but the last raises NotImplementedError("gpiot: task"), the last "gpiot: entry"',
                  tasks_ok and raises(defs[-1], "gpiot: entry"), str(names))
            check("every stub has a docstring", all(ast.get_docstring(d) for d in defs), str(names))
    else:
        check("functions are written", len(defs) >= 1, str(names))
        stubs = [d.name for d in defs if raises(d, "gpiot: task") or raises(d, "gpiot: entry")]
        if mode == "model":
            # A function that fails its checks is left as its task stub: allowed, not the entry.
            check("the entry estimate_heart_rate is defined", "estimate_heart_rate" in names, str(names))
            print(f"# functions: {', '.join(names)}; left as stubs: {', '.join(stubs) or 'none'}")
        else:
            check("no stub is left unimplemented", not stubs, str(stubs))
    if mode == "scripted":
        check("the scripted plan gives " + ", ".join(SCRIPTED_NAMES), names == SCRIPTED_NAMES, str(names))
        if action == "generate":
            check("the scripted code is in the file (filtfilt, find_peaks imports)",
                  "from scipy.signal import" in saved and "filtfilt(" in saved and "find_peaks(" in saved)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
    sys.exit(1 if failed else 0)
