//! An engine that runs on an inference server over HTTP: llama.cpp's llama-server (its native
//! `/completion`, which takes GBNF grammars and per-request LoRA) or any OpenAI-compatible
//! server (`/v1/completions`, e.g. vLLM). Why: one server process can hold the model for
//! several editors and the benchmark, and batch their requests (continuous batching).
//!
//! The requests of a batch are sent concurrently, each streamed as server-sent events;
//! stop strings are applied here too, so the text and finish reason match the in-process
//! engine whatever the server does with them. Cancelling drops the connection, which
//! llama-server notices and frees the slot.

#[path = "openai_sse.rs"]
mod sse;
#[path = "openai_wire.rs"]
mod wire;

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;

use super::stop::{Scan, StopScanner};
use super::{CancellationToken, Completion, CompletionRequest, Engine, EngineError, EngineInfo, FinishReason, TokenSink};
use sse::SseParser;
use wire::{AdapterChoice, Dialect, EventError};

pub const DEFAULT_URL: &str = "http://127.0.0.1:8088";

#[derive(Clone, Debug)]
pub struct OpenAiConfig {
    /// Base URL: `http://host:port` (a trailing `/v1` is accepted too).
    pub url: String,
    pub connect_timeout: Duration,
    /// Longest wait for the first streamed token: covers queueing behind other requests and
    /// reading the prompt on a busy CPU, so it is generous.
    pub first_token_timeout: Duration,
    /// Longest silence between two streamed chunks once tokens flow.
    pub idle_timeout: Duration,
    /// Extra attempts after a refused connection or a 503 (server still loading), with
    /// exponential backoff from `backoff`. Never after tokens have been streamed.
    pub retries: u32,
    pub backoff: Duration,
    /// Adapter names to register: (role, file stem of its GGUF). Matched against the file
    /// names the server reports; empty = run on the base model only.
    pub adapters: Vec<(String, String)>,
    /// Use llama-server's native `/completion` when the server has it (grammars, LoRA per
    /// request, the exact sampler chain). Off: the standard `/v1/completions` only.
    pub native: bool,
    /// The served model takes chat prompts (reported in [`EngineInfo::chat`]); chat requests
    /// are rendered by the server's `/apply-template` (the model's own template).
    pub chat: bool,
}

impl OpenAiConfig {
    pub fn new(url: impl Into<String>) -> Self {
        OpenAiConfig {
            url: url.into(),
            connect_timeout: Duration::from_secs(5),
            first_token_timeout: Duration::from_secs(600),
            idle_timeout: Duration::from_secs(120),
            retries: 4,
            backoff: Duration::from_millis(250),
            adapters: Vec::new(),
            native: true,
            chat: false,
        }
    }
}

pub struct OpenAiEngine {
    client: reqwest::Client,
    config: OpenAiConfig,
    /// Base URL without a trailing slash or `/v1`.
    base: String,
    dialect: Dialect,
    model: String,
    /// Adapter name -> how a request selects it.
    adapters: HashMap<String, AdapterTarget>,
    /// Number of adapters the llama-server has loaded (every one gets an explicit scale).
    server_adapters: usize,
    info: EngineInfo,
}

#[derive(Clone, Debug)]
enum AdapterTarget {
    /// llama-server adapter id.
    Id(usize),
    /// Served model name (vLLM LoRA module).
    Model(String),
}

