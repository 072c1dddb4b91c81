//! IoTBench runner end to end through the CLI, with a scripted engine (no model): correct and
//! wrong solutions, a hanging judge, a fork/memory hog, a malformed task folder, resume, and
//! decomposition scoring. Fixtures: the FORMAT.md worked examples as they stand in iotbench/tasks.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const HR_OK: &str = include_str!("../iotbench/reference/hr-ppg-001/solution.py");
const EMA_OK: &str = include_str!("../iotbench/reference/c-ema-001/solution.c");

fn public_tasks() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("iotbench/tasks")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let t = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), t).unwrap();
        }
    }
}

/// A task folder with the two worked examples (and optionally more, written by the test).
fn task_dir(tmp: &Path) -> PathBuf {
    let d = tmp.join("tasks");
    for id in ["hr-ppg-001", "c-ema-001"] {
        copy_dir(&public_tasks().join(id), &d.join(id));
    }
    d
}

/// Scripted engine answering the direct prompt of each task (picked by its entry name).
fn script(tmp: &Path, name: &str, rules: &[(&str, &str)]) -> PathBuf {
    let rules: Vec<Value> = rules.iter().map(|(c, code)| json!({"contains": c, "completion": format!("{code}\n```\n")})).collect();
    let p = tmp.join(name);
    std::fs::write(&p, serde_json::to_string(&json!({ "rules": rules })).unwrap()).unwrap();
    p
}

struct Run {
    ok: bool,
    stderr: String,
}

fn run(tasks: &Path, out: &Path, engine: &Path, extra: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gpiot"));
    cmd.args(["iotbench", "run", "--tasks"]).arg(tasks).arg("--out").arg(out).args(extra);
    cmd.env("GPIOT_SCRIPTED_ENGINE", engine);
    let o = cmd.output().expect("gpiot runs");
    Run { ok: o.status.success(), stderr: String::from_utf8_lossy(&o.stderr).into_owned() }
}

fn result(out: &Path, config: &str, task: &str) -> Value {
    let p = out.join(config).join(task).join("result.json");
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))).unwrap()
}

fn status(out: &Path, config: &str, task: &str) -> String {
    result(out, config, task)["status"].as_str().unwrap().to_string()
}

/// Processes whose command line contains `marker` (other than this test's own).
fn processes_with(marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        if let Ok(cmd) = std::fs::read(e.path().join("cmdline")) {
            let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
            if cmd.contains(marker) && !cmd.contains("iotbench_runner") {
                found.push(format!("{}: {cmd}", e.file_name().to_string_lossy()));
            }
        }
    }
    found
}

/// A Python task whose judge imports the solution and calls `f()`.
fn python_task(root: &Path, id: &str, timeout_s: u32) {
    let d = root.join(id);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(
        d.join("task.toml"),
        format!("id = \"{id}\"\nfamily = \"sandbox\"\nlanguage = \"python\"\nrequirement = \"Requirement: implement f_{} () returning 1.\"\nentry = \"f\"\nsteps = [\"return one\"]\ntimeout_s = {timeout_s}\n", id.replace('-', "_")),
    )
    .unwrap();
    std::fs::write(d.join("check.py"), "import solution\nassert solution.f() == 1\nprint('ok')\n").unwrap();
}

#[test]
fn correct_solutions_pass_and_report_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = task_dir(tmp.path());
    let out = tmp.path().join("out");
    let engine = script(tmp.path(), "ok.json", &[("estimate_heart_rate", HR_OK), ("ema_filter", EMA_OK)]);
    let r = run(&tasks, &out, &engine, &["--config", "direct"]);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!(status(&out, "direct", "hr-ppg-001"), "pass", "{}", std::fs::read_to_string(out.join("direct/hr-ppg-001/judge.txt")).unwrap());
    assert_eq!(status(&out, "direct", "c-ema-001"), "pass", "{}", std::fs::read_to_string(out.join("direct/c-ema-001/judge.txt")).unwrap());
    assert!(out.join("direct/hr-ppg-001/solution.py").is_file());
    assert!(out.join("direct/c-ema-001/solution.c").is_file());
    let summary: Value = serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["configs"][0]["pass_at_1"], 1.0);
    // direct never retrieves examples; the report says how many each config had.
    assert_eq!(summary["configs"][0]["examples"], serde_json::json!([0]));
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains("| direct | 2 | 2 | 100.0 %"), "{md}");
    assert!(md.contains("| examples / prompt |"), "{md}");
    assert!(md.contains("(direct/c-ema-001/solution.c)"), "{md}");
    // Charts need a TrueType font; where there is none the report says so instead.
    assert!(out.join("pass_at_1.png").is_file() || md.contains("Charts not drawn"), "{md}");

    // `report` re-renders from the results alone.
    std::fs::remove_file(out.join("report.md")).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_gpiot")).args(["iotbench", "report", "--out"]).arg(&out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.join("report.md").is_file());
}

