//! Bad input over stdio, as a buggy or hostile client sends it: malformed JSON-RPC framing,
//! unknown methods, out-of-range positions, a 50 MB document, NUL and control characters,
//! wrongly typed settings, unusable model and adapter files, and an engine that fails
//! mid-stream.
//!
//! Each case must get a clear error — a JSON-RPC error, or a `window/showMessage` that says
//! what to do — and the server must keep serving: after each one a request is answered
//! correctly (`assert_serving`), usually a code action or a fresh generation on the scripted
//! engine. Cases covered elsewhere are not repeated here: a bad `threads` setting, a missing
//! model via GPIOT_MODEL, a panic in a command, bad command arguments, a change to a closed
//! document and positions a little past the end (lsp_scripted.rs); a truncated real model on
//! the command line (cli.rs).

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::lsp_client::{LspClient, Options};
use gpiot::models::Assets;
use serde_json::{json, Value};

const PY: &str = "file:///work/blink.py";
const C: &str = "file:///work/blink.c";
/// A small file with a requirement on line 2 (its actions: Decompose, Generate).
const BLINK: &str = "import time\n\n# Requirement: blink the LED on GPIO 17 every second.\n\nx = 1\n";
const ON_REQUIREMENT: (u32, u32) = (2, 5);

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lsp").join(name)
}

fn scripted(script: &Path) -> Value {
    json!({"gpiot": {"engine": "scripted", "scriptPath": script}})
}

fn start(init: Value, env: &[(&str, &str)]) -> LspClient {
    let mut env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    env.push(("GPIOT_LSP_DEBUG".into(), "1".into()));
    LspClient::start(Options { initialization_options: init, env, ..Options::default() })
}

fn at(line: u32, character: u32) -> Value {
    json!({"start": {"line": line, "character": character}, "end": {"line": line, "character": character}})
}

fn code_action_params(uri: &str, range: Value) -> Value {
    json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}})
}

/// The server still answers: a fresh small document gets its code actions.
fn assert_serving(c: &mut LspClient) {
    let uri = "file:///work/still_serving.py";
    c.open(uri, "python", BLINK);
    let titles = c.action_titles(uri, at(ON_REQUIREMENT.0, ON_REQUIREMENT.1));
    assert_eq!(titles, ["Decompose into tasks", "Generate IoT pipeline"], "messages: {:?}", c.messages());
    c.close(uri);
    assert!(c.alive());
}

/// The server still generates: Decompose on the requirement of a fresh document is applied.
fn assert_generates(c: &mut LspClient) {
    let uri = "file:///work/still_generating.py";
    c.open(uri, "python", BLINK);
    let cmd = c.action_command(uri, at(ON_REQUIREMENT.0, ON_REQUIREMENT.1), "Decompose into tasks");
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "applied", "{r}\nmessages: {:?}", c.messages());
    assert!(c.text(uri).contains("raise NotImplementedError(\"gpiot: task\")"), "{}", c.text(uri));
    c.close(uri);
}

/// The server's copy of `uri` (`gpiot/debugDocument`) equals the client's.
fn assert_in_sync(c: &mut LspClient, uri: &str) {
    let r = c.request("gpiot/debugDocument", json!({"uri": uri}));
    assert_eq!(r["result"]["version"].as_i64(), Some(c.version(uri)), "version");
    assert!(r["result"]["text"].as_str() == Some(c.text(uri)), "the server's text differs from the editor's");
}

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

// ----- malformed JSON-RPC -----

/// Sends `raw`, then expects one error response with a null id and `code`, naming `detail`.
fn expect_framing_error(c: &mut LspClient, raw: &[u8], code: i64, detail: &str) {
    let before = c.null_id_responses.len();
    c.send_raw(raw);
    c.pump_until(|c| c.null_id_responses.len() > before);
    let error = &c.null_id_responses[before]["error"];
    assert_eq!(error["code"], code, "{error}");
    assert!(error["message"].as_str().unwrap().contains(detail), "{error}");
    assert_serving(c);
}

