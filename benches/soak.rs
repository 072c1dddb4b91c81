//! Soak benchmark (harness = false): `cargo bench --bench soak`.
//!
//! One `gpiot lsp` server, driven over stdio like an editor for a long session: 1,000 mixed
//! operations over five open files (three Python, two C) — typing (incremental didChange),
//! codeAction and codeLens (the cheap requests the server answers) — with 20 generations
//! (Decompose / Generate) running alongside, each applied as a versioned edit. Reports:
//! - memory of the server process from /proc/<pid>/status: RSS after warm-up (the first 100
//!   operations and the first generation, so the engine is loaded), RSS at the end, their
//!   difference (growth over the session) and the peak (VmHWM);
//! - p50/p99 latency of codeAction and codeLens;
//! - that the server's copy of every file equals the editor's at the end (`gpiot/debugDocument`).
//!
//! The engine is the scripted one by default (the fixtures' completions streamed at
//! SOAK_TOKEN_DELAY_MS per 4-byte token, default 2), so the figures are the server's own;
//! GPIOT_BENCH_ENGINE=llama runs the installed model instead, with `maxTokens` 32.

#[path = "../tests/common/lsp_client.rs"]
#[allow(dead_code)]
mod lsp_client;

use std::path::Path;
use std::time::{Duration, Instant};

use lsp_client::{LspClient, Options};
use serde_json::{json, Value};

const OPERATIONS: usize = 1_000;
const GENERATIONS: usize = 20;
const WARM_UP: usize = 100;

/// Deterministic pseudo-random numbers (the same session every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

struct File {
    uri: String,
    lang: &'static str,
}

/// The line of the file's requirement comment (generations run there; typing never touches
/// it, but merged imports move it down).
fn requirement_line(c: &LspClient, file: &File) -> u32 {
    c.text(&file.uri).lines().position(|l| l.contains("Requirement:")).expect("the requirement is never edited") as u32
}

fn python_file(i: usize, helpers: usize) -> String {
    let mut out = String::from("import math\nimport time\n\n");
    out.push_str(&format!("# Requirement: sensor {i}: read PPG samples at 50 Hz from a wrist sensor and report\n# the heart rate every 5 s.\n\n"));
    for k in 0..helpers {
        out.push_str(&format!(
            "def calibrate_{k}(raw, offset={k}):\n    \"\"\"Calibrate reading {k}.\"\"\"\n    value = (raw - offset) * 0.5\n    if value < 0:\n        return 0.0\n    return math.sqrt(value)\n\n\n"
        ));
    }
    out
}

fn c_file(i: usize, helpers: usize) -> String {
    let mut out = String::from("#include <stdint.h>\n#include <stddef.h>\n\n");
    out.push_str(&format!("/* Requirement: line {i}: count the rising edges\n * in a buffer of digital samples. */\n\n"));
    for k in 0..helpers {
        out.push_str(&format!(
            "static int32_t scale_{k}(int32_t raw)\n{{\n    int32_t v = raw * {k} + 3;\n    if (v < 0)\n        return 0;\n    return v / 2;\n}}\n\n"
        ));
    }
    out
}

/// The two fixture scripts in one, told apart by the language line of the decomposition
/// prompt, every rule slowed to `delay_ms` per token. A file that already defines a task's
/// function gets it renamed (`bandpass_2`): code rules also answer the renamed signatures
/// (longest name first, after the exact rules), so later generations do not run out of script.
fn soak_script(dir: &Path, delay_ms: u64) -> std::path::PathBuf {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lsp");
    let (mut rules, mut renamed) = (Vec::new(), Vec::new());
    for (name, lang) in [("python_heart_rate.json", "python"), ("c_edges.json", "c")] {
        let script: Value = serde_json::from_str(&std::fs::read_to_string(fixtures.join(name)).unwrap()).unwrap();
        for mut rule in script["rules"].as_array().unwrap().iter().cloned() {
            if rule["contains"] == "### GPIoT task decomposition" {
                rule["contains"] = json!(format!("### GPIoT task decomposition\n### Language: {lang}"));
            }
            rule["token_delay_ms"] = json!(delay_ms);
            if let Some(exact) = rule["contains"].as_str().and_then(|c| c.strip_suffix('(')) {
                let mut loose = rule.clone();
                loose["contains"] = json!(exact);
                renamed.push(loose);
            }
            rules.push(rule);
        }
    }
    renamed.sort_by_key(|r| std::cmp::Reverse(r["contains"].as_str().unwrap().len()));
    rules.extend(renamed);
    let path = dir.join("soak.json");
    std::fs::write(&path, json!({"rules": rules}).to_string()).unwrap();
    path
}

