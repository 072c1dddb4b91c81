//! Running untrusted code (a judge with generated code linked in) so that it cannot take the
//! runner or the machine down: its own process group (killed whole on timeout), rlimits on
//! address space / file size / CPU, and — where this machine allows, probed once — network,
//! pid and mount namespaces (`unshare`) with a read-only root except the run folder, and a
//! `pids` cgroup that stops fork bombs. Whatever the code does, the runner gets an
//! [`Outcome`] back; nothing here panics on the judged program's behaviour.

use std::ffi::CString;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug)]
pub struct Limits {
    pub timeout: Duration,
    /// RLIMIT_AS per process.
    pub memory_bytes: u64,
    /// Threads + processes in the run's cgroup (when a pids cgroup is available).
    pub max_tasks: u64,
    /// RLIMIT_FSIZE: the largest file the code may write.
    pub file_bytes: u64,
    /// Kept per stream (stdout, stderr); the rest is counted and dropped.
    pub output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { timeout: Duration::from_secs(30), memory_bytes: 2 << 30, max_tasks: 64, file_bytes: 64 << 20, output_bytes: 64 << 10 }
    }
}

/// How one sandboxed run ended.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Outcome {
    pub exit_code: Option<i32>,
    /// The signal that ended it (SIGKILL after a timeout).
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub seconds: f64,
    pub stdout: String,
    pub stderr: String,
    /// The program could not be started at all (e.g. interpreter missing).
    pub spawn_error: Option<String>,
}

impl Outcome {
    pub fn success(&self) -> bool {
        self.exit_code == Some(0) && !self.timed_out && self.spawn_error.is_none()
    }

    /// One line for reports: "exit 1", "timed out after 3.0 s", "killed by signal 11".
    pub fn summary(&self) -> String {
        if let Some(e) = &self.spawn_error {
            return format!("could not start: {e}");
        }
        if self.timed_out {
            return format!("timed out after {:.1} s", self.seconds);
        }
        match (self.exit_code, self.signal) {
            (Some(c), _) => format!("exit {c}"),
            (None, Some(s)) => format!("killed by signal {s}"),
            _ => "ended".into(),
        }
    }
}

/// Makes the run folder the only writable place: bind it onto itself, remount the root
/// read-only (the bind mount keeps its own, writable flags), then exec the program.
/// `$0` is the folder, `$@` the program and its arguments. The `cd` matters: the working
/// directory still points into the old, now read-only mount until it is entered again.
const READ_ONLY_ROOT: &str = r#"mount --bind "$0" "$0" && mount -o remount,bind,ro / && cd "$0" && exec "$@""#;

struct Isolation {
    description: &'static str,
    args: &'static [&'static str],
    read_only_root: bool,
}

/// Tried in order; the first that runs a probe command is used. The `--user` variants are
/// for non-root users, where user namespaces make the others possible.
const ISOLATIONS: &[Isolation] = &[
    Isolation {
        description: "network, pid and mount namespaces; read-only root",
        args: &["--net", "--pid", "--fork", "--kill-child", "--mount", "--propagation", "private"],
        read_only_root: true,
    },
    Isolation {
        description: "user, network, pid and mount namespaces; read-only root",
        args: &["--user", "--map-root-user", "--net", "--pid", "--fork", "--kill-child", "--mount", "--propagation", "private"],
        read_only_root: true,
    },
    Isolation { description: "network and pid namespaces", args: &["--net", "--pid", "--fork", "--kill-child"], read_only_root: false },
    Isolation {
        description: "user, network and pid namespaces",
        args: &["--user", "--map-root-user", "--net", "--pid", "--fork", "--kill-child"],
        read_only_root: false,
    },
    Isolation { description: "network namespace", args: &["--net"], read_only_root: false },
    Isolation { description: "user and network namespaces", args: &["--user", "--map-root-user", "--net"], read_only_root: false },
];