#[test]
fn wrong_solutions_fail() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = task_dir(tmp.path());
    let out = tmp.path().join("out");
    let engine = script(
        tmp.path(),
        "wrong.json",
        &[("estimate_heart_rate", "def estimate_heart_rate(samples, fs):\n    return 0.0\n"), ("ema_filter", "void ema_filter(const float *in, float *out, int n, float alpha) { nope }\n")],
    );
    let r = run(&tasks, &out, &engine, &["--config", "direct"]);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!(status(&out, "direct", "hr-ppg-001"), "fail");
    assert_eq!(status(&out, "direct", "c-ema-001"), "compile_error");
    let judge = std::fs::read_to_string(out.join("direct/c-ema-001/judge.txt")).unwrap();
    assert!(judge.contains("nope"), "the compiler output is kept: {judge}");
    let judge = std::fs::read_to_string(out.join("direct/hr-ppg-001/judge.txt")).unwrap();
    assert!(judge.contains("AssertionError"), "{judge}");
}

#[test]
fn hanging_judge_times_out_and_its_processes_die() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = tmp.path().join("tasks");
    python_task(&tasks, "hang-001", 3);
    let out = tmp.path().join("out");
    // Children that would outlive a naive kill: a sleeper and a forked busy loop.
    let code = "import os, subprocess\nsubprocess.Popen(['sleep', '777.25'])\nif os.fork() == 0:\n    os.execvp('sleep', ['sleep', '777.25'])\nwhile True:\n    pass\n";
    let engine = script(tmp.path(), "hang.json", &[("f_hang_001", code)]);
    let start = Instant::now();
    let r = run(&tasks, &out, &engine, &["--config", "direct"]);
    assert!(r.ok, "{}", r.stderr);
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
    assert_eq!(status(&out, "direct", "hang-001"), "timeout");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(processes_with("777.25"), Vec::<String>::new(), "judge processes survived the timeout");
}

#[test]
fn memory_and_process_hogs_are_contained() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = tmp.path().join("tasks");
    python_task(&tasks, "mem-001", 10);
    python_task(&tasks, "fork-001", 4);
    let out = tmp.path().join("out");
    let mem = "buf = bytearray(16 << 30)\ndef f():\n    return 1\n";
    // Linear, not exponential, so a machine without a pids cgroup survives it too.
    let fork = "import os\nfor _ in range(300):\n    if os.fork() == 0:\n        os.execvp('sleep', ['sleep', '888.25'])\ndef f():\n    while True:\n        pass\n";
    let engine = script(tmp.path(), "hogs.json", &[("f_mem_001", mem), ("f_fork_001", fork)]);
    let r = run(&tasks, &out, &engine, &["--config", "direct"]);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!(status(&out, "direct", "mem-001"), "fail");
    let judge = std::fs::read_to_string(out.join("direct/mem-001/judge.txt")).unwrap();
    assert!(judge.contains("MemoryError"), "{judge}");
    assert_ne!(status(&out, "direct", "fork-001"), "pass");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(processes_with("888.25"), Vec::<String>::new(), "forked processes survived");
}

#[test]
fn malformed_task_folders_are_skipped_with_a_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = task_dir(tmp.path());
    std::fs::create_dir_all(tasks.join("broken")).unwrap();
    std::fs::write(tasks.join("broken/task.toml"), "id = \"broken\"\nlanguage = [\n").unwrap();
    std::fs::create_dir_all(tasks.join("no-judge")).unwrap();
    std::fs::write(tasks.join("no-judge/task.toml"), "id = \"no-judge\"\nfamily = \"x\"\nlanguage = \"c\"\nrequirement = \"r\"\nentry = \"f\"\n").unwrap();
    std::fs::create_dir_all(tasks.join("empty")).unwrap();
    let out = tmp.path().join("out");
    let engine = script(tmp.path(), "ok.json", &[("estimate_heart_rate", HR_OK), ("ema_filter", EMA_OK)]);
    let r = run(&tasks, &out, &engine, &["--config", "direct", "--filter", "c-"]);
    assert!(r.ok, "{}", r.stderr);
    for folder in ["broken", "no-judge", "empty"] {
        assert!(r.stderr.contains(&format!("skipping task folder {folder}")), "{folder}: {}", r.stderr);
    }
    assert!(r.stderr.contains("check.c is missing"), "{}", r.stderr);
    assert_eq!(status(&out, "direct", "c-ema-001"), "pass");
    assert!(!out.join("direct/hr-ppg-001").exists(), "--filter keeps only c-*");
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains("skipped task folder `broken`"), "{md}");
}