fn range_at(line: u32, ch: u32) -> Value {
    json!({"start": {"line": line, "character": ch}, "end": {"line": line, "character": ch}})
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn summary(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name}: n={} p50={:.3} ms p99={:.3} ms max={:.3} ms",
        samples.len(),
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.99)),
        ms(*samples.last().unwrap())
    );
}

/// One keystroke-sized edit away from the requirement: a new line at the end of the file, or
/// a space at the end of a random code line.
fn type_something(c: &mut LspClient, file: &File, rng: &mut Lcg, i: usize) {
    let text = c.text(&file.uri).to_string();
    if rng.next(4) > 0 {
        let line = if file.lang == "python" { format!("reading_{i} = {i}\n") } else { format!("int reading_{i} = {i};\n") };
        let end = c.position(&text, text.len());
        c.edit(&file.uri, json!({"start": end, "end": end}), &line);
        return;
    }
    let lines: Vec<(usize, &str)> = text.split_inclusive('\n').scan(0, |start, l| {
        let at = *start;
        *start += l.len();
        Some((at, l))
    }).collect();
    let code: Vec<&(usize, &str)> = lines
        .iter()
        .filter(|(_, l)| {
            let t = l.trim_start();
            !t.is_empty() && !t.starts_with('#') && !t.starts_with("/*") && !t.starts_with('*') && !t.starts_with("//")
        })
        .collect();
    let (start, line) = code[rng.next(code.len())];
    let end = start + line.trim_end_matches('\n').len();
    c.insert_at(&file.uri, end, " ");
}

/// Waits for the generation in flight, if any, and records its outcome and wall time.
fn finish_generation(c: &mut LspClient, running: &mut Option<(i64, Instant)>, generations: &mut Vec<(String, Duration)>) {
    if let Some((id, started)) = running.take() {
        let r = c.wait_response(id);
        generations.push((r["result"]["status"].as_str().unwrap_or("error").to_string(), started.elapsed()));
    }
}