#[test]
fn malformed_messages_get_json_rpc_errors_and_the_session_goes_on() {
    // tower-lsp alone ends the session at the first undecodable message (regression).
    let mut c = start(scripted(&script("python_heart_rate.json")), &[]);
    expect_framing_error(&mut c, &frame("{not json"), -32700, "Parse error");
    expect_framing_error(&mut c, &frame("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": \"x\""), -32700, "EOF");
    expect_framing_error(&mut c, b"Content-Length: 11\r\n\r\n\xff\xfe{\"a\": 1}\xc3", -32700, "not UTF-8");
    expect_framing_error(&mut c, b"Content-Length: twelve\r\n\r\n{\"jsonrpc\"}", -32700, "Content-Length `twelve`");
    expect_framing_error(&mut c, b"Content-Type: text/plain\r\n\r\n{}", -32700, "without Content-Length");
    expect_framing_error(&mut c, b"hello, server\r\n\r\n", -32700, "Parse error");
    expect_framing_error(&mut c, &frame("[1, 2, 3]"), -32600, "not a JSON-RPC 2.0 message");
    expect_framing_error(&mut c, &frame("{\"jsonrpc\": \"2.0\", \"id\": 3.5, \"method\": \"shutdown\"}"), -32600, "Invalid request");
    // An id the server can read is answered with that id.
    c.send_raw(&frame("{\"jsonrpc\": \"1.0\", \"id\": 90001, \"method\": \"textDocument/codeLens\"}"));
    assert_eq!(c.wait_response(90001)["error"]["code"], -32600);
    assert_serving(&mut c);
}

