//! The guard's compile check for Python: the host's Python compiles the candidate (never
//! runs it) and lists the global names its code reads that nothing defines. It catches what
//! tree-sitter accepts but Python refuses (`continue` outside a loop, `return` at module
//! level) and names used but never bound (a `threshold` the spec mentioned but the code did
//! not take), so the guard can sample again. Without a Python interpreter it is skipped.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Reads the candidate on stdin and the names defined elsewhere (JSON list) as argv[1];
/// prints a JSON list of problems. The names the assembled module imports when code uses
/// them (assemble::python_auto_imported) come in with the known names: the caller,
/// pipeline::check_function, adds them once for all its checks.
const CHECKER: &str = r#"
import builtins, dis, json, sys, types
src = sys.stdin.read()
known = set(json.loads(sys.argv[1]))
try:
    code = compile(src, "generated.py", "exec")
except SyntaxError as e:
    print(json.dumps([f"Python syntax error at line {e.lineno}: {e.msg}"]))
    sys.exit(0)
def walk(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from walk(c)
cos = list(walk(code))
stores = {"STORE_NAME", "STORE_GLOBAL", "DELETE_NAME", "DELETE_GLOBAL", "IMPORT_NAME"}
loads = {"LOAD_GLOBAL", "LOAD_NAME"}
defined = known | set(dir(builtins)) | {"__name__", "__file__"}
star = False
for co in cos:
    for ins in dis.get_instructions(co):
        if ins.opname in stores and isinstance(ins.argval, str):
            defined.add(ins.argval)
        if ins.opname == "IMPORT_STAR":
            star = True
missing = []
if not star:
    for co in cos:
        for ins in dis.get_instructions(co):
            if ins.opname in loads and isinstance(ins.argval, str) and ins.argval not in defined and ins.argval not in missing:
                missing.append(ins.argval)
print(json.dumps([f"it uses `{n}`, which nothing defines" for n in missing[:3]]))
"#;

/// How the checker's message for code Python does not compile begins.
pub const SYNTAX_ERROR: &str = "Python syntax error";

const TIMEOUT: Duration = Duration::from_secs(10);

/// The interpreter: `GPIOT_PYTHON` (what IoTBench's judges use; empty = no check), else
/// `python3`, when it runs.
fn python() -> Option<&'static PathBuf> {
    static PY: OnceLock<Option<PathBuf>> = OnceLock::new();
    PY.get_or_init(|| {
        let py = match std::env::var_os("GPIOT_PYTHON") {
            Some(v) if v.is_empty() => return None,
            Some(v) => PathBuf::from(v),
            None => PathBuf::from("python3"),
        };
        let ok = Command::new(&py).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
        if !ok {
            tracing::info!(python = %py.display(), "no Python: generated Python is checked by tree-sitter only");
        }
        ok.then_some(py)
    })
    .as_ref()
}

/// Problems Python finds in `code` given the names the module defines elsewhere (`known`);
/// empty when it is fine or when no interpreter is available.
pub fn problems(code: &str, known: &[String]) -> Vec<String> {
    let Some(py) = python() else { return Vec::new() };
    run(py, code, known).unwrap_or_default()
}

fn run(py: &PathBuf, code: &str, known: &[String]) -> Option<Vec<String>> {
    let names = serde_json::to_string(known).ok()?;
    let mut child = Command::new(py)
        .args(["-I", "-c", CHECKER, &names])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(code.as_bytes()).ok()?;
    let started = Instant::now();
    while child.try_wait().ok()?.is_none() {
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().ok()?;
    if !out.status.success() {
        return None; // the checker itself failed: say nothing rather than blame the code
    }
    serde_json::from_slice(&out.stdout).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_finds_what_tree_sitter_accepts() {
        if python().is_none() {
            eprintln!("no Python: skipped");
            return;
        }
        let ok = "import numpy as np\n\ndef f(x, k=2):\n    y = helper(x)\n    return np.mean(y) * k + len(x)\n";
        assert_eq!(problems(ok, &["helper".into()]), Vec::<String>::new());
        let loose = "def f(values):\n    for v in values:\n        pass\n    continue\n";
        assert_eq!(problems(loose, &[]), vec!["Python syntax error at line 4: 'continue' not properly in loop"]);
        assert!(problems(loose, &[])[0].starts_with(SYNTAX_ERROR));
        let unbound = "def f(values):\n    return [v for v in values if v > threshold]\n";
        assert_eq!(problems(unbound, &[]), vec!["it uses `threshold`, which nothing defines"]);
        // Module-level names, imports and globals count as defined.
        let module = "from math import sqrt\nLIMIT = 3\n\ndef f(x):\n    global seen\n    seen = sqrt(x)\n    return seen < LIMIT\n";
        assert_eq!(problems(module, &[]), Vec::<String>::new());
    }
}