impl OpenAiEngine {
    /// Finds out what the server is (llama-server or plain OpenAI-compatible), which model it
    /// serves and which adapters it has. Fails with a clear message when nothing answers.
    pub async fn connect(config: OpenAiConfig) -> Result<Self, EngineError> {
        let base = normalise(&config.url)?;
        let client = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            // Loopback servers: a proxy from the environment would only get in the way.
            .no_proxy()
            // llama-server closes idle keep-alive connections after 5 s; reusing one at that
            // moment fails the request ("connection closed before message completed"). Drop
            // pooled connections well before that.
            .pool_idle_timeout(Duration::from_secs(2))
            .build()
            .map_err(|e| EngineError::Backend(format!("cannot create the HTTP client: {e}")))?;
        let mut engine = OpenAiEngine {
            client,
            base,
            dialect: Dialect::OpenAi,
            model: String::new(),
            adapters: HashMap::new(),
            server_adapters: 0,
            info: EngineInfo { backend: "openai-compatible".into(), model: String::new(), adapters: Vec::new(), n_ctx: 0, threads: 0, chat: config.chat },
            config,
        };
        let cancel = CancellationToken::new();
        // llama-server answers /props; others (vLLM) only the OpenAI routes.
        let props = if engine.config.native { engine.get_json("/props", &cancel).await? } else { None };
        match props {
            Some(props) => {
                engine.dialect = Dialect::LlamaServer;
                engine.model = props.get("model_path").and_then(Value::as_str).unwrap_or("").to_string();
                engine.info.n_ctx = props
                    .pointer("/default_generation_settings/n_ctx")
                    .and_then(Value::as_u64)
                    .unwrap_or(0) as u32;
                let loras = engine.get_json("/lora-adapters", &cancel).await?.unwrap_or(Value::Null);
                let paths: Vec<(usize, String)> = loras
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|e| Some((e.get("id")?.as_u64()? as usize, e.get("path")?.as_str()?.to_string())))
                            .collect()
                    })
                    .unwrap_or_default();
                engine.server_adapters = paths.iter().map(|(id, _)| id + 1).max().unwrap_or(0);
                for (name, id) in match_adapters(&engine.config.adapters, &paths) {
                    engine.adapters.insert(name, AdapterTarget::Id(id));
                }
            }
            None => {
                let models = engine.get_json("/v1/models", &cancel).await?.ok_or_else(|| {
                    EngineError::Backend(format!(
                        "{} answers neither /props (llama-server) nor /v1/models (OpenAI-compatible): is --url right?",
                        engine.base
                    ))
                })?;
                let ids: Vec<String> = models
                    .get("data")
                    .and_then(Value::as_array)
                    .map(|d| d.iter().filter_map(|m| m.get("id")?.as_str().map(str::to_string)).collect())
                    .unwrap_or_default();
                engine.model = ids.first().cloned().unwrap_or_default();
                // vLLM serves each LoRA module under its own model name.
                for (role, stem) in &engine.config.adapters {
                    if let Some(id) = ids.iter().find(|id| *id == role || *id == stem) {
                        engine.adapters.insert(role.clone(), AdapterTarget::Model(id.clone()));
                    }
                }
            }
        }
        if engine.model.is_empty() {
            engine.model = "default".into();
        }
        let mut names: Vec<String> = engine.adapters.keys().cloned().collect();
        names.sort();
        engine.info.model = engine.model.clone();
        engine.info.adapters = names;
        tracing::info!(url = %engine.base, dialect = ?engine.dialect, model = %engine.model, adapters = ?engine.info.adapters, "connected to the inference server");
        Ok(engine)
    }

    pub fn url(&self) -> &str {
        &self.base
    }

    fn unreachable(&self, cause: &str) -> EngineError {
        EngineError::Backend(format!(
            "cannot reach the inference server at {}: {cause} — start it with `make serve` or check --url",
            self.base
        ))
    }

    /// GET a JSON document; `Ok(None)` when the server answers but not with JSON on that path.
    async fn get_json(&self, path: &str, cancel: &CancellationToken) -> Result<Option<Value>, EngineError> {
        let url = format!("{}{path}", self.base);
        let resp = self
            .send(|| self.client.get(&url).timeout(self.config.first_token_timeout.min(Duration::from_secs(60))), cancel)
            .await?;
        if !resp.status().is_success() {
            return Ok(None);
        }
        let bytes = resp.bytes().await.map_err(|e| self.unreachable(&chain(&e)))?;
        Ok(serde_json::from_slice(&bytes).ok())
    }

    /// Sends a request, retrying refused connections and 503s with exponential backoff.
    async fn send(
        &self,
        build: impl Fn() -> reqwest::RequestBuilder,
        cancel: &CancellationToken,
    ) -> Result<reqwest::Response, EngineError> {
        let mut delay = self.config.backoff;
        let mut attempt = 0;
        loop {
            let result = tokio::select! {
                biased;
                _ = cancel.cancelled() => return Err(EngineError::Cancelled),
                r = build().send() => r,
            };
            let retry_reason = match result {
                Ok(resp) if resp.status() == reqwest::StatusCode::SERVICE_UNAVAILABLE => {
                    // llama-server answers 503 while it loads the model.
                    "the server is not ready (503)".to_string()
                }
                Ok(resp) => return Ok(resp),
                Err(e) if e.is_timeout() => {
                    return Err(EngineError::Backend(format!(
                        "the inference server at {} did not answer in time ({})",
                        self.base,
                        chain(&e)
                    )))
                }
                // reqwest wraps the OS error in two layers of "error sending request …":
                // the innermost cause ("Connection refused") is what the user needs.
                Err(e) if e.is_connect() => root_cause(&e),
                // The request never got an answer (e.g. a pooled connection the server had just
                // closed): nothing was streamed yet, so sending it again is safe.
                Err(e) if e.is_request() => root_cause(&e),
                Err(e) => return Err(self.unreachable(&chain(&e))),
            };
            if attempt >= self.config.retries {
                return Err(self.unreachable(&format!("{retry_reason} ({} attempts)", attempt + 1)));
            }
            tracing::debug!(attempt, %retry_reason, "inference server not available; retrying");
            tokio::select! {
                _ = cancel.cancelled() => return Err(EngineError::Cancelled),
                _ = tokio::time::sleep(delay) => {}
            }
            delay *= 2;
            attempt += 1;
        }
    }

    fn adapter_choice(&self, name: Option<&str>) -> Result<AdapterChoice, EngineError> {
        let target = match name {
            Some(n) => Some(self.adapters.get(n).ok_or_else(|| EngineError::UnknownAdapter(n.into()))?),
            None => None,
        };
        Ok(match (self.dialect, target) {
            (_, Some(AdapterTarget::Model(m))) => AdapterChoice::Model(m.clone()),
            (Dialect::LlamaServer, t) if self.server_adapters > 0 => {
                let mut scales = vec![0.0; self.server_adapters];
                if let Some(AdapterTarget::Id(id)) = t {
                    scales[*id] = 1.0;
                }
                AdapterChoice::Scales(scales)
            }
            _ => AdapterChoice::None,
        })
    }

    /// A chat request as plain text: llama-server renders the messages with the model's
    /// template (`/apply-template`, assistant turn open); the reply's start follows.
    async fn rendered(&self, r: &CompletionRequest, cancel: &CancellationToken) -> Result<CompletionRequest, EngineError> {
        if r.chat.is_empty() {
            return Ok(r.clone());
        }
        if self.dialect != Dialect::LlamaServer {
            return Err(EngineError::Backend(format!(
                "{} speaks only /v1/completions, which cannot apply the model's chat template: serve the model with llama-server, or choose a completion-format model",
                self.base
            )));
        }
        let url = format!("{}/apply-template", self.base);
        let body = serde_json::to_vec(&serde_json::json!({ "messages": r.chat }))
            .map_err(|e| EngineError::Backend(format!("cannot encode the request: {e}")))?;
        let resp = self
            .send(|| self.client.post(&url).header(reqwest::header::CONTENT_TYPE, "application/json").body(body.clone()), cancel)
            .await?;
        let status = resp.status();
        let text = resp.text().await.map_err(|e| self.unreachable(&chain(&e)))?;
        if !status.is_success() {
            return Err(http_error(&self.base, status, &text));
        }
        let prompt = serde_json::from_str::<Value>(&text)
            .ok()
            .and_then(|v| v.get("prompt").and_then(Value::as_str).map(str::to_string))
            .ok_or_else(|| EngineError::Backend(format!("{}/apply-template answered without a prompt: {text}", self.base)))?;
        Ok(CompletionRequest { prompt: prompt + &r.prompt, chat: Vec::new(), ..r.clone() })
    }

    /// One streamed completion.
    async fn run_one(
        &self,
        index: usize,
        r: &CompletionRequest,
        cancel: &CancellationToken,
        sink: Option<&TokenSink>,
    ) -> Result<Completion, EngineError> {
        let adapter = self.adapter_choice(r.adapter.as_deref())?;
        let r = &self.rendered(r, cancel).await?;
        let body = serde_json::to_vec(&wire::body(self.dialect, r, &adapter, &self.model))
            .map_err(|e| EngineError::Backend(format!("cannot encode the request: {e}")))?;
        let url = format!("{}{}", self.base, self.dialect.path());
        let first_token = self.config.first_token_timeout;
        // llama-server sends the response head only with the first result, so the first-token
        // timeout covers the whole send.
        let send = self.send(
            || {
                self.client
                    .post(&url)
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .header(reqwest::header::ACCEPT, "text/event-stream")
                    .body(body.clone())
            },
            cancel,
        );
        let mut resp = match tokio::time::timeout(first_token, send).await {
            Ok(r) => r?,
            Err(_) => return Err(self.silent(first_token, "the first token")),
        };
        let status = resp.status();
        if !status.is_success() {
            let text = resp.text().await.unwrap_or_default();
            return Err(http_error(&self.base, status, &text));
        }

        let mut parser = SseParser::default();
        let mut scanner = StopScanner::new(&r.stop);
        let mut events = 0u32;
        let mut finish: Option<FinishReason> = None;
        let mut stopped_here = false;
        let (mut prompt_tokens, mut cached, mut generated) = (None, None, None);
        let emit = |fresh: &str| {
            if let (Some(s), false) = (sink, fresh.is_empty()) {
                s(index, fresh);
            }
        };
        'stream: loop {
            let wait = if events == 0 { first_token } else { self.config.idle_timeout };
            // Cancellation wins over a ready chunk: returning drops `resp`, which closes the
            // connection, and llama-server stops generating for it.
            let chunk = tokio::select! {
                biased;
                _ = cancel.cancelled() => return Err(EngineError::Cancelled),
                c = tokio::time::timeout(wait, resp.chunk()) => c,
            };
            let datas = match chunk {
                Err(_) => return Err(self.silent(wait, if events == 0 { "the first token" } else { "the next token" })),
                Ok(Err(e)) => {
                    return Err(EngineError::Inference(format!("the stream from {} broke: {}", self.base, chain(&e))))
                }
                Ok(Ok(Some(bytes))) => parser.push(&bytes),
                Ok(Ok(None)) => {
                    let rest = parser.finish();
                    if rest.is_empty() {
                        break 'stream;
                    }
                    rest
                }
            };
            for data in datas {
                // A sink may cancel mid-chunk: nothing is streamed after that.
                if cancel.is_cancelled() {
                    return Err(EngineError::Cancelled);
                }
                let ev = wire::parse_event(self.dialect, &data).map_err(|e| match e {
                    EventError::Server(m) => server_error(&m),
                    EventError::Malformed(m) => EngineError::Inference(format!("unexpected data from {}: {m}", self.base)),
                })?;
                if ev.done {
                    break 'stream;
                }
                if !ev.text.is_empty() {
                    events += 1;
                }
                prompt_tokens = ev.prompt_tokens.or(prompt_tokens);
                cached = ev.cached_tokens.or(cached);
                generated = ev.generated_tokens.or(generated);
                match scanner.push(ev.text.as_bytes()) {
                    Scan::More(t) => emit(&t),
                    Scan::Stopped(t) => {
                        // Our own stop match: the server may not have seen it yet (stop strings
                        // split differently); dropping the stream ends its generation.
                        emit(&t);
                        finish = Some(FinishReason::Stop);
                        stopped_here = true;
                        break 'stream;
                    }
                }
                if let Some(f) = ev.finish {
                    finish = Some(f);
                    // llama-server's final event; OpenAI streams still send usage and [DONE].
                    if self.dialect == Dialect::LlamaServer {
                        break 'stream;
                    }
                }
            }
        }
        let finish = finish.ok_or_else(|| {
            EngineError::Inference(format!("the stream from {} ended before the completion finished", self.base))
        })?;
        // The tail the scanner held back could not end in a stop string after all (when the
        // server matched the stop string it already cut it off).
        if !stopped_here {
            emit(&scanner.flush());
        }
        Ok(Completion {
            text: scanner.text(),
            finish,
            prompt_tokens: prompt_tokens.unwrap_or(0),
            reused_tokens: cached.unwrap_or(0),
            // The server's count is exact; without it (our own stop match), one event ≈ one token.
            generated_tokens: generated.unwrap_or(events),
        })
    }

    fn silent(&self, wait: Duration, what: &str) -> EngineError {
        EngineError::Backend(format!(
            "the inference server at {} sent nothing for {}s while waiting for {what}; it may be overloaded or stuck",
            self.base,
            wait.as_secs()
        ))
    }
}

