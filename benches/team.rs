//! Team benchmark (harness = false): `cargo bench --bench team` (or `make bench-team`).
//!
//! N editors (N = 1, 4, 8 by default) each run "Generate IoT pipeline" on their own Python
//! file at the same moment, in two set-ups on this one machine:
//! - shared: one llama.cpp `llama-server` (continuous batching, one slot per editor, the role
//!   adapters loaded once) and N `gpiot lsp` servers with `gpiot.engine = "openai"`;
//! - own: N `gpiot lsp` servers, each loading the model into its own in-process engine (what
//!   every editor does by default), all on this machine's cores.
//!
//! Reported per N and set-up: aggregate generated tokens/s (every editor's tokens, from the
//! `usage` of the executeCommand result, over the wall time from the common start to the
//! last finish), p50/p99 time to a finished pipeline (with at most 8 samples p99 is the
//! slowest editor), pipelines applied, and memory: the peak RSS (VmHWM) of every process of
//! the set-up, summed. Greedy decoding, loopback only; bounded by `gpiot.maxTokens`
//! (TEAM_MAX_TOKENS, default 192 per engine call). The own set-up includes each engine's
//! model load (a fraction of a second from the page cache) in its first pipeline, as an
//! editor's first command does.
//!
//! Settings (environment): TEAM_SIZES ("1,4,8"), TEAM_MAX_TOKENS (192), TEAM_THREADS (cores
//! for llama-server and for each own engine; default: all), TEAM_SETUPS ("shared,own"),
//! GPIOT_LLAMA_SERVER (else tools/llama_cpp.py builds it).

#[path = "../tests/common/lsp_client.rs"]
#[allow(dead_code)]
mod lsp_client;
#[path = "../tests/common/llama_server.rs"]
#[allow(dead_code)]
mod llama_server;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use llama_server::{Launch, LlamaServer};
use lsp_client::{LspClient, Options};
use serde_json::{json, Value};

/// One requirement per editor (different work, as in a real team; none is an IoTBench task).
const REQUIREMENTS: [&str; 8] = [
    "read PPG samples at 50 Hz from a wrist sensor and report the heart rate every 5 s",
    "log the room temperature every minute and raise an alarm when it rises 3 degrees within 10 minutes",
    "count steps from a 3-axis accelerometer sampled at 25 Hz and report the cadence per minute",
    "smooth a noisy humidity signal with a moving average and report hourly minimum and maximum",
    "detect when a motor's current draw exceeds twice its running mean for more than 2 s",
    "fuse gyroscope and accelerometer readings with a complementary filter to estimate the pitch angle",
    "parse comma-separated GPS lines and report the distance travelled in kilometres",
    "find the dominant vibration frequency of a pump from accelerometer windows of 256 samples",
];

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn gpiot(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gpiot")).args(args).output().expect("run gpiot");
    assert!(out.status.success(), "gpiot {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// VmHWM (peak RSS) of a process in MB.
fn peak_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// One deployment: `slots` editors' worth of slots (4096 tokens of context each), the role
/// adapters loaded once.
fn start_server(slots: usize, threads: usize) -> LlamaServer {
    let model = PathBuf::from(gpiot(&["model", "path"]));
    LlamaServer::start(Launch { model: &model, slots, ctx: slots * 4096, threads, adapters: &adapters() })
}

fn adapters() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("models/adapters"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "gguf")).collect())
        .unwrap_or_default();
    v.sort();
    v
}

struct EditorResult {
    seconds: f64,
    applied: bool,
    generated_tokens: u64,
    peak_mb: f64,
    note: String,
}