#[test]
fn a_header_without_its_body_loses_no_following_message() {
    let mut c = start(scripted(&script("python_heart_rate.json")), &[]);
    c.open(PY, "python", BLINK);
    let ask = |id: i64| frame(&json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/codeAction", "params": code_action_params(PY, at(2, 5))}).to_string());
    // Declared shorter and longer than the message that follows; both in one write and split.
    for (id, declared, split) in [(91001, 20, false), (91002, 100_000, false), (91003, 64, true)] {
        let header = format!("Content-Length: {declared}\r\n\r\n");
        if split {
            c.send_raw(header.as_bytes());
            std::thread::sleep(Duration::from_millis(50));
            c.send_raw(&ask(id));
        } else {
            c.send_raw(&[header.as_bytes(), &ask(id)].concat());
        }
        let r = c.wait_response(id);
        assert_eq!(r["result"].as_array().map(Vec::len), Some(2), "the request after the bare header is answered: {r}");
        let error = &c.null_id_responses.last().unwrap()["error"];
        assert!(error["message"].as_str().unwrap().contains("ended before its Content-Length"), "{error}");
    }
    assert_in_sync(&mut c, PY);
}

// ----- unknown methods -----

#[test]
fn unknown_methods_are_refused_or_ignored() {
    let mut c = start(scripted(&script("python_heart_rate.json")), &[]);
    let r = c.request("gpiot/noSuchRequest", json!({"x": 1}));
    assert_eq!(r["error"]["code"], -32601, "method not found: {r}");
    let r = c.request("textDocument/hover", json!({"textDocument": {"uri": PY}, "position": {"line": 0, "character": 0}}));
    assert_eq!(r["error"]["code"], -32601, "a standard method the server does not offer: {r}");
    // Notifications get no answer (JSON-RPC forbids one), whatever the name.
    c.notify("gpiot/noSuchNotification", json!({"x": 1}));
    c.notify("$/unknownProtocolNotification", json!(null));
    c.notify("textDocument/didSave", json!({"textDocument": {"uri": "file:///never/opened.py"}}));
    assert_serving(&mut c);
    assert!(c.null_id_responses.is_empty(), "{:?}", c.null_id_responses);
}

#[test]
fn the_debug_request_is_unknown_outside_tests() {
    let mut c = LspClient::start(Options { initialization_options: scripted(&script("python_heart_rate.json")), ..Options::default() });
    c.open(PY, "python", BLINK);
    let r = c.request("gpiot/debugDocument", json!({"uri": PY}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    assert_serving(&mut c);
}

// ----- positions -----

#[test]
fn positions_past_the_end_clamp_and_out_of_type_ones_are_refused() {
    let mut c = start(scripted(&script("python_heart_rate.json")), &[]);
    c.open(PY, "python", BLINK);
    let max = u32::MAX;
    // A request at the largest position a client can send: the end of the document, no actions.
    let r = c.request("textDocument/codeAction", code_action_params(PY, at(max, max)));
    assert!(r.get("error").is_none() && r["result"].is_null(), "{r}");
    // A reversed range is the same range.
    let reversed = json!({"start": {"line": 2, "character": max}, "end": {"line": 2, "character": 0}});
    assert_eq!(c.code_actions(PY, reversed).len(), 2);
    // A command whose anchor line is far past the end finds no requirement and says so.
    let r = c.request("workspace/executeCommand", json!({"command": "gpiot.decompose", "arguments": [{"uri": PY, "anchor": {"line": max}}]}));
    assert_eq!(r["result"]["status"], "anchorLost", "{r}");
    c.wait_message(&["no requirement comment here"]);
    // A character past the end of a line is that line's end; a line past the end, the document's.
    c.edit(PY, at(2, max), " (LED 1)");
    c.edit(PY, at(max, max), "# typed past the end\n");
    assert_eq!(c.text(PY), "import time\n\n# Requirement: blink the LED on GPIO 17 every second. (LED 1)\n\nx = 1\n# typed past the end\n");
    assert_in_sync(&mut c, PY);

    // Negative or over-u32 numbers are not positions: a request gets "invalid params" ...
    let r = c.request("textDocument/codeAction", code_action_params(PY, json!({"start": {"line": -1, "character": 0}, "end": {"line": 0, "character": 1u64 << 40}})));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    // ... and an unreadable change makes the server forget the file rather than keep a copy
    // that silently lacks the change (tower-lsp drops notifications it cannot read; regression).
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": PY, "version": 9}, "contentChanges": [{"range": {"start": {"line": -1, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "lost"}]}),
    );
    c.wait_message(&["could not read a change to", "reopen"]);
    assert!(c.code_actions(PY, at(2, 5)).is_empty(), "no actions on a document the server lost track of");
    let r = c.request("gpiot/debugDocument", json!({"uri": PY}));
    assert!(r["result"].is_null(), "{r}");
    // Reopening brings it back.
    let text = c.text(PY).to_string();
    c.open(PY, "python", &text);
    assert_eq!(c.code_actions(PY, at(2, 5)).len(), 2);
    assert_serving(&mut c);
}

// ----- a huge document -----

/// Python source of at least `bytes` bytes, with a requirement at the top.
fn huge_python(bytes: usize) -> String {
    let block = "def scale(x):\n    \"\"\"Scale a reading.\"\"\"\n    return x * 2  # volts to counts\n\n\n";
    let mut text = String::with_capacity(bytes + block.len() * 2);
    text.push_str("import time\n\n# Requirement: blink the LED on GPIO 17 every second.\n\n");
    while text.len() < bytes {
        text.push_str(block);
    }
    text
}

#[test]
fn a_50_mb_document_is_synced_but_not_analysed() {
    let mut c = start(scripted(&script("python_heart_rate.json")), &[]);
    let big = "file:///work/huge.py";
    let text = huge_python(50_000_000);
    let t0 = Instant::now();
    c.open(big, "python", &text);
    drop(text);
    // Parsing it would take ~2.5 GB and half a minute per edit (measured before the size limit):
    // the server keeps the text, offers nothing there and says why.
    assert!(c.code_actions(big, at(2, 5)).is_empty());
    let t_open = t0.elapsed();
    let warning = c.wait_message(&["huge.py", "MB", "no actions"]);
    let t1 = Instant::now();
    c.edit(big, at(3, 0), "LED_PIN = 17\n");
    assert!(c.code_actions(big, at(2, 5)).is_empty());
    let lenses = c.request("textDocument/codeLens", json!({"textDocument": {"uri": big}}));
    assert!(lenses["result"].is_null(), "{lenses}");
    let t_edit = t1.elapsed();
    // A command sent anyway is refused with the reason.
    let r = c.request("workspace/executeCommand", json!({"command": "gpiot.decompose", "arguments": [{"uri": big, "anchor": {"line": 2}}]}));
    assert_eq!(r["result"]["status"], "failed", "{r}");
    c.wait_message(&["too large to analyse", "nothing was changed"]);
    let (rss, peak) = c.memory_kb().unwrap_or_default();
    // Straight to stderr, past libtest's capture: the figures belong in every run's output.
    let _ = writeln!(
        std::io::stderr(),
        "50 MB document: didOpen + codeAction {:.2} s; didChange + codeAction + codeLens {:.3} s; server RSS {} MB, peak {} MB\n  {warning}",
        t_open.as_secs_f64(),
        t_edit.as_secs_f64(),
        rss / 1024,
        peak / 1024
    );
    // The text itself is intact (the edit landed where the client put it).
    assert_in_sync(&mut c, big);
    if peak > 0 {
        // 2.5 GB before the limit; the text, its JSON and the rope now need a few hundred MB.
        assert!(peak < 1024 * 1024, "peak RSS {peak} kB");
    }
    // Cut back below the limit, the file is analysed again.
    let len = c.text(big).len();
    let end = c.position(&c.text(big).to_string(), len);
    c.edit(big, json!({"start": {"line": 5, "character": 0}, "end": end}), "");
    assert_eq!(c.code_actions(big, at(2, 5)).len(), 2);
    assert_serving(&mut c);
}

// ----- binary content -----

#[test]
fn nul_and_control_characters_round_trip() {
    let mut c = start(scripted(&script("python_heart_rate.json")), &[]);
    // JSON strings cannot carry lone surrogates, but they can carry NUL and every control
    // character: in strings, in code, in the requirement itself.
    let text = "import time\n\nTAG = \"\u{0}\u{1}\u{7}\u{1b}[31m\u{7f}\"\n# Requirement: blink the LED \u{1b}[1mfast\u{1b}[0m\u{7} on GPIO 17.\n\nx = 1\u{0}\u{0}\n\u{0}\n";
    c.open(PY, "python", text);
    c.open(C, "c", "/* Requirement: count edges\u{0} in \u{1}\u{2} samples */\nint x = '\u{0}';\n\u{0}");
    for (uri, requirement_line, code_line) in [(PY, 3, 5), (C, 0, 1)] {
        let _ = c.code_actions(uri, at(requirement_line, 5));
        let lenses = c.request("textDocument/codeLens", json!({"textDocument": {"uri": uri}}));
        assert!(lenses.get("error").is_none(), "{lenses}");
        c.edit(uri, at(code_line, 1), "\u{0}\u{1b}");
        assert_in_sync(&mut c, uri);
    }
    // tree-sitter's lexers end a comment at a NUL: a requirement is the text before it, and
    // with nothing before it there is no requirement, hence no action (regression: an empty
    // requirement was offered to the model).
    c.open("file:///work/nul.py", "python", "# Requirement: blink the LED\u{0} fast\nx = 1\n# Requirement: \u{0} blink\n");
    let actions = c.code_actions("file:///work/nul.py", at(0, 5));
    assert_eq!(actions[0]["command"]["arguments"][0]["anchor"]["comment"], "blink the LED");
    assert!(c.code_actions("file:///work/nul.py", at(2, 5)).is_empty());
    // A requirement with control characters in it still generates, and the rest stays byte-exact.
    let cmd = c.action_command(PY, at(3, 5), "Decompose into tasks");
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "applied", "{r}");
    assert!(c.text(PY).starts_with("import time\n\nTAG = \"\u{0}\u{1}\u{7}\u{1b}[31m\u{7f}\"\n"), "{:?}", c.text(PY));
    assert!(c.text(PY).ends_with("\nx\u{0}\u{1b} = 1\u{0}\u{0}\n\u{0}\n"), "{:?}", c.text(PY));
    assert_in_sync(&mut c, PY);
    assert_serving(&mut c);
}

// ----- configuration -----

#[test]
fn wrongly_typed_settings_name_the_setting_and_change_nothing() {
    let mut c = start(scripted(&script("python_heart_rate.json")), &[]);
    let cases = [
        (json!(5), "gpiot.*"),
        (json!(["python"]), "gpiot.*"),
        (json!({"maxTokens": -3}), "gpiot.maxTokens"),
        (json!({"maxTokens": 1.5}), "gpiot.maxTokens"),
        (json!({"contextSize": 1e12}), "gpiot.contextSize"),
        (json!({"adapters": "yes"}), "gpiot.adapters"),
        (json!({"languages": "python"}), "gpiot.languages"),
        (json!({"languages": [1, null]}), "gpiot.languages"),
        (json!({"modelPath": 42}), "gpiot.modelPath"),
        (json!({"engine": 1}), "gpiot.engine"),
        (json!({"engine": "scripted", "scriptPath": {"path": "x"}}), "gpiot.scriptPath"),
        (json!({"serverUrl": ["http://127.0.0.1:1"]}), "gpiot.serverUrl"),
    ];
    for (settings, key) in cases {
        c.notify("workspace/didChangeConfiguration", json!({"settings": {"gpiot": settings}}));
        let m = c.wait_message(&[&format!("`{key}`"), "previous settings stay in force"]);
        c.notifications.clear();
        assert!(m.contains("must be") || m.contains("may only"), "says what is expected: {m}");
    }
    // Params that are not an object are ignored; `settings` that are not one mean "ask me"
    // (the pull model): the server asks and gets the editor's real settings.
    c.configuration = json!({"engine": "scripted", "scriptPath": script("python_heart_rate.json")});
    c.notify("workspace/didChangeConfiguration", json!("gpiot"));
    c.notify("workspace/didChangeConfiguration", json!({"settings": "not an object"}));
    c.pump_until(|c| c.server_requests.iter().any(|r| r["method"] == "workspace/configuration"));
    // The scripted engine of initializationOptions is still the one that runs.
    assert_generates(&mut c);
}

#[test]
fn bad_initialization_options_are_reported_once_the_client_is_ready() {
    let mut c = start(json!({"gpiot": {"threads": [2], "engine": "scripted"}}), &[]);
    c.wait_message(&["`gpiot.threads`", "must be a whole number"]);
    assert_serving(&mut c);
}

// ----- model and adapter files -----

fn gguf_string(out: &mut Vec<u8>, s: &str) {
    out.extend((s.len() as u64).to_le_bytes());
    out.extend(s.as_bytes());
}

/// A GGUF v3 header with string metadata and a tensor count, but no tensors.
fn gguf_header(tensors: u64, kvs: &[(&str, &str)]) -> Vec<u8> {
    let mut out = b"GGUF".to_vec();
    out.extend(3u32.to_le_bytes());
    out.extend(tensors.to_le_bytes());
    out.extend((kvs.len() as u64).to_le_bytes());
    for (key, value) in kvs {
        gguf_string(&mut out, key);
        out.extend(8u32.to_le_bytes());
        gguf_string(&mut out, value);
    }
    out
}

/// Deterministic noise.
fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 56) as u8
        })
        .collect()
}