#[derive(Clone, Debug)]
pub struct Sandbox {
    /// `unshare` and its flags; empty when no namespace works here.
    wrapper: Vec<String>,
    read_only_root: bool,
    /// Where per-run pids cgroups are created, when this machine lets us.
    cgroup_base: Option<PathBuf>,
    /// What protects a run, for the report.
    pub description: String,
    /// What could not be set up (shown once at the start of a run and in the report).
    pub warnings: Vec<String>,
}

static RUN_COUNTER: AtomicU32 = AtomicU32::new(0);

impl Sandbox {
    /// No namespaces, no cgroup: process group and rlimits only.
    pub fn minimal() -> Sandbox {
        Sandbox { wrapper: Vec::new(), read_only_root: false, cgroup_base: None, description: "process group and rlimits only".into(), warnings: Vec::new() }
    }

    /// Finds the strongest isolation this machine allows (a few short probe runs).
    pub fn probe() -> Sandbox {
        let mut sb = Sandbox::minimal();
        if std::env::var_os("GPIOT_SANDBOX").is_some_and(|v| v == "none") {
            sb.warnings.push("GPIOT_SANDBOX=none: judges run without namespaces (network not blocked)".into());
            return sb;
        }
        sb.cgroup_base = probe_cgroup();
        let probe_dir = match tempfile::Builder::new().prefix("gpiot-probe-").tempdir() {
            Ok(d) => d,
            Err(e) => {
                sb.warnings.push(format!("cannot create a probe folder: {e}"));
                return sb;
            }
        };
        let limits = Limits { timeout: Duration::from_secs(10), ..Limits::default() };
        for iso in ISOLATIONS {
            let candidate = Sandbox {
                wrapper: std::iter::once("unshare".to_string()).chain(iso.args.iter().map(|s| s.to_string())).collect(),
                read_only_root: iso.read_only_root,
                cgroup_base: None,
                description: iso.description.into(),
                warnings: Vec::new(),
            };
            let marker = probe_dir.path().join("probe");
            let _ = std::fs::remove_file(&marker);
            let out = candidate.run(Path::new("sh"), &["-c".into(), ": > probe".into()], probe_dir.path(), &[], &limits);
            if out.success() && marker.is_file() {
                sb.wrapper = candidate.wrapper;
                sb.read_only_root = candidate.read_only_root;
                sb.description = candidate.description;
                break;
            }
        }
        if sb.wrapper.is_empty() {
            sb.warnings.push("`unshare` does not work here: judges run with network access and may write outside their folder".into());
        } else if !sb.read_only_root {
            sb.warnings.push("no mount namespace: a judge could write outside its folder (HOME and TMPDIR point into it)".into());
        }
        match &sb.cgroup_base {
            Some(_) => sb.description.push_str("; pids cgroup"),
            None => sb.warnings.push("no writable pids cgroup: a fork bomb is only stopped by the timeout".into()),
        }
        sb.description.push_str("; rlimits (address space, file size, CPU)");
        sb
    }

