//! A small LSP client that drives `gpiot lsp` over stdio the way an editor does:
//! Content-Length framing, requests / notifications / responses, and answers to the server's
//! own requests (progress tokens, `workspace/applyEdit` — applied to the client's buffers and
//! echoed back as incremental `didChange` — and `workspace/configuration`).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub struct Doc {
    pub text: String,
    pub version: i64,
    pub language_id: String,
}

/// How the client answers `workspace/applyEdit`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EditPolicy {
    Apply,
    Refuse,
}

pub struct Options {
    pub initialization_options: Value,
    pub utf8: bool,
    pub work_done_progress: bool,
    pub document_changes: bool,
    pub env: Vec<(String, String)>,
}

impl Default for Options {
    fn default() -> Self {
        Options { initialization_options: json!({}), utf8: false, work_done_progress: true, document_changes: true, env: Vec::new() }
    }
}

pub struct LspClient {
    child: Child,
    stdin: ChildStdin,
    rx: mpsc::Receiver<Value>,
    next_id: i64,
    pub utf8: bool,
    pub docs: HashMap<String, Doc>,
    /// Every notification from the server, in order.
    pub notifications: Vec<Value>,
    /// Every request from the server, in order.
    pub server_requests: Vec<Value>,
    /// Responses that arrived while waiting for something else.
    responses: HashMap<i64, Value>,
    /// Responses with a null id: errors about messages the server could not read.
    pub null_id_responses: Vec<Value>,
    pub edit_policy: EditPolicy,
    /// Hold `workspace/applyEdit` requests in `held_apply_edits` instead of answering them at
    /// once, so a test can type between the server's edit and the answer (`answer_held_apply_edit`).
    pub hold_apply_edits: bool,
    pub held_apply_edits: std::collections::VecDeque<Value>,
    /// How many `workspace/applyEdit` requests were applied to the buffers.
    pub applied_edits: usize,
    pub configuration: Value,
    pub timeout: Duration,
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl LspClient {
    pub fn start(options: Options) -> LspClient {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gpiot"));
        cmd.arg("lsp").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit());
        for (k, v) in &options.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn gpiot lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(msg) = read_message(&mut reader) {
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        let mut client = LspClient {
            child,
            stdin,
            rx,
            next_id: 0,
            utf8: false,
            docs: HashMap::new(),
            notifications: Vec::new(),
            server_requests: Vec::new(),
            responses: HashMap::new(),
            null_id_responses: Vec::new(),
            edit_policy: EditPolicy::Apply,
            hold_apply_edits: false,
            held_apply_edits: Default::default(),
            applied_edits: 0,
            configuration: json!({}),
            timeout: Duration::from_secs(60),
        };
        client.initialize(&options);
        client
    }

    fn initialize(&mut self, options: &Options) {
        let encodings = if options.utf8 { json!(["utf-8", "utf-16"]) } else { json!(["utf-16"]) };
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": null,
                "initializationOptions": options.initialization_options,
                "capabilities": {
                    "general": {"positionEncodings": encodings},
                    "window": {"workDoneProgress": options.work_done_progress},
                    "workspace": {
                        "applyEdit": true,
                        "workspaceEdit": {"documentChanges": options.document_changes},
                        "configuration": true
                    },
                    "textDocument": {
                        "synchronization": {"dynamicRegistration": false},
                        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["refactor", "refactor.rewrite"]}}},
                        "codeLens": {}
                    }
                }
            }),
        );
        let result = result.get("result").cloned().unwrap_or_else(|| panic!("initialize failed: {result}"));
        self.utf8 = result["capabilities"]["positionEncoding"] == "utf-8";
        self.notify("initialized", json!({}));
    }

    /// Writes raw bytes to the server's stdin (malformed framing, bad JSON).
    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).unwrap();
        self.stdin.flush().unwrap();
    }

    /// The server process's id (`gpiot lsp` re-executes itself in place, so this is the
    /// server), e.g. to read its memory from /proc/<pid>/status.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// VmRSS and VmHWM (peak RSS) of the server in kB, from /proc (Linux); `None` elsewhere.
    pub fn memory_kb(&self) -> Option<(u64, u64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        let field = |name: &str| {
            status.lines().find_map(|l| l.strip_prefix(name)).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        };
        Some((field("VmRSS:")?, field("VmHWM:")?))
    }

    fn send(&mut self, msg: &Value) {
        let body = serde_json::to_string(msg).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        self.stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request without waiting; see `wait_response`.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Sends a request and waits for its response (the whole response object).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.wait_response(id)
    }

    pub fn has_response(&self, id: i64) -> bool {
        self.responses.contains_key(&id)
    }

    pub fn wait_response(&mut self, id: i64) -> Value {
        self.pump_until(|c| c.responses.contains_key(&id));
        self.responses.remove(&id).unwrap()
    }

    /// Handles incoming messages until `done` holds (panics after the timeout).
    pub fn pump_until(&mut self, mut done: impl FnMut(&LspClient) -> bool) {
        let deadline = Instant::now() + self.timeout;
        while !done(self) {
            let left = deadline.saturating_duration_since(Instant::now());
            let msg = match self.rx.recv_timeout(left) {
                Ok(m) => m,
                Err(_) => panic!("timed out waiting for the server; notifications: {:#?}", self.notifications),
            };
            self.handle(msg);
        }
    }

    /// Handles whatever arrives within `d`.
    pub fn pump_for(&mut self, d: Duration) {
        let deadline = Instant::now() + d;
        while let Ok(msg) = self.rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            self.handle(msg);
        }
    }

    fn handle(&mut self, msg: Value) {
        match (msg.get("id").cloned(), msg.get("method").and_then(Value::as_str).map(str::to_string)) {
            (Some(id), Some(method)) => {
                self.server_requests.push(msg.clone());
                if method == "workspace/applyEdit" && self.hold_apply_edits {
                    self.held_apply_edits.push_back(msg);
                    return;
                }
                let result = match method.as_str() {
                    "workspace/applyEdit" => self.apply_edit(&msg["params"]["edit"]),
                    "workspace/configuration" => json!([self.configuration.clone()]),
                    _ => Value::Null,
                };
                self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
            }
            // An error about a message the server could not read carries no id.
            (Some(Value::Null), None) => self.null_id_responses.push(msg),
            (Some(id), None) => {
                self.responses.insert(id.as_i64().expect("numeric ids"), msg);
            }
            (None, Some(_)) => self.notifications.push(msg),
            (None, None) => panic!("unexpected message {msg}"),
        }
    }

    /// Answers the oldest held `workspace/applyEdit` as an editor would (see `apply_edit`).
    /// Returns the held request, or `None` if none is held.
    pub fn answer_held_apply_edit(&mut self) -> Option<Value> {
        let msg = self.held_apply_edits.pop_front()?;
        let result = self.apply_edit(&msg["params"]["edit"]);
        self.send(&json!({"jsonrpc": "2.0", "id": msg["id"], "result": result}));
        Some(msg)
    }

    // ----- documents -----

    pub fn open(&mut self, uri: &str, language_id: &str, text: &str) {
        self.docs.insert(uri.into(), Doc { text: text.into(), version: 1, language_id: language_id.into() });
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language_id, "version": 1, "text": text}}),
        );
    }

    /// Closes a document (`didClose`); the client forgets its copy.
    pub fn close(&mut self, uri: &str) {
        self.docs.remove(uri);
        self.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}}));
    }

    pub fn text(&self, uri: &str) -> &str {
        &self.docs[uri].text
    }

    pub fn version(&self, uri: &str) -> i64 {
        self.docs[uri].version
    }

    /// Byte offset of an LSP position in the client's copy (in the negotiated encoding).
    pub fn offset(&self, text: &str, pos: &Value) -> usize {
        let line = pos["line"].as_u64().unwrap() as usize;
        let col = pos["character"].as_u64().unwrap() as usize;
        let mut start = 0;
        for _ in 0..line {
            match text[start..].find('\n') {
                Some(i) => start += i + 1,
                None => return text.len(),
            }
        }
        let mut end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        // A `\r` before the `\n` belongs to the line ending: a column past the end stops before it.
        if text[start..end].ends_with('\r') {
            end -= 1;
        }
        let mut units = 0;
        for (i, ch) in text[start..end].char_indices() {
            if units >= col {
                return start + i;
            }
            units += if self.utf8 { ch.len_utf8() } else { ch.len_utf16() };
        }
        end
    }

    pub fn position(&self, text: &str, byte: usize) -> Value {
        let before = &text[..byte];
        let line = before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let character: usize = before[line_start..].chars().map(|c| if self.utf8 { c.len_utf8() } else { c.len_utf16() }).sum();
        json!({"line": line, "character": character})
    }

    /// Replaces `range` (LSP) with `new_text`, as a user typing: incremental didChange.
    pub fn edit(&mut self, uri: &str, range: Value, new_text: &str) {
        let doc = &self.docs[uri];
        let (a, b) = (self.offset(&doc.text, &range["start"]), self.offset(&doc.text, &range["end"]));
        let doc = self.docs.get_mut(uri).unwrap();
        doc.text.replace_range(a..b, new_text);
        doc.version += 1;
        let version = doc.version;
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": range, "text": new_text}]}),
        );
    }

    /// Inserts text at a byte offset of the client's copy.
    pub fn insert_at(&mut self, uri: &str, byte: usize, new_text: &str) {
        let p = self.position(&self.docs[uri].text, byte);
        self.edit(uri, json!({"start": p, "end": p}), new_text);
    }

    /// Applies a WorkspaceEdit as an editor would, refusing a stale version.
    fn apply_edit(&mut self, edit: &Value) -> Value {
        if self.edit_policy == EditPolicy::Refuse {
            return json!({"applied": false, "failureReason": "refused by the test"});
        }
        let mut per_doc: Vec<(String, Option<i64>, Vec<Value>)> = Vec::new();
        if let Some(changes) = edit.get("documentChanges").and_then(Value::as_array) {
            for c in changes {
                per_doc.push((
                    c["textDocument"]["uri"].as_str().unwrap().to_string(),
                    c["textDocument"]["version"].as_i64(),
                    c["edits"].as_array().unwrap().clone(),
                ));
            }
        } else if let Some(changes) = edit.get("changes").and_then(Value::as_object) {
            for (uri, edits) in changes {
                per_doc.push((uri.clone(), None, edits.as_array().unwrap().clone()));
            }
        }
        for (uri, version, _) in &per_doc {
            let Some(doc) = self.docs.get(uri) else { return json!({"applied": false, "failureReason": "unknown document"}) };
            if let Some(v) = version {
                if *v != doc.version {
                    return json!({"applied": false, "failureReason": format!("version {v} is stale (now {})", doc.version)});
                }
            }
        }
        for (uri, _, edits) in per_doc {
            // Edits refer to the original text: apply from the end, and send them in that
            // order as incremental changes (each then refers to the text before it).
            let text = self.docs[&uri].text.clone();
            let mut spans: Vec<(usize, usize, String, Value)> = edits
                .iter()
                .map(|e| (self.offset(&text, &e["range"]["start"]), self.offset(&text, &e["range"]["end"]), e["newText"].as_str().unwrap().to_string(), e["range"].clone()))
                .collect();
            spans.sort_by(|x, y| (y.0, y.1).cmp(&(x.0, x.1)));
            let doc = self.docs.get_mut(&uri).unwrap();
            let mut changes = Vec::new();
            for (a, b, t, range) in spans {
                doc.text.replace_range(a..b, &t);
                changes.push(json!({"range": range, "text": t}));
            }
            doc.version += 1;
            let version = doc.version;
            // Like VS Code: the change notification goes out before the applyEdit answer.
            self.notify("textDocument/didChange", json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}));
        }
        self.applied_edits += 1;
        json!({"applied": true})
    }

    // ----- features -----

    pub fn code_actions(&mut self, uri: &str, range: Value) -> Vec<Value> {
        let r = self.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}}),
        );
        r["result"].as_array().cloned().unwrap_or_default()
    }

    pub fn action_titles(&mut self, uri: &str, range: Value) -> Vec<String> {
        self.code_actions(uri, range).iter().map(|a| a["title"].as_str().unwrap().to_string()).collect()
    }

    /// The command of the code action titled `title` at `range` (panics if not offered).
    pub fn action_command(&mut self, uri: &str, range: Value, title: &str) -> Value {
        let actions = self.code_actions(uri, range);
        let action = actions
            .iter()
            .find(|a| a["title"] == title)
            .unwrap_or_else(|| panic!("no `{title}` action; offered: {actions:#?}"));
        action["command"].clone()
    }

    /// Starts a command (returns the request id); `wait_response` finishes it.
    pub fn start_command(&mut self, command: &Value) -> i64 {
        self.send_request(
            "workspace/executeCommand",
            json!({"command": command["command"], "arguments": command["arguments"]}),
        )
    }

    /// Runs a command to completion, answering the server meanwhile; returns the result.
    pub fn execute(&mut self, command: &Value) -> Value {
        let id = self.start_command(command);
        self.wait_response(id)
    }

    pub fn cancel_request(&mut self, id: i64) {
        self.notify("$/cancelRequest", json!({"id": id}));
    }

    /// `$/progress` values for any token, in order.
    pub fn progress(&self) -> Vec<Value> {
        self.notifications.iter().filter(|n| n["method"] == "$/progress").map(|n| n["params"].clone()).collect()
    }

    /// Waits for a `window/showMessage` containing all of `parts`; returns it. A message the
    /// server sends before a response may still arrive after it (the two travel separately
    /// through the transport), so tests wait for it rather than look once.
    pub fn wait_message(&mut self, parts: &[&str]) -> String {
        let has = |m: &String| parts.iter().all(|p| m.contains(p));
        self.pump_until(|c| c.messages().iter().any(has));
        self.messages().into_iter().find(has).expect("pump_until saw it")
    }

    pub fn messages(&self) -> Vec<String> {
        self.notifications
            .iter()
            .filter(|n| n["method"] == "window/showMessage")
            .map(|n| n["params"]["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    pub fn shutdown(mut self) {
        let _ = self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
    }

    /// Whether the server process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for LspClient {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