/// One editor: start its server, open its file, wait for everyone, run Generate.
fn editor(i: usize, init: Value, start: std::sync::Arc<std::sync::Barrier>) -> EditorResult {
    let mut c = LspClient::start(Options { initialization_options: init, ..Options::default() });
    c.timeout = Duration::from_secs(3600);
    let uri = format!("file:///team/editor_{i}.py");
    let text = format!("import time\n\n# Requirement: {}\n\n", REQUIREMENTS[i % REQUIREMENTS.len()]);
    c.open(&uri, "python", &text);
    let range = json!({"start": {"line": 2, "character": 3}, "end": {"line": 2, "character": 3}});
    let command = c.action_command(&uri, range, "Generate IoT pipeline");
    start.wait();
    let t0 = Instant::now();
    let response = c.execute(&command);
    let seconds = t0.elapsed().as_secs_f64();
    let result = &response["result"];
    let peak = peak_mb(c.pid());
    let r = EditorResult {
        seconds,
        applied: result["status"] == "applied",
        generated_tokens: result["usage"]["generated_tokens"].as_u64().unwrap_or(0),
        peak_mb: peak,
        note: result["message"].as_str().unwrap_or("").chars().take(120).collect(),
    };
    c.shutdown();
    r
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let idx = ((p / 100.0) * (sorted.len() as f64 - 1.0)).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

struct Row {
    setup: &'static str,
    editors: usize,
    tok_s: f64,
    p50: f64,
    p99: f64,
    applied: usize,
    memory_mb: f64,
}

fn run(setup: &'static str, n: usize, max_tokens: u64, threads: usize, server: Option<&LlamaServer>) -> Row {
    let init = match server {
        Some(s) => json!({"engine": "openai", "serverUrl": s.url, "maxTokens": max_tokens}),
        None => json!({"maxTokens": max_tokens, "threads": threads}),
    };
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(n + 1));
    let handles: Vec<_> = (0..n)
        .map(|i| {
            let (init, b) = (init.clone(), barrier.clone());
            std::thread::spawn(move || editor(i, init, b))
        })
        .collect();
    barrier.wait();
    let t0 = Instant::now();
    let results: Vec<EditorResult> = handles.into_iter().map(|h| h.join().expect("editor thread")).collect();
    let wall = t0.elapsed().as_secs_f64();
    let server_peak = server.map_or(0.0, |s| peak_mb(s.pid()));
    for (i, r) in results.iter().enumerate().filter(|(_, r)| !r.applied) {
        eprintln!("  {setup} n={n} editor {i}: not applied after {:.1} s: {}", r.seconds, r.note);
    }
    let mut times: Vec<f64> = results.iter().map(|r| r.seconds).collect();
    times.sort_by(f64::total_cmp);
    Row {
        setup,
        editors: n,
        tok_s: results.iter().map(|r| r.generated_tokens).sum::<u64>() as f64 / wall,
        p50: percentile(&times, 50.0),
        p99: percentile(&times, 99.0),
        applied: results.iter().filter(|r| r.applied).count(),
        memory_mb: results.iter().map(|r| r.peak_mb).sum::<f64>() + server_peak,
    }
}

fn main() {
    // `cargo bench` passes --bench; nothing else is accepted.
    let sizes: Vec<usize> = env_or("TEAM_SIZES", "1,4,8").split(',').map(|s| s.trim().parse().expect("TEAM_SIZES: numbers")).collect();
    let max_tokens: u64 = env_or("TEAM_MAX_TOKENS", "192").parse().expect("TEAM_MAX_TOKENS: a number");
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let threads: usize = env_or("TEAM_THREADS", &cores.to_string()).parse().expect("TEAM_THREADS: a number");
    let setups = env_or("TEAM_SETUPS", "shared,own");
    let model = gpiot(&["model", "path"]);
    assert!(Path::new(&model).is_file(), "no model: run `make model`");
    eprintln!(
        "team benchmark: {} cores, {threads} threads per engine, maxTokens {max_tokens}, editors {sizes:?}, adapters {}",
        cores,
        adapters().len()
    );

    let mut rows = Vec::new();
    let max_n = *sizes.iter().max().unwrap_or(&1);
    // One deployment for every N (as many slots as the largest team), idle while the own
    // engines run. Each N runs shared then own, back to back, so both see the same machine.
    let server = setups.contains("shared").then(|| start_server(max_n, threads));
    for &n in &sizes {
        if let Some(server) = &server {
            let row = run("shared llama-server", n, max_tokens, threads, Some(server));
            eprintln!("  shared n={n}: {:.1} tok/s, p50 {:.1} s", row.tok_s, row.p50);
            rows.push(row);
        }
        if setups.contains("own") {
            let row = run("own engine each", n, max_tokens, threads, None);
            eprintln!("  own n={n}: {:.1} tok/s, p50 {:.1} s", row.tok_s, row.p50);
            rows.push(row);
        }
    }

    println!("| set-up | editors | aggregate tok/s | p50 s | p99 s | applied | memory MB (peak RSS, all processes) |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {} | {} | {:.1} | {:.1} | {:.1} | {}/{} | {:.0} |",
            r.setup, r.editors, r.tok_s, r.p50, r.p99, r.applied, r.editors, r.memory_mb
        );
    }
    // Ratios in the same run: shared over own for each team size.
    for &n in &sizes {
        let find = |s: &str| rows.iter().find(|r| r.editors == n && r.setup.starts_with(s));
        if let (Some(sh), Some(own)) = (find("shared"), find("own")) {
            println!(
                "n={n}: shared/own aggregate tok/s {:.2}x, p50 time {:.2}x, memory {:.2}x",
                sh.tok_s / own.tok_s,
                sh.p50 / own.p50,
                sh.memory_mb / own.memory_mb
            );
        }
    }
}
