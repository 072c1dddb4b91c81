//! Memory of the example corpus (`cargo bench --bench corpus_memory`): the shipped datasets
//! indexed with the rows left on disk (`Corpus::load`, what the server does) vs the same rows
//! held in memory (`Corpus::new`, how the corpus was kept before 2026-12-06). Each way runs in
//! its own child process; the figure is that process's peak RSS growth (VmHWM) over the load.

use std::process::Command;

use gpiot::retrieval::{Corpus, Example, DATASET_FILES};

fn vm_hwm_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()).unwrap_or(0)
}

fn load(mode: &str) -> (usize, u64) {
    let dir = Corpus::default_dir();
    let before = vm_hwm_kb();
    let corpus = match mode {
        "files" => Corpus::load(&dir).expect("models/datasets loads"),
        _ => {
            let mut rows = Vec::new();
            for name in DATASET_FILES {
                let text = std::fs::read_to_string(dir.join(name)).expect("dataset file");
                rows.extend(text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str::<Example>(l).expect("row")));
            }
            Corpus::new(rows)
        }
    };
    // One query so both ways do their work, then the peak.
    let hit = corpus.nearest("cg", gpiot::language::Language::C, "crc8 polynomial 0x31", 1).len();
    (corpus.len() + hit, vm_hwm_kb().saturating_sub(before))
}

fn main() {
    if let Some(mode) = std::env::var("CORPUS_MEMORY_MODE").ok() {
        let (rows, kb) = load(&mode);
        println!("{rows} {kb}");
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let mut results = Vec::new();
    for mode in ["memory", "files"] {
        let out = Command::new(&exe).env("CORPUS_MEMORY_MODE", mode).output().expect("child runs");
        let text = String::from_utf8_lossy(&out.stdout);
        let mut it = text.split_whitespace().map(|v| v.parse::<u64>().unwrap_or(0));
        let (rows, kb) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
        results.push((mode, rows, kb));
    }
    println!("| corpus kept | rows (+1 hit) | peak RSS growth of the load (MB) |");
    println!("| --- | ---: | ---: |");
    for (mode, rows, kb) in &results {
        let what = if *mode == "files" { "index, rows on disk (Corpus::load)" } else { "every row in memory (Corpus::new)" };
        println!("| {what} | {rows} | {:.1} |", *kb as f64 / 1024.0);
    }
    if let [(_, _, mem), (_, _, files)] = results[..] {
        println!("files / memory: {:.2}", files as f64 / mem.max(1) as f64);
    }
}
