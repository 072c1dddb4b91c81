//! Judging generated code against a task's check.py / check.c, as FORMAT.md says: a fresh
//! folder per run with a copy of the judge and data/, the code saved as solution.py or
//! solution.c, exit status 0 = pass. Every way the code can go wrong ends as a [`Verdict`].

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::sandbox::{Limits, Outcome, Sandbox};
use super::task::{judge_name, Task};
use crate::language::Language;

/// The C compile gets its own, fixed limit: a slow compile is not the solution's fault.
const COMPILE_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    /// The judge ran and exited non-zero (an assertion, an exception, a wrong value).
    Fail,
    Timeout,
    /// Killed by a signal (segfault, abort, out of memory kill).
    Crash,
    CompileError,
    /// The pipeline produced no code (engine or parse error).
    GenerationError,
    /// The runner could not prepare or start the judge (not the code's fault, still a fail).
    RunnerError,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Timeout => "timeout",
            Status::Crash => "crash",
            Status::CompileError => "compile_error",
            Status::GenerationError => "generation_error",
            Status::RunnerError => "runner_error",
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Verdict {
    pub status: Status,
    /// C only.
    pub compile: Option<Outcome>,
    pub run: Option<Outcome>,
    /// Set when the runner itself failed (copying files, starting the interpreter).
    pub error: Option<String>,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        self.status == Status::Pass
    }

    fn runner_error(msg: String) -> Verdict {
        Verdict { status: Status::RunnerError, compile: None, run: None, error: Some(msg) }
    }

    /// Human-readable judge output (compiler, stdout, stderr) for judge.txt.
    pub fn transcript(&self) -> String {
        let mut s = format!("status: {}\n", self.status.name());
        if let Some(e) = &self.error {
            s.push_str(&format!("runner error: {e}\n"));
        }
        for (name, o) in [("compile", &self.compile), ("run", &self.run)] {
            if let Some(o) = o {
                s.push_str(&format!("\n== {name}: {} ({:.2} s)\n", o.summary(), o.seconds));
                if !o.stdout.is_empty() {
                    s.push_str(&format!("-- stdout\n{}\n", o.stdout.trim_end()));
                }
                if !o.stderr.is_empty() {
                    s.push_str(&format!("-- stderr\n{}\n", o.stderr.trim_end()));
                }
            }
        }
        s
    }
}

pub struct Judge {
    pub sandbox: Sandbox,
    /// Absolute path of the evaluation interpreter (resolved once: pyenv-style shims need
    /// the real HOME, which the sandbox replaces).
    pub python: PathBuf,
    pub cc: String,
    pub memory_bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum JudgeError {
    #[error("python interpreter `{cmd}` does not run: {message} (set --python or GPIOT_PYTHON)")]
    Python { cmd: String, message: String },
}

/// The interpreter's real executable (`sys.executable`), so judges run without a shim.
pub fn resolve_python(cmd: &str) -> Result<PathBuf, JudgeError> {
    let err = |message: String| JudgeError::Python { cmd: cmd.to_string(), message };
    let out = std::process::Command::new(cmd)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| err(e.to_string()))?;
    if !out.status.success() {
        return Err(err(String::from_utf8_lossy(&out.stderr).trim().to_string()));
    }
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if path.as_os_str().is_empty() {
        return Err(err("it did not report sys.executable".into()));
    }
    Ok(path)
}

impl Judge {
    pub fn new(sandbox: Sandbox, python: PathBuf) -> Judge {
        Judge { sandbox, python, cc: std::env::var("CC").unwrap_or_else(|_| "cc".into()), memory_bytes: Limits::default().memory_bytes }
    }

    fn limits(&self, timeout: Duration) -> Limits {
        Limits { timeout, memory_bytes: self.memory_bytes, ..Limits::default() }
    }

    /// Runs the task's judge on `code` in a fresh temporary folder (removed afterwards).
    pub fn judge(&self, task: &Task, code: &str) -> Verdict {
        let dir = match tempfile::Builder::new().prefix(&format!("gpiot-judge-{}-", task.id)).tempdir() {
            Ok(d) => d,
            Err(e) => return Verdict::runner_error(format!("cannot create a run folder: {e}")),
        };
        if let Err(e) = prepare(task, code, dir.path()) {
            return Verdict::runner_error(format!("cannot prepare the run folder: {e}"));
        }
        let timeout = Duration::from_secs(task.timeout_s);
        let verdict = match task.language {
            Language::Python => {
                let run = self.sandbox.run(&self.python, &["check.py".into()], dir.path(), &[], &self.limits(timeout));
                Verdict { status: status_of(&run), compile: None, run: Some(run), error: None }
            }
            Language::C => self.judge_c(dir.path(), timeout),
        };
        // The folder may hold read-only or odd files the code made: removal errors are not
        // the verdict's business.
        let _ = dir.close();
        verdict
    }

    fn judge_c(&self, dir: &Path, timeout: Duration) -> Verdict {
        let args: Vec<String> = ["-std=c11", "-O2", "-o", "check", "check.c", "solution.c", "-lm"].iter().map(|s| s.to_string()).collect();
        let compile = self.sandbox.run(Path::new(&self.cc), &args, dir, &[], &self.limits(COMPILE_TIMEOUT));
        if let Some(e) = &compile.spawn_error {
            let msg = format!("C compiler `{}` does not start: {e}", self.cc);
            return Verdict { status: Status::RunnerError, compile: Some(compile), run: None, error: Some(msg) };
        }
        if !compile.success() {
            return Verdict { status: Status::CompileError, compile: Some(compile), run: None, error: None };
        }
        let run = self.sandbox.run(&dir.join("check"), &[], dir, &[], &self.limits(timeout));
        Verdict { status: status_of(&run), compile: Some(compile), run: Some(run), error: None }
    }
}

fn status_of(o: &Outcome) -> Status {
    if o.spawn_error.is_some() {
        Status::RunnerError
    } else if o.timed_out {
        Status::Timeout
    } else if o.exit_code == Some(0) {
        Status::Pass
    } else if o.exit_code.is_none() {
        Status::Crash
    } else {
        Status::Fail
    }
}

/// The run folder: the judge, data/ (if any) and the solution file.
fn prepare(task: &Task, code: &str, dir: &Path) -> std::io::Result<()> {
    let judge = judge_name(task.language);
    std::fs::copy(task.dir.join(judge), dir.join(judge))?;
    let data = task.dir.join("data");
    if data.is_dir() {
        copy_tree(&data, &dir.join("data"))?;
    }
    std::fs::write(dir.join(format!("solution.{}", task.language.extension())), code)
}

/// Copies files and folders; symlinks are skipped so a task cannot pull in files from
/// elsewhere on the machine.
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