    /// Runs `program args` in `dir` under `limits`. `env` is added to a small clean
    /// environment (PATH, LANG, HOME=TMPDIR=dir, one BLAS thread).
    pub fn run(&self, program: &Path, args: &[String], dir: &Path, env: &[(String, String)], limits: &Limits) -> Outcome {
        let start = Instant::now();
        let mut argv: Vec<String> = Vec::new();
        argv.extend(self.wrapper.iter().cloned());
        if self.read_only_root && !self.wrapper.is_empty() {
            argv.extend(["sh".into(), "-c".into(), READ_ONLY_ROOT.into(), dir.to_string_lossy().into_owned()]);
        }
        argv.push(program.to_string_lossy().into_owned());
        argv.extend(args.iter().cloned());

        let cgroup = self.cgroup_base.as_deref().and_then(|b| RunCgroup::create(b, limits.max_tasks));
        let mut cmd = Command::new(&argv[0]);
        cmd.args(&argv[1..]).current_dir(dir).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        cmd.env_clear();
        cmd.env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into()));
        cmd.env("LANG", "C.UTF-8").env("HOME", dir).env("TMPDIR", dir);
        // One BLAS/OpenMP thread: repeatable timings, and OpenBLAS's per-thread buffers would
        // otherwise eat into the address-space limit.
        cmd.env("OMP_NUM_THREADS", "1").env("OPENBLAS_NUM_THREADS", "1").env("MKL_NUM_THREADS", "1");
        cmd.env("PYTHONHASHSEED", "0").env("PYTHONDONTWRITEBYTECODE", "1").env("MPLBACKEND", "Agg");
        for (k, v) in env {
            cmd.env(k, v);
        }
        // A new process group, so the whole tree (judge, its children) is killed at once.
        cmd.process_group(0);
        let procs_path = cgroup.as_ref().and_then(|c| CString::new(c.procs_path().to_string_lossy().into_owned()).ok());
        let rl = RlimitValues::new(limits);
        // SAFETY: the closure runs between fork and exec; it only makes async-signal-safe
        // system calls (open/write/close/setrlimit) on memory prepared before the fork.
        unsafe {
            cmd.pre_exec(move || {
                if let Some(p) = &procs_path {
                    join_cgroup(p);
                }
                rl.apply()
            });
        }
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => {
                if let Some(c) = cgroup {
                    c.destroy();
                }
                return Outcome { spawn_error: Some(format!("{}: {e}", argv[0])), seconds: start.elapsed().as_secs_f64(), ..Outcome::default() };
            }
        };
        let pid = child.id() as libc::pid_t;
        let stdout = capture(child.stdout.take(), limits.output_bytes);
        let stderr = capture(child.stderr.take(), limits.output_bytes);

        let deadline = start + limits.timeout;
        let mut timed_out = false;
        while !exited_without_reaping(pid) {
            if Instant::now() >= deadline {
                timed_out = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // The leader is a zombie (or still running) so its pgid cannot be reused yet: kill
        // the group — leftovers of a finished judge too — before reaping it.
        // SAFETY: plain kill(2) on our own child's process group.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
        let status = child.wait();
        if let Some(c) = cgroup {
            c.destroy();
        }
        let (exit_code, signal) = match status {
            Ok(s) => {
                use std::os::unix::process::ExitStatusExt;
                (s.code(), s.signal())
            }
            Err(_) => (None, None),
        };
        // A process that left the group and the namespace could still hold the pipes open:
        // wait for output only briefly.
        let grace = Duration::from_secs(2);
        Outcome {
            exit_code,
            signal,
            timed_out,
            seconds: start.elapsed().as_secs_f64(),
            stdout: stdout.recv_timeout(grace).unwrap_or_else(|_| "[output not collected: still held open]".into()),
            stderr: stderr.recv_timeout(grace).unwrap_or_else(|_| "[output not collected: still held open]".into()),
            spawn_error: None,
        }
    }

    pub fn has_cgroup(&self) -> bool {
        self.cgroup_base.is_some()
    }
}

/// True once `pid` has exited; leaves it a zombie (WNOWAIT) so its pgid stays reserved.
fn exited_without_reaping(pid: libc::pid_t) -> bool {
    // SAFETY: waitid writes into a zeroed siginfo_t we own.
    unsafe {
        let mut info: libc::siginfo_t = std::mem::zeroed();
        let r = libc::waitid(libc::P_PID, pid as libc::id_t, &mut info, libc::WEXITED | libc::WNOHANG | libc::WNOWAIT);
        r != 0 || info.si_pid() != 0
    }
}

/// Reads a pipe to its end on a thread, keeping the first `cap` bytes.
fn capture<R: Read + Send + 'static>(pipe: Option<R>, cap: usize) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut dropped = 0usize;
        if let Some(mut p) = pipe {
            let mut buf = [0u8; 8192];
            loop {
                match p.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let room = cap.saturating_sub(kept.len()).min(n);
                        kept.extend_from_slice(&buf[..room]);
                        dropped += n - room;
                    }
                }
            }
        }
        let mut s = String::from_utf8_lossy(&kept).into_owned();
        if dropped > 0 {
            s.push_str(&format!("\n[... {dropped} more bytes truncated]\n"));
        }
        let _ = tx.send(s);
    });
    rx
}