/// Runs Generate on `BLINK` with the current settings: it must fail, change nothing and
/// explain, in a message containing every one of `parts`.
fn generation_fails_with(c: &mut LspClient, parts: &[&str]) {
    c.open(PY, "python", BLINK);
    let cmd = c.action_command(PY, at(ON_REQUIREMENT.0, ON_REQUIREMENT.1), "Generate IoT pipeline");
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "failed", "{r}");
    let m = r["result"]["message"].as_str().unwrap_or_default();
    assert!(parts.iter().all(|p| m.contains(p)), "{parts:?} in {m}");
    c.wait_message(parts);
    assert_eq!(c.text(PY), BLINK);
    c.close(PY);
}

#[test]
fn unusable_model_and_adapter_files_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let adapters = dir.path().join("adapters");
    std::fs::create_dir(&adapters).unwrap();
    // A role adapter that is noise (only td is present: the other roles run on the base model).
    std::fs::write(adapters.join("td.gguf"), random_bytes(4096, 7)).unwrap();
    let mut c = start(scripted(&script("python_heart_rate.json")), &[("GPIOT_ADAPTERS", adapters.to_str().unwrap())]);
    let file = |name: &str, bytes: Vec<u8>| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let gemma = gguf_header(1, &[("general.architecture", "gemma3")]);
    let set = |c: &mut LspClient, settings: Value| {
        c.notify("workspace/didChangeConfiguration", json!({"settings": {"gpiot": settings}}));
    };

    // Missing: refused as a setting, with the install command.
    set(&mut c, json!({"modelPath": dir.path().join("absent.gguf")}));
    c.wait_message(&["`gpiot.modelPath`", "not a file", "gpiot model install"]);
    assert_generates(&mut c);

    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("noise.gguf", random_bytes(1 << 16, 1), "not a GGUF file"),
        ("truncated.gguf", gemma[..gemma.len() - 5].to_vec(), "truncated"),
        ("clip.gguf", gguf_header(1, &[("general.architecture", "clip")]), "architecture `clip`"),
        ("lora.gguf", gguf_header(1, &[("general.architecture", "gemma3"), ("general.type", "adapter")]), "LoRA adapter, not a base model"),
    ];
    for (name, bytes, reason) in cases {
        set(&mut c, json!({"modelPath": file(name, bytes), "adapters": false}));
        generation_fails_with(&mut c, &[name, reason, "gpiot.modelPath"]);
    }
    // A header that passes the checks but no tensors behind it: llama.cpp itself refuses it.
    set(&mut c, json!({"modelPath": file("headless.gguf", gemma.clone()), "adapters": false}));
    generation_fails_with(&mut c, &["headless.gguf", "could not load it", "gpiot model install"]);
    // The same header under the name of the catalogue's Gemma file, with adapters on: that
    // model's adapters are used, and the corrupt one is named, with the setting to turn
    // adapters off (checked before the model is loaded). A file outside the catalogue gets none.
    let named = dir.path().join("gemma").join(Assets::new().manifest.model("gemma-3-270m").unwrap().runtime_file());
    std::fs::create_dir_all(named.parent().unwrap()).unwrap();
    std::fs::write(&named, gemma).unwrap();
    set(&mut c, json!({"modelPath": named, "adapters": true}));
    generation_fails_with(&mut c, &["LoRA adapter `td`", "not a GGUF file", "`gpiot.adapters` to false"]);

    // Back to a working engine: generation works again in the same session.
    set(&mut c, json!({"engine": "scripted", "scriptPath": script("python_heart_rate.json")}));
    assert_generates(&mut c);
}