#[test]
fn resume_skips_finished_tasks() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = task_dir(tmp.path());
    let out = tmp.path().join("out");
    let ok = script(tmp.path(), "ok.json", &[("estimate_heart_rate", HR_OK), ("ema_filter", EMA_OK)]);
    assert!(run(&tasks, &out, &ok, &["--config", "direct"]).ok);
    // An engine with no rules fails every call: a resumed run must not call it.
    let none = script(tmp.path(), "none.json", &[]);
    let r = run(&tasks, &out, &none, &["--config", "direct"]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("2 task(s) already done"), "{}", r.stderr);
    assert_eq!(status(&out, "direct", "hr-ppg-001"), "pass");
    // A missing result is run again (and now fails to generate).
    std::fs::remove_file(out.join("direct/c-ema-001/result.json")).unwrap();
    let r = run(&tasks, &out, &none, &["--config", "direct"]);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!(status(&out, "direct", "c-ema-001"), "generation_error");
    assert_eq!(status(&out, "direct", "hr-ppg-001"), "pass");
}

#[test]
fn pipeline_config_scores_decomposition() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = task_dir(tmp.path());
    let out = tmp.path().join("out");
    let plan = json!({"entry": "def estimate_heart_rate(samples, fs)", "tasks": [
        {"name": "bandpass_filter", "description": "remove baseline drift and noise with a band-pass filter", "inputs": "samples, fs", "outputs": "filtered samples"},
        {"name": "detect_peaks", "description": "detect the systolic peaks of the filtered signal", "inputs": "filtered, fs", "outputs": "peak indices"},
        {"name": "to_bpm", "description": "convert the mean peak interval to beats per minute", "inputs": "peaks, fs", "outputs": "bpm"}]});
    let spec = |sig: &str| json!({"signature": sig, "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}).to_string();
    let rules = json!({"rules": [
        {"contains": "### GPIoT task decomposition", "completion": plan.to_string()},
        // Rules are tried in order: TD and RT prompts also quote the requirement, and only
        // the entry's CG prompt names estimate_heart_rate after them.
        // One spec for every RT call (tasks and entry): the pipeline renames the signature
        // to the task's name, and the judge only needs the CG code below.
        {"contains": "### GPIoT requirement transformation", "completion": spec("def step(samples, fs)")},
        {"contains": "estimate_heart_rate", "completion": "def estimate_heart_rate(samples, fs):\n    return to_bpm(detect_peaks(bandpass_filter(samples, fs), fs), fs)\n```\n"},
        {"contains": "bandpass_filter", "completion": "import numpy as np\nfrom scipy.signal import butter, filtfilt\ndef bandpass_filter(samples, fs):\n    b, a = butter(2, [0.5 / (fs / 2), 4 / (fs / 2)], btype=\"band\")\n    return filtfilt(b, a, np.asarray(samples, float))\n```\n"},
        {"contains": "detect_peaks", "completion": "import numpy as np\nfrom scipy.signal import find_peaks\ndef detect_peaks(filtered, fs):\n    peaks, _ = find_peaks(filtered, distance=int(0.33 * fs), prominence=0.5 * np.std(filtered))\n    return peaks\n```\n"},
        {"contains": "to_bpm", "completion": "import numpy as np\ndef to_bpm(peaks, fs):\n    return 60.0 / (np.mean(np.diff(peaks)) / fs)\n```\n"}
    ]});
    let engine = tmp.path().join("pipeline.json");
    std::fs::write(&engine, rules.to_string()).unwrap();
    let r = run(&tasks, &out, &engine, &["--config", "pipeline", "--filter", "hr-", "--matcher", "jaccard"]);
    assert!(r.ok, "{}", r.stderr);
    let res = result(&out, "pipeline", "hr-ppg-001");
    assert_eq!(res["status"], "pass", "{}", std::fs::read_to_string(out.join("pipeline/hr-ppg-001/judge.txt")).unwrap());
    let d = &res["decomposition"];
    assert_eq!(d["matcher"], "jaccard", "{res}");
    assert_eq!(d["generated_tasks"], 3);
    assert_eq!(d["steps"], 4);
    // Filter, peaks and bpm are named; "intervals between peaks" is arguably inside to_bpm
    // but not a task of its own, so 3 or 4 of 4 depending on the matcher's word overlap.
    let covered = d["covered"].as_u64().unwrap();
    assert!((3..=4).contains(&covered), "{d}");
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains("jaccard"), "{md}");
}

#[test]
fn judges_cannot_write_outside_their_folder_when_the_machine_allows() {
    let tmp = tempfile::tempdir().unwrap();
    let tasks = tmp.path().join("tasks");
    python_task(&tasks, "escape-001", 10);
    let out = tmp.path().join("out");
    let target = tmp.path().join("escaped.txt");
    let code = format!("def f():\n    open({:?}, 'w').write('x')\n    return 1\n", target.display().to_string());
    let engine = script(tmp.path(), "escape.json", &[("f_escape_001", &code)]);
    let r = run(&tasks, &out, &engine, &["--config", "direct"]);
    assert!(r.ok, "{}", r.stderr);
    let info: Value = serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).unwrap()).unwrap();
    if info["sandbox"].as_str().unwrap().contains("read-only root") {
        assert!(!target.exists(), "the judge wrote outside its folder");
        assert_eq!(status(&out, "direct", "escape-001"), "fail");
    } else {
        eprintln!("no mount namespace here: write protection not tested ({})", info["sandbox"]);
    }
}
