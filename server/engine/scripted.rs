//! A scripted engine: replays canned completions chosen by substring match on the prompt.
//! For protocol and pipeline tests (progress, cancellation, races, guard retries) — never
//! instead of a test with the real model.
//!
//! Script file (JSON): `{"rules": [{"contains": "...", "completion": "...",
//! "token_delay_ms": 0, "times": null}], "default": "..."}`. Rules are tried in order; a rule
//! with `times` is used that many times, then skipped. Text is streamed in 4-byte "tokens".

use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;

use super::stop::{Scan, StopScanner};
use super::{CancellationToken, Completion, CompletionRequest, Engine, EngineError, EngineInfo, FinishReason, TokenSink};

#[derive(Clone, Debug, Deserialize)]
pub struct Rule {
    pub contains: String,
    pub completion: String,
    #[serde(default)]
    pub token_delay_ms: u64,
    #[serde(default)]
    pub times: Option<u32>,
    /// Fail instead of completing (engine errors mid-stream).
    #[serde(default)]
    pub error: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Script {
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub default: Option<String>,
    /// Report a chat model, so the pipeline sends chat prompts.
    #[serde(default)]
    pub chat: bool,
}

pub struct ScriptedEngine {
    script: Script,
    used: Mutex<Vec<u32>>,
    calls: AtomicU32,
    /// Every prompt seen, in order (tests inspect them).
    pub prompts: Mutex<Vec<String>>,
    /// The grammar of every request, in the same order.
    pub grammars: Mutex<Vec<Option<String>>>,
}

impl ScriptedEngine {
    pub fn new(script: Script) -> Self {
        let n = script.rules.len();
        ScriptedEngine {
            script,
            used: Mutex::new(vec![0; n]),
            calls: AtomicU32::new(0),
            prompts: Mutex::new(Vec::new()),
            grammars: Mutex::new(Vec::new()),
        }
    }

    pub fn from_file(path: &Path) -> Result<Self, EngineError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| EngineError::Backend(format!("cannot read engine script {}: {e}", path.display())))?;
        let script: Script = serde_json::from_str(&text)
            .map_err(|e| EngineError::Backend(format!("engine script {} is invalid: {e}", path.display())))?;
        Ok(Self::new(script))
    }

    pub fn calls(&self) -> u32 {
        self.calls.load(Ordering::SeqCst)
    }

    fn pick(&self, prompt: &str) -> Result<Rule, EngineError> {
        let mut used = self.used.lock().unwrap();
        for (i, r) in self.script.rules.iter().enumerate() {
            if prompt.contains(&r.contains) && r.times.map_or(true, |t| used[i] < t) {
                used[i] += 1;
                return Ok(r.clone());
            }
        }
        match &self.script.default {
            Some(d) => Ok(Rule { contains: String::new(), completion: d.clone(), token_delay_ms: 0, times: None, error: None }),
            None => Err(EngineError::Inference("scripted engine: no rule matches the prompt".into())),
        }
    }

    async fn one(&self, index: usize, r: &CompletionRequest, cancel: &CancellationToken, sink: Option<&TokenSink>) -> Result<Completion, EngineError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let prompt = prompt_text(r);
        self.prompts.lock().unwrap().push(prompt.clone());
        self.grammars.lock().unwrap().push(r.grammar.clone());
        let rule = self.pick(&prompt)?;
        let mut scanner = StopScanner::new(&r.stop);
        let bytes = rule.completion.as_bytes();
        let mut generated = 0u32;
        let mut finish = FinishReason::EndOfText;
        for chunk in bytes.chunks(4) {
            if cancel.is_cancelled() {
                return Err(EngineError::Cancelled);
            }
            if rule.token_delay_ms > 0 {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(rule.token_delay_ms)) => {}
                    _ = cancel.cancelled() => return Err(EngineError::Cancelled),
                }
            }
            if let Some(e) = &rule.error {
                if generated * 2 >= bytes.len() as u32 / 4 {
                    return Err(EngineError::Inference(e.clone()));
                }
            }
            generated += 1;
            let (fresh, stopped) = match scanner.push(chunk) {
                Scan::More(t) => (t, false),
                Scan::Stopped(t) => (t, true),
            };
            if let (Some(s), false) = (sink, fresh.is_empty()) {
                s(index, &fresh);
            }
            if stopped {
                finish = FinishReason::Stop;
                break;
            }
            if generated >= r.max_tokens {
                finish = FinishReason::Length;
                break;
            }
        }
        if finish != FinishReason::Stop {
            let rest = scanner.flush();
            if let (Some(s), false) = (sink, rest.is_empty()) {
                s(index, &rest);
            }
        }
        Ok(Completion { text: scanner.text(), finish, prompt_tokens: (prompt.len() / 4) as u32, reused_tokens: 0, generated_tokens: generated })
    }
}

/// The prompt as a model would read it; a chat in a plain stand-in for a chat template
/// (`<|role|>` lines), so rules can match any message.
fn prompt_text(r: &CompletionRequest) -> String {
    let mut text: String = r.chat.iter().map(|m| format!("<|{}|>\n{}\n", m.role, m.content)).collect();
    if !r.chat.is_empty() {
        text.push_str("<|assistant|>\n");
    }
    text.push_str(&r.prompt);
    text
}

#[async_trait]
impl Engine for ScriptedEngine {
    async fn complete_batch(&self, requests: Vec<CompletionRequest>, cancel: CancellationToken, on_token: Option<TokenSink>) -> Result<Vec<Completion>, EngineError> {
        let mut out = Vec::with_capacity(requests.len());
        for (i, r) in requests.iter().enumerate() {
            out.push(self.one(i, r, &cancel, on_token.as_ref()).await?);
        }
        Ok(out)
    }

    fn info(&self) -> EngineInfo {
        EngineInfo { backend: "scripted".into(), model: "script".into(), adapters: Vec::new(), n_ctx: 0, threads: 0, chat: self.script.chat }
    }
}