fn main() {
    let engine = std::env::var("GPIOT_BENCH_ENGINE").unwrap_or_else(|_| "scripted".into());
    let delay: u64 = std::env::var("SOAK_TOKEN_DELAY_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(2);
    let dir = tempfile::tempdir().unwrap();
    let init = if engine == "llama" {
        json!({"gpiot": {"threads": 2, "maxTokens": 32}})
    } else {
        json!({"gpiot": {"engine": "scripted", "scriptPath": soak_script(dir.path(), delay)}})
    };
    println!("soak: {OPERATIONS} operations, {GENERATIONS} generations, engine {engine}{}", if engine == "llama" { String::new() } else { format!(" ({delay} ms per token)") });
    let mut c = LspClient::start(Options {
        initialization_options: init,
        env: vec![("GPIOT_LSP_DEBUG".into(), "1".into())],
        ..Options::default()
    });
    c.timeout = Duration::from_secs(1800);

    let mut files = Vec::new();
    let sources = (0..3)
        .map(|i| (format!("file:///soak/sensor_{i}.py"), "python", python_file(i, 60)))
        .chain((0..2).map(|i| (format!("file:///soak/edges_{i}.c"), "c", c_file(i, 60))));
    for (uri, lang, text) in sources {
        c.open(&uri, lang, &text);
        files.push(File { uri, lang });
    }

    let mut rng = Lcg(2026);
    let (mut code_action, mut code_lens) = (Vec::new(), Vec::new());
    let mut edits = 0;
    let mut running: Option<(i64, Instant)> = None;
    let mut generations: Vec<(String, Duration)> = Vec::new();
    let mut warm = None;
    let t0 = Instant::now();
    for i in 0..OPERATIONS {
        // A generation every OPERATIONS / GENERATIONS operations, one at a time, running
        // while the editor keeps typing and asking.
        if i % (OPERATIONS / GENERATIONS) == 0 {
            finish_generation(&mut c, &mut running, &mut generations);
            let file = &files[(i / (OPERATIONS / GENERATIONS)) % files.len()];
            let title = if (i / (OPERATIONS / GENERATIONS)) % 2 == 0 { "Decompose into tasks" } else { "Generate IoT pipeline" };
            let cmd = c.action_command(&file.uri, range_at(requirement_line(&c, file), 5), title);
            running = Some((c.start_command(&cmd), Instant::now()));
        }
        let file = &files[rng.next(files.len())];
        match rng.next(10) {
            0..=3 => {
                type_something(&mut c, file, &mut rng, i);
                edits += 1;
            }
            4..=6 => {
                let lines = c.text(&file.uri).matches('\n').count() as u32;
                let t = Instant::now();
                c.code_actions(&file.uri, range_at(rng.next(lines as usize) as u32, 2));
                code_action.push(t.elapsed());
            }
            _ => {
                let t = Instant::now();
                let r = c.request("textDocument/codeLens", json!({"textDocument": {"uri": file.uri}}));
                assert!(r.get("error").is_none(), "{r}");
                code_lens.push(t.elapsed());
            }
        }
        if i + 1 == WARM_UP {
            // Let the generation in flight finish: the baseline is taken with the engine loaded
            // and idle, like the end figure.
            finish_generation(&mut c, &mut running, &mut generations);
            warm = c.memory_kb();
        }
    }
    finish_generation(&mut c, &mut running, &mut generations);
    let elapsed = t0.elapsed();
    let end = c.memory_kb();

    // The server's copy of every file is the editor's.
    for f in &files {
        let r = c.request("gpiot/debugDocument", json!({"uri": f.uri}));
        assert_eq!(r["result"]["text"].as_str(), Some(c.text(&f.uri)), "{} out of sync", f.uri);
    }

    println!("session: {:.1} s, {edits} didChange edits, {} applied edits from generations", elapsed.as_secs_f64(), c.applied_edits);
    let mut statuses: Vec<String> = generations.iter().map(|(s, _)| s.clone()).collect();
    statuses.sort();
    statuses.dedup();
    for s in statuses {
        let n = generations.iter().filter(|(g, _)| *g == s).count();
        println!("generations {s}: {n}");
    }
    summary("generation wall time", generations.iter().map(|(_, d)| *d).collect());
    summary("codeAction", code_action.clone());
    summary("codeLens", code_lens.clone());
    summary("cheap requests (codeAction + codeLens)", [code_action, code_lens].concat());
    match (warm, end) {
        (Some((warm_rss, _)), Some((end_rss, peak))) => println!(
            "server memory: RSS after warm-up {:.1} MB, at the end {:.1} MB, growth {:+.1} MB; peak (VmHWM) {:.1} MB",
            warm_rss as f64 / 1024.0,
            end_rss as f64 / 1024.0,
            (end_rss as f64 - warm_rss as f64) / 1024.0,
            peak as f64 / 1024.0
        ),
        _ => println!("server memory: /proc not available"),
    }
    let sizes: Vec<String> = files.iter().map(|f| format!("{} {} lines", f.uri.rsplit('/').next().unwrap(), c.text(&f.uri).lines().count())).collect();
    println!("files at the end: {}", sizes.join(", "));
    c.shutdown();
}