#[async_trait]
impl Engine for OpenAiEngine {
    async fn complete_batch(
        &self,
        requests: Vec<CompletionRequest>,
        cancel: CancellationToken,
        on_token: Option<TokenSink>,
    ) -> Result<Vec<Completion>, EngineError> {
        // All at once: the server's parallel slots batch them. The first error drops the
        // other streams (their connections close and the server frees the slots).
        let runs = requests.iter().enumerate().map(|(i, r)| self.run_one(i, r, &cancel, on_token.as_ref()));
        futures_util::future::try_join_all(runs).await
    }

    fn info(&self) -> EngineInfo {
        self.info.clone()
    }
}

/// `http://host:port/v1/` -> `http://host:port`.
fn normalise(url: &str) -> Result<String, EngineError> {
    let u = url.trim().trim_end_matches('/');
    let u = u.strip_suffix("/v1").unwrap_or(u);
    if !(u.starts_with("http://") || u.starts_with("https://")) {
        return Err(EngineError::Backend(format!("--url {url:?} must start with http:// (e.g. {DEFAULT_URL})")));
    }
    Ok(u.to_string())
}

/// Adapter names for the server's adapter files: a file whose stem equals the role's
/// manifest file stem, the role name, or ends in `-role` / `_role`.
fn match_adapters(roles: &[(String, String)], server: &[(usize, String)]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (role, stem) in roles {
        let hit = server.iter().find(|(_, path)| {
            let s = Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or("");
            s == stem || s == role || s.ends_with(&format!("-{role}")) || s.ends_with(&format!("_{role}"))
        });
        if let Some((id, _)) = hit {
            out.push((role.clone(), *id));
        }
    }
    out
}

