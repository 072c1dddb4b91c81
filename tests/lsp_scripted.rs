//! The language server over stdio, as an editor drives it, on a scripted engine: code actions
//! and lenses, the edits each command makes (fixtures: `$0` marks the cursor), positions with
//! non-ASCII text, progress, cancellation, races with the user's typing, configuration and
//! failure handling. The real model runs in lsp_model.rs.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::fixture;
use common::lsp_client::{EditPolicy, LspClient, Options};
use expect_test::{expect, Expect};
use serde_json::{json, Value};

const PY: &str = "file:///work/heart.py";
const C: &str = "file:///work/edges.c";

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lsp").join(name)
}

/// A copy of a fixture script with every rule slowed to `delay_ms` per 4-byte token.
fn slow_script(dir: &tempfile::TempDir, name: &str, delay_ms: u64) -> PathBuf {
    let mut script: Value = serde_json::from_str(&std::fs::read_to_string(fixture_path(name)).unwrap()).unwrap();
    for rule in script["rules"].as_array_mut().unwrap() {
        rule["token_delay_ms"] = json!(delay_ms);
    }
    let path = dir.path().join(name);
    std::fs::write(&path, serde_json::to_string(&script).unwrap()).unwrap();
    path
}

fn scripted_options(script: &Path) -> Options {
    Options {
        initialization_options: json!({"gpiot": {"engine": "scripted", "scriptPath": script}}),
        ..Options::default()
    }
}

fn client(script: &str) -> LspClient {
    LspClient::start(scripted_options(&fixture_path(script)))
}

/// Opens `before` (with its `$0` cursor), runs the action titled `title` there, checks the
/// command succeeded and the buffer equals `after`.
fn check_action(lang: &str, script: &str, title: &str, before: &str, after: Expect) -> LspClient {
    let uri = if lang == "c" { C } else { PY };
    let (text, range) = fixture::parse(before);
    let mut c = client(script);
    c.open(uri, lang, &text);
    let cmd = c.action_command(uri, range, title);
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "applied", "{r}\nmessages: {:?}", c.messages());
    // The result reports the engine work the command did (benchmarks add it up).
    let usage = &r["result"]["usage"];
    assert!(usage["engine_calls"].as_u64().unwrap_or(0) >= 1, "{r}");
    assert!(usage["generated_tokens"].as_u64().unwrap_or(0) >= usage["engine_calls"].as_u64().unwrap(), "{r}");
    after.assert_eq(c.text(uri));
    c
}

const PY_REQUIREMENT: &str = r#"import numpy as np

# Requirement: read PPG samples at 50 Hz from a wrist sensor and report
# the heart rate every 5 s.$0

def existing():
    return 1
"#;

