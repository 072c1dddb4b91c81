//! The guard's compile check for C: a candidate function is compiled (`-fsyntax-only`) with
//! the headers it includes, the usual libc headers and the prototypes of the functions the
//! module will define, by the host's C compiler when there is one. It catches what
//! tree-sitter accepts but a compiler refuses — undeclared identifiers, calls to functions
//! nobody defines, wrong pointer types — so the guard can sample again before the user (or
//! IoTBench's judge) sees it. Without a compiler the check is skipped.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Headers a generated C function may use without including them itself (the module's
/// imports are merged later, so one function's include serves the others).
const PRELUDE: &str = "#include <stdint.h>\n#include <stddef.h>\n#include <stdbool.h>\n#include <string.h>\n#include <math.h>\n#include <stdlib.h>\n#include <stdio.h>\n";

/// What a compiler reports as errors here; warnings that the judge's plain `cc -std=c11`
/// would only warn about stay warnings, except the ones that mean the program cannot work.
/// (Warnings are printed but only `error:` lines count; `-w` would silence the -Werror= ones.)
const FLAGS: [&str; 5] = [
    "-std=c11",
    "-fsyntax-only",
    "-Werror=implicit-function-declaration",
    "-Werror=implicit-int",
    "-Werror=incompatible-pointer-types",
];

const TIMEOUT: Duration = Duration::from_secs(10);

/// The compiler: `GPIOT_CC` (empty = no check), else `cc` when it runs.
fn compiler() -> Option<&'static PathBuf> {
    static CC: OnceLock<Option<PathBuf>> = OnceLock::new();
    CC.get_or_init(|| {
        let cc = match std::env::var_os("GPIOT_CC") {
            Some(v) if v.is_empty() => return None,
            Some(v) => PathBuf::from(v),
            None => PathBuf::from("cc"),
        };
        let ok = Command::new(&cc).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
        if !ok {
            tracing::info!(cc = %cc.display(), "no C compiler: generated C is checked by tree-sitter only");
        }
        ok.then_some(cc)
    })
    .as_ref()
}

/// The translation unit the check compiles.
fn unit(imports: &[String], prototypes: &[String], code: &str) -> String {
    let mut src = String::from(PRELUDE);
    for i in imports {
        src.push_str(i);
        src.push('\n');
    }
    for p in prototypes {
        src.push_str(p.trim().trim_end_matches(';'));
        src.push_str(";\n");
    }
    src.push_str("#line 1 \"generated.c\"\n");
    src.push_str(code);
    src.push('\n');
    src
}

/// Compile errors of `code` (imports removed) given its `imports` and the `prototypes` of
/// the other functions the module defines, as short messages; empty when it compiles or
/// when no compiler is available.
pub fn compile_errors(imports: &[String], prototypes: &[String], code: &str) -> Vec<String> {
    let Some(cc) = compiler() else { return Vec::new() };
    // A prototype the compiler cannot read says nothing about the candidate: leave it out.
    // Every attempt of a batch shares the prototypes: each is compiled once.
    static READABLE: OnceLock<Mutex<HashMap<String, bool>>> = OnceLock::new();
    let cache = READABLE.get_or_init(Default::default);
    let usable: Vec<String> = prototypes
        .iter()
        .filter(|p| {
            if let Some(ok) = cache.lock().ok().and_then(|c| c.get(p.as_str()).copied()) {
                return ok;
            }
            let ok = run(cc, &unit(&[], &[(*p).clone()], "")).is_some_and(|e| e.is_empty());
            if let Ok(mut c) = cache.lock() {
                c.insert((*p).clone(), ok);
            }
            ok
        })
        .cloned()
        .collect();
    run(cc, &unit(imports, &usable, code)).unwrap_or_default()
}

/// `None` when the compiler could not be run (then nothing is reported).
fn run(cc: &PathBuf, src: &str) -> Option<Vec<String>> {
    let mut child = Command::new(cc)
        .env("LC_ALL", "C") // plain quotes in messages, whatever the user's locale
        .args(FLAGS)
        .args(["-x", "c", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let started = Instant::now();
    loop {
        match child.try_wait().ok()? {
            Some(_) => break,
            None if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    let out = child.wait_with_output().ok()?;
    if out.status.success() {
        return Some(Vec::new());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<String> = stderr
        .lines()
        .filter_map(|l| l.split_once(": error: ").map(|(at, msg)| (at, msg)))
        .map(|(at, msg)| {
            let line = at.strip_prefix("generated.c:").and_then(|r| r.split(':').next()).unwrap_or("?");
            format!("C compile error at line {line}: {}", msg.trim())
        })
        .take(3)
        .collect();
    Some(if errors.is_empty() { vec!["the C compiler rejects the code".into()] } else { errors })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn have_cc() -> bool {
        compiler().is_some()
    }

    #[test]
    fn a_clean_function_with_known_helpers_compiles() {
        if !have_cc() {
            eprintln!("no C compiler: skipped");
            return;
        }
        let code = "uint8_t crc8(const uint8_t *data, size_t len)\n{\n    return step(data[0]) + (uint8_t)len;\n}";
        assert_eq!(compile_errors(&[], &["uint8_t step(uint8_t b)".into()], code), Vec::<String>::new());
    }

    #[test]
    fn undeclared_names_and_unknown_calls_are_errors() {
        if !have_cc() {
            eprintln!("no C compiler: skipped");
            return;
        }
        let code = "int f(int x)\n{\n    return g(x) + y;\n}";
        let errs = compile_errors(&[], &[], code);
        assert!(errs.iter().any(|e| e.contains("line 3") && e.contains("implicit declaration")), "{errs:?}");
        assert!(errs.iter().any(|e| e.contains("'y' undeclared")), "{errs:?}");
        // A junk prototype from the plan is ignored, not blamed on the candidate.
        assert_eq!(compile_errors(&[], &["uint8_t m(const uint8_t *x, size_t * +-*/)".into()], "int h(void) { return 1; }"), Vec::<String>::new());
    }
}