// ----- engine errors mid-stream -----

/// The heart-rate script with failing rules in front, each used once.
fn failing_script(dir: &Path, failures: &[(&str, &str)]) -> PathBuf {
    let mut script: Value = serde_json::from_str(&std::fs::read_to_string(script("python_heart_rate.json")).unwrap()).unwrap();
    let rules = script["rules"].as_array_mut().unwrap();
    for (i, (contains, error)) in failures.iter().enumerate() {
        // Some text streams first: the failure comes mid-completion.
        rules.insert(i, json!({"contains": contains, "completion": "x".repeat(64), "error": error, "times": 1}));
    }
    let path = dir.join("failing.json");
    std::fs::write(&path, script.to_string()).unwrap();
    path
}

#[test]
fn an_engine_error_mid_stream_changes_nothing_and_the_next_run_works() {
    let dir = tempfile::tempdir().unwrap();
    let script = failing_script(
        dir.path(),
        &[("### GPIoT task decomposition", "simulated failure in decomposition"), ("### Task: detect_peaks", "simulated failure in a later stage")],
    );
    let mut c = start(scripted(&script), &[]);
    c.open(PY, "python", BLINK);
    let range = at(ON_REQUIREMENT.0, ON_REQUIREMENT.1);
    // First failure: in the first model call.
    let cmd = c.action_command(PY, range.clone(), "Decompose into tasks");
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "failed", "{r}");
    c.wait_message(&["simulated failure in decomposition", "run the action again"]);
    assert_eq!(c.text(PY), BLINK);
    // Second: Generate gets through decomposition and fails in the next stage; nothing of
    // the first stage's result is inserted.
    let cmd = c.action_command(PY, range.clone(), "Generate IoT pipeline");
    let r = c.execute(&cmd);
    assert_eq!(r["result"]["status"], "failed", "{r}");
    c.wait_message(&["simulated failure in a later stage", "no code was inserted"]);
    assert_eq!(c.text(PY), BLINK);
    assert!(!c.server_requests.iter().any(|r| r["method"] == "workspace/applyEdit"));
    // Every progress that began has ended.
    let kinds: Vec<Value> = c.progress().iter().map(|p| p["value"]["kind"].clone()).collect();
    assert_eq!(kinds.iter().filter(|k| *k == "begin").count(), kinds.iter().filter(|k| *k == "end").count(), "{kinds:?}");
    // The same command again (the failures were one-off): applied.
    let cmd = c.action_command(PY, range, "Generate IoT pipeline");
    assert_eq!(c.execute(&cmd)["result"]["status"], "applied");
    assert!(c.text(PY).contains("def detect_peaks(filtered, fs):"), "{}", c.text(PY));
    assert_in_sync(&mut c, PY);
}