#[test]
fn python_decompose_inserts_stubs_below_the_requirement() {
    check_action("python", "python_heart_rate.json", "Decompose into tasks", PY_REQUIREMENT, expect![[r#"
        import numpy as np

        # Requirement: read PPG samples at 50 Hz from a wrist sensor and report
        # the heart rate every 5 s.
        def bandpass(samples, fs):
            """Band-pass filter the PPG signal to the heart-rate band (0.5-4 Hz).

            Inputs: samples: list of floats; fs: Hz
            Outputs: numpy array
            Behaviour: 2nd-order Butterworth band-pass 0.5-4 Hz, zero phase
            Libraries: numpy, scipy
            """
            raise NotImplementedError("gpiot: task")


        def detect_peaks(filtered, fs):
            """Find the systolic peaks of the filtered signal.

            Inputs: filtered: numpy array; fs: Hz
            Outputs: numpy array of indices
            Behaviour: peaks at least 0.3 s apart
            Libraries: scipy
            """
            raise NotImplementedError("gpiot: task")


        def estimate_heart_rate(samples, fs):
            """Run the pipeline: bandpass -> detect_peaks.

            Inputs: samples: list of floats; fs: sampling rate in Hz
            Outputs: heart rate in beats per minute
            Behaviour: band-pass, detect peaks, 60 * fs / mean peak interval
            Libraries: numpy
            """
            raise NotImplementedError("gpiot: entry")


        def existing():
            return 1
    "#]]);
}

const PY_STUBS: &str = r#"import numpy as np

# Requirement: read PPG samples at 50 Hz from a wrist sensor and report
# the heart rate every 5 s.
def bandpass(samples, fs):
    """Band-pass filter the PPG signal to the heart-rate band (0.5-4 Hz).

    Inputs: samples: list of floats; fs: Hz
    Outputs: numpy array
    """
    raise NotImplementedError("gpiot: task")


def detect_peaks(filtered, fs):
    """Find the systolic peaks of the filtered signal.

    Inputs: filtered: numpy array; fs: Hz
    Outputs: numpy array of indices
    """
    # the cursor is in this stub$0
    raise NotImplementedError("gpiot: task")


def estimate_heart_rate(samples, fs):
    """Run the pipeline: bandpass -> detect_peaks."""
    raise NotImplementedError("gpiot: entry")


def existing():
    return 1
"#;

#[test]
fn python_implement_task_replaces_exactly_the_stub() {
    check_action("python", "python_heart_rate.json", "Implement task", PY_STUBS, expect![[r#"
        import numpy as np
        from scipy.signal import find_peaks

        # Requirement: read PPG samples at 50 Hz from a wrist sensor and report
        # the heart rate every 5 s.
        def bandpass(samples, fs):
            """Band-pass filter the PPG signal to the heart-rate band (0.5-4 Hz).

            Inputs: samples: list of floats; fs: Hz
            Outputs: numpy array
            """
            raise NotImplementedError("gpiot: task")


        def detect_peaks(filtered, fs):
            """Indices of the systolic peaks, at least 0.3 s apart."""
            peaks, _ = find_peaks(filtered, distance=max(1, int(0.3 * fs)))
            return peaks


        def estimate_heart_rate(samples, fs):
            """Run the pipeline: bandpass -> detect_peaks."""
            raise NotImplementedError("gpiot: entry")


        def existing():
            return 1
    "#]]);
}

#[test]
fn python_implement_all_does_tasks_then_the_entry() {
    let c = check_action("python", "python_heart_rate.json", "Implement all tasks", PY_STUBS, expect![[r#"
        import numpy as np
        from scipy.signal import butter, filtfilt
        from scipy.signal import find_peaks

        # Requirement: read PPG samples at 50 Hz from a wrist sensor and report
        # the heart rate every 5 s.
        def bandpass(samples, fs):
            """Band-pass filter the PPG signal to 0.5-4 Hz (zero phase)."""
            b, a = butter(2, [0.5 / (fs / 2), 4.0 / (fs / 2)], btype="band")
            return filtfilt(b, a, np.asarray(samples, dtype=float))


        def detect_peaks(filtered, fs):
            """Indices of the systolic peaks, at least 0.3 s apart."""
            peaks, _ = find_peaks(filtered, distance=max(1, int(0.3 * fs)))
            return peaks


        def estimate_heart_rate(samples, fs):
            """Heart rate in beats per minute from raw PPG samples."""
            peaks = detect_peaks(bandpass(samples, fs), fs)
            if len(peaks) < 2:
                return 0.0
            return float(60.0 * fs / np.mean(np.diff(peaks)))


        def existing():
            return 1
    "#]]);
    let steps: Vec<String> = c
        .progress()
        .iter()
        .filter(|p| p["value"]["kind"] == "report")
        .filter_map(|p| p["value"]["message"].as_str().map(str::to_string))
        .filter(|m| m.starts_with("implementing"))
        .collect();
    let mut distinct = steps.clone();
    distinct.dedup();
    assert_eq!(
        distinct,
        ["implementing 1/3: bandpass", "implementing 2/3: detect_peaks", "implementing 3/3: estimate_heart_rate"]
    );
}

#[test]
fn python_generate_writes_the_pipeline_and_merges_imports() {
    check_action("python", "python_heart_rate.json", "Generate IoT pipeline", PY_REQUIREMENT, expect![[r#"
        import numpy as np
        from scipy.signal import butter, filtfilt
        from scipy.signal import find_peaks

        # Requirement: read PPG samples at 50 Hz from a wrist sensor and report
        # the heart rate every 5 s.
        def bandpass(samples, fs):
            """Band-pass filter the PPG signal to 0.5-4 Hz (zero phase)."""
            b, a = butter(2, [0.5 / (fs / 2), 4.0 / (fs / 2)], btype="band")
            return filtfilt(b, a, np.asarray(samples, dtype=float))


        def detect_peaks(filtered, fs):
            """Indices of the systolic peaks, at least 0.3 s apart."""
            peaks, _ = find_peaks(filtered, distance=max(1, int(0.3 * fs)))
            return peaks


        def estimate_heart_rate(samples, fs):
            """Heart rate in beats per minute from raw PPG samples."""
            peaks = detect_peaks(bandpass(samples, fs), fs)
            if len(peaks) < 2:
                return 0.0
            return float(60.0 * fs / np.mean(np.diff(peaks)))


        def existing():
            return 1
    "#]]);
}

const C_REQUIREMENT: &str = r#"#include <stdio.h>

/* Requirement: count the rising edges
 * in a buffer of digital samples. $0*/

int main(void)
{
    return 0;
}
"#;

#[test]
fn c_decompose_writes_stubs_with_doc_comments() {
    check_action("c", "c_edges.json", "Decompose into tasks", C_REQUIREMENT, expect![[r#"
        #include <stdio.h>
        #include <stdint.h>

        /* Requirement: count the rising edges
         * in a buffer of digital samples. */
        /* Rising edge test.
         * Inputs: prev, cur: samples
         * Outputs: 1 on a rising edge
         * Behaviour: 1 when prev is 0 and cur is 1
         * Constraints: no malloc
         * Libraries: stdint.h
         */
        int is_edge(int prev, int cur)
        {
            /* gpiot: task */
        }

        /* Count rising edges.
         * Inputs: raw: samples; n: count
         * Outputs: number of rising edges
         * Behaviour: counts is_edge over the samples
         */
        int count(const int32_t *raw, int n)
        {
            /* gpiot: task */
        }

        /* Run the pipeline: is_edge -> count.
         * Inputs: raw: samples; n: count
         * Outputs: number of rising edges
         * Behaviour: counts is_edge over the samples
         */
        int count_edges(const int *raw, int n)
        {
            /* gpiot: entry */
        }

        int main(void)
        {
            return 0;
        }
    "#]]);
}

const C_STUBS: &str = r#"#include <stdint.h>

// Requirement: count the rising edges in a buffer of digital samples.
/* Rising edge test.
 * Inputs: prev, cur
 */
int is_edge(int prev, int cur)
{
    /* gpiot: task */
}

/* Count rising edges. */
int count(const int32_t *raw, int n)
{
    /* gpiot: task */$0
}

/* Run the pipeline: is_edge -> count. */
int count_edges(const int *raw, int n)
{
    /* gpiot: entry */
}
"#;

#[test]
fn c_implement_task_replaces_doc_comment_and_function() {
    check_action("c", "c_edges.json", "Implement task", C_STUBS, expect![[r#"
        #include <stdint.h>
        #include <stddef.h>

        // Requirement: count the rising edges in a buffer of digital samples.
        /* Rising edge test.
         * Inputs: prev, cur
         */
        int is_edge(int prev, int cur)
        {
            /* gpiot: task */
        }

        int count(const int32_t *raw, int n)
        {
            int c = 0;
            for (int i = 1; i < n; i++)
                c += is_edge(raw[i - 1], raw[i]);
            return c;
        }

        /* Run the pipeline: is_edge -> count. */
        int count_edges(const int *raw, int n)
        {
            /* gpiot: entry */
        }
    "#]]);
}

#[test]
fn c_implement_all() {
    check_action("c", "c_edges.json", "Implement all tasks", C_STUBS, expect![[r#"
        #include <stdint.h>
        #include <stddef.h>

        // Requirement: count the rising edges in a buffer of digital samples.
        int is_edge(int prev, int cur)
        {
            return !prev && cur;
        }

        int count(const int32_t *raw, int n)
        {
            int c = 0;
            for (int i = 1; i < n; i++)
                c += is_edge(raw[i - 1], raw[i]);
            return c;
        }

        int count_edges(const int *raw, int n)
        {
            return count(raw, n);
        }
    "#]]);
}

// ----- where actions apply -----

fn titles_at(c: &mut LspClient, uri: &str, lang: &str, fixture_text: &str) -> Vec<String> {
    let (text, range) = fixture::parse(fixture_text);
    c.open(uri, lang, &text);
    c.action_titles(uri, range)
}

#[test]
fn actions_are_offered_only_where_they_apply() {
    let mut c = client("python_heart_rate.json");
    let on_code = "import numpy as np\n\n# Requirement: x\nx = 1$0\n";
    assert!(titles_at(&mut c, PY, "python", on_code).is_empty());
    let plain_comment = "# just a note$0\nx = 1\n";
    assert!(titles_at(&mut c, PY, "python", plain_comment).is_empty());
    // A selection over any comment block counts as an explicit choice.
    let selected = "$0# read the IMU at 100 Hz\n# and count steps$0\nx = 1\n";
    assert_eq!(titles_at(&mut c, PY, "python", selected), ["Decompose into tasks", "Generate IoT pipeline"]);
    let trailing = "x = 1  # Requirement: not an anchor$0\n";
    assert!(titles_at(&mut c, PY, "python", trailing).is_empty());
    let iot_tag = "#   @iot blink the LED every second$0\n";
    assert_eq!(titles_at(&mut c, PY, "python", iot_tag), ["Decompose into tasks", "Generate IoT pipeline"]);
    assert_eq!(
        titles_at(&mut c, PY, "python", PY_STUBS),
        ["Implement task", "Implement all tasks"],
        "in a stub"
    );
    let (text, _) = fixture::parse(PY_STUBS);
    let at_requirement = json!({"start": {"line": 2, "character": 3}, "end": {"line": 2, "character": 3}});
    c.open(PY, "python", &text);
    assert_eq!(c.action_titles(PY, at_requirement), ["Decompose into tasks", "Implement all tasks", "Generate IoT pipeline"]);
    // Unknown languages get nothing.
    assert!(titles_at(&mut c, "file:///work/x.rs", "rust", "// Requirement: blink$0\n").is_empty());
    assert!(c.alive());
}

#[test]
fn languages_setting_limits_the_actions() {
    let options = Options {
        initialization_options: json!({"gpiot": {"engine": "scripted", "scriptPath": fixture_path("c_edges.json"), "languages": ["c"]}}),
        ..Options::default()
    };
    let mut c = LspClient::start(options);
    assert!(titles_at(&mut c, PY, "python", "# Requirement: blink$0\n").is_empty());
    assert_eq!(titles_at(&mut c, C, "c", "// Requirement: blink$0\n").len(), 2);
}

#[test]
fn code_lenses_sit_above_requirements_and_stubs() {
    let mut c = client("python_heart_rate.json");
    let (text, _) = fixture::parse(PY_STUBS);
    c.open(PY, "python", &text);
    let r = c.request("textDocument/codeLens", json!({"textDocument": {"uri": PY}}));
    let lenses: Vec<(u64, String)> = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["range"]["start"]["line"].as_u64().unwrap(), l["command"]["title"].as_str().unwrap().to_string()))
        .collect();
    let expected: Vec<(u64, String)> = [
        (2, "Decompose into tasks"),
        (2, "Implement all tasks"),
        (2, "Generate IoT pipeline"),
        (4, "Implement task"),
        (13, "Implement task"),
        (23, "Implement task"),
    ]
    .iter()
    .map(|(l, t)| (*l, t.to_string()))
    .collect();
    assert_eq!(lenses, expected);
}

// ----- positions -----

/// Non-ASCII text before the edit points (UTF-16 surrogate pairs, multi-byte UTF-8) must
/// not shift anything, in either encoding.
fn non_ascii_round_trip(utf8: bool) {
    let options = Options { utf8, ..scripted_options(&fixture_path("python_heart_rate.json")) };
    let mut c = LspClient::start(options);
    assert_eq!(c.utf8, utf8, "negotiated encoding");
    let text = "import numpy as np\n\nLABEL = \"Herzfrequenz 😀 — Größe\"\n# Requirement: 心拍数 😀 heart rate\n\nx = \"é\"\n";
    c.open(PY, "python", text);
    // Type after the emoji on line 2, replacing "Größe" with "Maß" (incremental changes).
    let line2 = &c.text(PY).to_string();
    let start = line2.find("Größe").unwrap();
    let (a, b) = (c.position(line2, start), c.position(line2, start + "Größe".len()));
    c.edit(PY, json!({"start": a, "end": b}), "Maß");
    let t = c.text(PY).to_string();
    let at = t.find("heart rate").unwrap() + "heart rate".len();
    let p = c.position(&t, at);
    let cmd = c.action_command(PY, json!({"start": p, "end": p}), "Decompose into tasks");
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "applied", "{r}");
    let out = c.text(PY);
    assert!(out.starts_with("import numpy as np\n\nLABEL = \"Herzfrequenz 😀 — Maß\"\n# Requirement: 心拍数 😀 heart rate\ndef bandpass(samples, fs):\n"), "{out}");
    assert!(out.ends_with("raise NotImplementedError(\"gpiot: entry\")\n\n\nx = \"é\"\n"), "{out}");
}

#[test]
fn non_ascii_does_not_shift_edits_utf16() {
    non_ascii_round_trip(false);
}

#[test]
fn non_ascii_does_not_shift_edits_utf8() {
    non_ascii_round_trip(true);
}

// ----- progress and cancellation -----

fn progress_kinds(c: &LspClient) -> Vec<String> {
    c.progress().iter().map(|p| p["value"]["kind"].as_str().unwrap_or_default().to_string()).collect()
}

#[test]
fn progress_is_reported_with_steps_and_percentages() {
    let mut c = client("python_heart_rate.json");
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    c.execute(&cmd);
    // tower-lsp interleaves notifications and responses on one stream: under load the `end`
    // sent before the response can reach the client after it.
    c.pump_until(|c| progress_kinds(c).last().map(String::as_str) == Some("end"));
    assert!(c.server_requests.iter().any(|r| r["method"] == "window/workDoneProgress/create"));
    let kinds = progress_kinds(&c);
    assert_eq!(kinds.first().map(String::as_str), Some("begin"));
    assert_eq!(kinds.last().map(String::as_str), Some("end"));
    let reports: Vec<(String, u64)> = c
        .progress()
        .iter()
        .filter(|p| p["value"]["kind"] == "report")
        .map(|p| (p["value"]["message"].as_str().unwrap().to_string(), p["value"]["percentage"].as_u64().unwrap()))
        .collect();
    assert!(reports.iter().any(|(m, _)| m == "decomposing"), "{reports:?}");
    assert!(reports.windows(2).all(|w| w[0].1 <= w[1].1), "percentages never go back: {reports:?}");
    assert!(c.progress().first().unwrap()["value"]["cancellable"] == true);
}

#[test]
fn progress_uses_the_client_token_without_window_support() {
    let options = Options { work_done_progress: false, ..scripted_options(&fixture_path("python_heart_rate.json")) };
    let mut c = LspClient::start(options);
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    let id = c.send_request(
        "workspace/executeCommand",
        json!({"command": cmd["command"], "arguments": cmd["arguments"], "workDoneToken": "client-token-1"}),
    );
    let r = c.wait_response(id);
    assert_eq!(r["result"]["status"], "applied");
    assert!(!c.server_requests.iter().any(|r| r["method"] == "window/workDoneProgress/create"));
    assert!(c.progress().iter().all(|p| p["token"] == "client-token-1"));
    assert_eq!(progress_kinds(&c).first().map(String::as_str), Some("begin"));
}

/// Starts a slow Decompose and returns once the engine is running (a report arrived).
fn start_slow_decompose(c: &mut LspClient) -> i64 {
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    let id = c.start_command(&cmd);
    c.pump_until(|c| c.progress().iter().any(|p| p["value"]["message"] == "decomposing"));
    id
}

#[test]
fn cancel_request_reaches_the_engine() {
    let dir = tempfile::tempdir().unwrap();
    // ~100 tokens at 40 ms: the plan alone takes seconds.
    let mut c = LspClient::start(scripted_options(&slow_script(&dir, "python_heart_rate.json", 40)));
    let before = fixture::parse(PY_REQUIREMENT).0;
    let t0 = Instant::now();
    let id = start_slow_decompose(&mut c);
    c.cancel_request(id);
    let r = c.wait_response(id);
    assert_eq!(r["error"]["code"], -32800, "RequestCancelled: {r}");
    // The run itself stops (the engine saw the token): its progress ends as cancelled, soon.
    c.pump_until(|c| progress_kinds(c).contains(&"end".to_string()));
    let end = c.progress().into_iter().find(|p| p["value"]["kind"] == "end").unwrap();
    assert_eq!(end["value"]["message"], "cancelled");
    assert!(t0.elapsed() < Duration::from_secs(3), "stopped promptly: {:?}", t0.elapsed());
    c.pump_for(Duration::from_millis(300));
    assert!(!c.server_requests.iter().any(|r| r["method"] == "workspace/applyEdit"));
    assert_eq!(c.text(PY), before);
}

#[test]
fn progress_cancel_notification_cancels_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = LspClient::start(scripted_options(&slow_script(&dir, "python_heart_rate.json", 40)));
    let id = start_slow_decompose(&mut c);
    let token = c.progress()[0]["token"].clone();
    c.notify("window/workDoneProgress/cancel", json!({"token": token}));
    let r = c.wait_response(id);
    assert_eq!(r["result"]["status"], "cancelled", "{r}");
    assert!(!c.server_requests.iter().any(|r| r["method"] == "workspace/applyEdit"));
}

// ----- races with the user's typing -----

#[test]
fn edits_during_generation_are_kept_and_the_result_re_anchored() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = LspClient::start(scripted_options(&slow_script(&dir, "python_heart_rate.json", 2)));
    let id = start_slow_decompose(&mut c);
    // The user types above the requirement and below it while the model runs.
    c.insert_at(PY, 0, "# header added meanwhile\n");
    let end = c.text(PY).len();
    c.insert_at(PY, end, "\ndef typed_meanwhile():\n    pass\n");
    let r = c.wait_response(id);
    assert_eq!(r["result"]["status"], "applied", "{r}");
    let out = c.text(PY);
    assert!(out.starts_with("# header added meanwhile\nimport numpy as np\n\n# Requirement: read PPG"), "{out}");
    assert!(out.contains("# the heart rate every 5 s.\ndef bandpass(samples, fs):\n"), "{out}");
    assert!(out.ends_with("def existing():\n    return 1\n\ndef typed_meanwhile():\n    pass\n"), "{out}");
    // The edit was versioned against the version that included the user's typing.
    let edit = c.server_requests.iter().find(|r| r["method"] == "workspace/applyEdit").unwrap();
    assert_eq!(edit["params"]["edit"]["documentChanges"][0]["textDocument"]["version"], 3);
}

#[test]
fn a_deleted_requirement_changes_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = LspClient::start(scripted_options(&slow_script(&dir, "python_heart_rate.json", 2)));
    let id = start_slow_decompose(&mut c);
    let text = c.text(PY).to_string();
    let a = text.find("# Requirement").unwrap();
    let b = text.find("def existing").unwrap();
    let (pa, pb) = (c.position(&text, a), c.position(&text, b));
    c.edit(PY, json!({"start": pa, "end": pb}), "");
    let after_delete = c.text(PY).to_string();
    let r = c.wait_response(id);
    assert_eq!(r["result"]["status"], "anchorLost", "{r}");
    assert_eq!(c.text(PY), after_delete);
    c.wait_message(&["nothing was inserted"]);
}

#[test]
fn an_edited_stub_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = LspClient::start(scripted_options(&slow_script(&dir, "python_heart_rate.json", 5)));
    let (text, range) = fixture::parse(PY_STUBS);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Implement task");
    let id = c.start_command(&cmd);
    c.pump_until(|c| c.progress().iter().any(|p| p["value"]["kind"] == "report"));
    // The user starts writing the body themselves.
    let t = c.text(PY).to_string();
    let at = t.find("    # the cursor is in this stub").unwrap();
    c.insert_at(PY, at, "    peaks = []  # mine\n");
    let mine = c.text(PY).to_string();
    let r = c.wait_response(id);
    assert_eq!(r["result"]["status"], "anchorLost", "{r}");
    assert_eq!(c.text(PY), mine);
}

#[test]
fn without_document_changes_support_plain_changes_are_sent() {
    let options = Options { document_changes: false, ..scripted_options(&fixture_path("python_heart_rate.json")) };
    let mut c = LspClient::start(options);
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    assert_eq!(c.execute(&cmd)["result"]["status"], "applied");
    let edit = &c.server_requests.iter().find(|r| r["method"] == "workspace/applyEdit").unwrap()["params"]["edit"];
    assert!(edit.get("documentChanges").is_none() && edit["changes"][PY].is_array(), "{edit}");
}

#[test]
fn a_refused_edit_is_reported() {
    let mut c = client("python_heart_rate.json");
    c.edit_policy = EditPolicy::Refuse;
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    assert_eq!(c.execute(&cmd)["result"]["status"], "rejected");
    c.wait_message(&["refused"]);
}

// ----- configuration and failures -----

#[test]
fn a_bad_setting_is_reported_and_the_previous_settings_stay() {
    let mut c = client("python_heart_rate.json");
    c.notify("workspace/didChangeConfiguration", json!({"settings": {"gpiot": {"threads": "four", "engine": "scripted"}}}));
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    // Still the scripted engine from initializationOptions.
    assert_eq!(c.execute(&cmd)["result"]["status"], "applied");
    c.wait_message(&["gpiot.threads", "previous settings"]);
}

#[test]
fn changed_model_settings_reload_the_engine() {
    let mut c = client("python_heart_rate.json");
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range.clone(), "Decompose into tasks");
    assert_eq!(c.execute(&cmd)["result"]["status"], "applied");
    assert!(c.text(PY).contains("def bandpass("));
    // Switch the script through didChangeConfiguration (pull model: the server asks).
    c.configuration = json!({"engine": "scripted", "scriptPath": fixture_path("c_edges.json")});
    c.notify("workspace/didChangeConfiguration", json!({"settings": null}));
    c.pump_until(|c| c.server_requests.iter().any(|r| r["method"] == "workspace/configuration"));
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    assert_eq!(c.execute(&cmd)["result"]["status"], "applied");
    // The new script's plan: the engine was reloaded.
    assert!(c.text(PY).contains("is_edge("), "{}", c.text(PY));
}

#[test]
fn a_missing_model_says_how_to_install_it() {
    let options = Options {
        env: vec![("GPIOT_MODEL".into(), "/nonexistent/gpiot-test-model.gguf".into())],
        ..Options::default()
    };
    let mut c = LspClient::start(options);
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Generate IoT pipeline");
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "failed", "{r}");
    c.wait_message(&["gpiot model install"]);
    assert_eq!(c.text(PY), fixture::parse(PY_REQUIREMENT).0);
}

#[test]
fn a_panic_in_a_command_is_contained() {
    let options = Options { env: vec![("GPIOT_LSP_DEBUG".into(), "1".into())], ..scripted_options(&fixture_path("python_heart_rate.json")) };
    let mut c = LspClient::start(options);
    let r = c.request("workspace/executeCommand", json!({"command": "gpiot.debug.panic", "arguments": []}));
    assert_eq!(r["error"]["code"], -32603, "{r}");
    c.wait_message(&["internal error"]);
    // Still serving.
    let (text, range) = fixture::parse(PY_REQUIREMENT);
    c.open(PY, "python", &text);
    let cmd = c.action_command(PY, range, "Decompose into tasks");
    assert_eq!(c.execute(&cmd)["result"]["status"], "applied");
    assert!(c.alive());
}

#[test]
fn bad_input_does_not_kill_the_server() {
    let mut c = client("python_heart_rate.json");
    // A change for a document that is not open, positions far out of range, bad arguments.
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": "file:///nope.py", "version": 2}, "contentChanges": [{"text": "x"}]}));
    c.open(PY, "python", "x = 1\n");
    let far = json!({"start": {"line": 99, "character": 5}, "end": {"line": 120, "character": 0}});
    c.edit(PY, far, "\n# Requirement: y");
    // The client's copy appended at the end as well (positions past the end clamp).
    let r = c.request("workspace/executeCommand", json!({"command": "gpiot.decompose", "arguments": [{"nope": 1}]}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    assert_eq!(c.text(PY), "x = 1\n\n# Requirement: y");
    let titles = c.action_titles(PY, json!({"start": {"line": 2, "character": 3}, "end": {"line": 2, "character": 3}}));
    assert_eq!(titles, ["Decompose into tasks", "Generate IoT pipeline"]);
    assert!(c.alive());
    c.shutdown();
}