#[derive(Clone, Copy)]
struct RlimitValues {
    memory: u64,
    file: u64,
    cpu: u64,
}

impl RlimitValues {
    fn new(l: &Limits) -> Self {
        // CPU seconds as a second line of defence behind the wall-clock timeout.
        RlimitValues { memory: l.memory_bytes, file: l.file_bytes, cpu: l.timeout.as_secs() + 5 }
    }

    fn apply(&self) -> std::io::Result<()> {
        let set = |res, soft: u64, hard: u64| -> std::io::Result<()> {
            // Never above the hard limit we inherited: raising it would fail (EPERM).
            let mut cur = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
            // SAFETY: getrlimit/setrlimit on the current (about to exec) process.
            let max = if unsafe { libc::getrlimit(res, &mut cur) } == 0 { cur.rlim_max } else { libc::RLIM_INFINITY };
            let lim = libc::rlimit { rlim_cur: (soft as libc::rlim_t).min(max), rlim_max: (hard as libc::rlim_t).min(max) };
            if unsafe { libc::setrlimit(res, &lim) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        };
        set(libc::RLIMIT_AS, self.memory, self.memory)?;
        set(libc::RLIMIT_FSIZE, self.file, self.file)?;
        set(libc::RLIMIT_CORE, 0, 0)?;
        set(libc::RLIMIT_CPU, self.cpu, self.cpu + 1)?;
        Ok(())
    }
}

/// Moves the calling process into the cgroup whose `cgroup.procs` is `procs` ("0" = self).
fn join_cgroup(procs: &CString) {
    // SAFETY: open/write/close with a valid C string and a static buffer.
    unsafe {
        let fd = libc::open(procs.as_ptr(), libc::O_WRONLY);
        if fd >= 0 {
            libc::write(fd, b"0".as_ptr() as *const libc::c_void, 1);
            libc::close(fd);
        }
    }
}

/// The pids controller: cgroup v1 `pids` hierarchy, or v2 when `pids` is delegated.
fn probe_cgroup() -> Option<PathBuf> {
    let mut bases = vec![PathBuf::from("/sys/fs/cgroup/pids")];
    let v2 = PathBuf::from("/sys/fs/cgroup");
    if std::fs::read_to_string(v2.join("cgroup.subtree_control")).is_ok_and(|s| s.split_whitespace().any(|c| c == "pids")) {
        bases.push(v2);
    }
    bases.into_iter().find(|b| RunCgroup::create(b, 8).map(|c| c.destroy()).is_some())
}

struct RunCgroup {
    dir: PathBuf,
}

impl RunCgroup {
    fn create(base: &Path, max_tasks: u64) -> Option<RunCgroup> {
        let n = RUN_COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = base.join(format!("gpiot-judge-{}-{n}", std::process::id()));
        std::fs::create_dir(&dir).ok()?;
        let c = RunCgroup { dir };
        if std::fs::write(c.dir.join("pids.max"), max_tasks.to_string()).is_err() {
            c.destroy();
            return None;
        }
        Some(c)
    }

    fn procs_path(&self) -> PathBuf {
        self.dir.join("cgroup.procs")
    }

    /// Kills whatever is still inside, then removes the cgroup.
    fn destroy(self) {
        for _ in 0..200 {
            let pids: Vec<i32> = std::fs::read_to_string(self.procs_path())
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|p| p.parse().ok())
                .collect();
            if pids.is_empty() {
                break;
            }
            for p in pids {
                // SAFETY: kill(2); these pids are in our private cgroup.
                unsafe {
                    libc::kill(p, libc::SIGKILL);
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = std::fs::remove_dir(&self.dir);
    }
}
