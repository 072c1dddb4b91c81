//! The `gpiot` command line: error paths a user meets first. No model needed.

use std::process::Command;

fn gpiot(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gpiot")).args(args).env_remove("GPIOT_MODEL").output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn missing_model_says_to_install_it() {
    let (ok, _, err) = gpiot(&["generate", "--requirement", "Requirement: blink", "--model", "/nonexistent/m.gguf"]);
    assert!(!ok);
    assert!(err.contains("gpiot model install"), "{err}");
}

#[test]
fn a_text_file_is_not_a_model() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("m.gguf");
    std::fs::write(&f, "hello").unwrap();
    let (ok, _, err) = gpiot(&["generate", "--requirement", "Requirement: blink", "--model", f.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("not a GGUF"), "{err}");
}

#[test]
fn a_truncated_model_is_reported_as_truncated() {
    let model = gpiot::models::Assets::new().default_model_path();
    if !model.is_file() {
        eprintln!("model not installed: skipping (run `make model`)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for len in [1 << 20, 100 << 20] {
        let f = dir.path().join(format!("cut-{len}.gguf"));
        let mut head = Vec::new();
        std::io::Read::read_to_end(&mut std::io::Read::take(std::fs::File::open(&model).unwrap(), len as u64), &mut head).unwrap();
        std::fs::write(&f, &head).unwrap();
        let (ok, _, err) = gpiot(&["generate", "--requirement", "Requirement: blink", "--model", f.to_str().unwrap()]);
        assert!(!ok);
        assert!(err.contains("truncated"), "cut at {len}: {err}");
    }
}

#[test]
fn a_file_without_a_requirement_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.py");
    std::fs::write(&f, "# just a comment\nx = 1\n").unwrap();
    let (ok, _, err) = gpiot(&["generate", f.to_str().unwrap(), "--model", "/nonexistent"]);
    assert!(!ok);
    assert!(err.contains("no requirement comment"), "{err}");
}

#[test]
fn unknown_language_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.rs");
    std::fs::write(&f, "// Requirement: blink\n").unwrap();
    let (ok, _, err) = gpiot(&["generate", f.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("--language python|c"), "{err}");
}

#[test]
fn model_path_without_install_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gpiot"))
        .args(["model", "path"])
        .env("GPIOT_CACHE_DIR", dir.path())
        .env_remove("GPIOT_MODEL")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("gpiot model install"));
}

/// Runs `gpiot examples ARGS` with `stdin` as its input.
fn gpiot_examples(args: &[&str], stdin: &str) -> (bool, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_gpiot"))
        .arg("examples")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn examples_answers_each_query_from_the_shipped_datasets() {
    // A query that is a shipped row's own prompt finds that row among the nearest (the training scripts
    // rely on the ids being the datasets' ids).
    let rows = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/models/datasets/cgd.jsonl")).unwrap();
    let row: serde_json::Value = serde_json::from_str(rows.lines().nth(3).unwrap()).unwrap();
    let query = serde_json::json!({"id": 1, "role": "cg", "language": row["language"], "prompt": row["prompt"]});
    let (ok, out, err) = gpiot_examples(&["--k", "3"], &format!("{query}\n{{\"id\": 2, \"role\": \"td\", \"language\": \"c\", \"prompt\": \"crc8 frame\"}}\n"));
    assert!(ok, "{err}");
    let answers: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0]["id"], 1);
    assert!(answers[0]["nearest"].as_array().unwrap().contains(&row["id"]), "{out}");
    assert_eq!(answers[0]["nearest"].as_array().unwrap().len(), 3);
    assert!(answers[1]["nearest"][0].as_str().unwrap().starts_with("td-c-"), "{out}");
}

#[test]
fn examples_explains_a_bad_query_and_a_missing_corpus() {
    let (ok, _, err) = gpiot_examples(&[], "{\"role\": \"cg\"}\n");
    assert!(!ok);
    assert!(err.contains("query line 1"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let (ok, _, err) = gpiot_examples(&["--datasets", dir.path().to_str().unwrap()], "");
    assert!(!ok);
    assert!(err.contains("GPIOT_DATASETS"), "{err}");
}