fn http_error(base: &str, status: reqwest::StatusCode, body: &str) -> EngineError {
    let msg = serde_json::from_str::<Value>(body)
        .map(|v| wire::error_message(v.get("error").unwrap_or(&v)))
        .unwrap_or_else(|_| wire::clip(body));
    if status == reqwest::StatusCode::NOT_FOUND {
        return EngineError::Backend(format!("{base} has no completion endpoint ({status}): is --url an inference server?"));
    }
    match server_error(&msg) {
        EngineError::Inference(m) => EngineError::Backend(format!("the inference server at {base} refused the request ({status}): {m}")),
        other => other,
    }
}

fn server_error(msg: &str) -> EngineError {
    if msg.to_lowercase().contains("grammar") {
        EngineError::Grammar(msg.to_string())
    } else {
        EngineError::Inference(format!("the inference server failed: {msg}"))
    }
}

fn root_cause(e: &dyn std::error::Error) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// An error and its causes on one line (reqwest's top-level message hides the cause).
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let m = c.to_string();
        if !s.contains(&m) {
            s.push_str(": ");
            s.push_str(&m);
        }
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_normalised() {
        assert_eq!(normalise("http://127.0.0.1:8088/v1/").unwrap(), "http://127.0.0.1:8088");
        assert_eq!(normalise(" http://h:1 ").unwrap(), "http://h:1");
        assert!(normalise("127.0.0.1:8088").is_err());
    }

    #[test]
    fn adapters_match_on_file_stems() {
        let roles = vec![("td".to_string(), "gpiot-td".to_string()), ("cg".to_string(), "cg".to_string()), ("rt".to_string(), "rt-v2".to_string())];
        let server = vec![(0, "/m/adapters/gpiot-td.gguf".to_string()), (1, "models/adapters/cg.gguf".to_string()), (2, "x/other.gguf".to_string())];
        let mut got = match_adapters(&roles, &server);
        got.sort();
        assert_eq!(got, vec![("cg".to_string(), 1), ("td".to_string(), 0)]);
    }
}
