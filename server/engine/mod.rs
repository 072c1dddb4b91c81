//! The inference engine: tokens in, tokens out. It knows nothing of LSP, prompts or roles —
//! only prompts as text, adapters by name, grammars as GBNF text and stop strings.
//!
//! [`Engine`] is the small trait the pipeline talks to. [`llama::LlamaEngine`] runs llama.cpp
//! in-process on a thread of its own; [`openai::OpenAiEngine`] streams from an inference
//! server (llama-server, OpenAI-compatible); [`scripted::ScriptedEngine`] replays canned
//! completions for protocol tests.

pub mod llama;
pub mod factory;
pub mod openai;
pub mod scripted;
mod stop;

use std::sync::Arc;

use async_trait::async_trait;
pub use tokio_util::sync::CancellationToken;

/// How the next token is chosen.
#[derive(Clone, Debug, PartialEq)]
pub enum Sampling {
    /// Always the most likely token: repeatable, the default.
    Greedy,
    /// Temperature + top-p sampling from a seeded generator: repeatable for a given seed.
    Seeded { seed: u32, temperature: f32, top_p: f32 },
}

impl Default for Sampling {
    fn default() -> Self {
        Sampling::Greedy
    }
}

/// One message of a chat prompt ("system", "user" or "assistant").
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChatMessage {
    pub role: String,
    pub content: String,
}

impl ChatMessage {
    pub fn new(role: &str, content: impl Into<String>) -> Self {
        ChatMessage { role: role.to_string(), content: content.into() }
    }
}

/// One completion to run.
#[derive(Clone, Debug, Default)]
pub struct CompletionRequest {
    /// The text to continue. With `chat`, the start of the assistant's reply (often empty).
    pub prompt: String,
    /// When not empty: the model's own chat template renders these messages and opens the
    /// assistant's turn, and `prompt` follows (instruct models).
    pub chat: Vec<ChatMessage>,
    /// Upper bound on generated tokens.
    pub max_tokens: u32,
    /// Generation ends at the first of these; the stop string is not part of the text.
    pub stop: Vec<String>,
    /// GBNF grammar (root rule `root`) the output must follow.
    pub grammar: Option<String>,
    /// Name of a LoRA adapter registered when the engine was loaded; `None` = base model.
    pub adapter: Option<String>,
    pub sampling: Sampling,
    /// Repetition penalty over the last `repeat_last_n` tokens (1.0 = off).
    pub repeat_penalty: f32,
    pub repeat_last_n: i32,
    /// Keep generating past end-of-text (benchmarks want a fixed token count).
    pub ignore_eog: bool,
}

impl CompletionRequest {
    pub fn new(prompt: impl Into<String>, max_tokens: u32) -> Self {
        CompletionRequest {
            prompt: prompt.into(),
            max_tokens,
            repeat_penalty: 1.0,
            ..Default::default()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
    /// A stop string was produced.
    Stop,
    /// The model produced an end-of-generation token (or the grammar completed).
    EndOfText,
    /// `max_tokens` reached.
    Length,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Completion {
    pub text: String,
    pub finish: FinishReason,
    pub prompt_tokens: u32,
    /// Prompt tokens whose KV cache was reused from the previous request.
    pub reused_tokens: u32,
    pub generated_tokens: u32,
}

/// Called with (index of the request in the batch, new text) as tokens arrive.
pub type TokenSink = Arc<dyn Fn(usize, &str) + Send + Sync>;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("generation cancelled")]
    Cancelled,
    #[error("model file not found at {0}: run `gpiot model install [NAME]` (`gpiot model list` shows the names), or pass --model NAME|PATH / set GPIOT_MODEL")]
    ModelMissing(std::path::PathBuf),
    #[error("{path} is not a usable model: {reason}")]
    ModelInvalid { path: std::path::PathBuf, reason: String },
    #[error("LoRA adapter `{name}` at {path} could not be loaded: {reason}. Retrain/re-export it, or turn adapters off (`--no-adapters`)")]
    Adapter { name: String, path: std::path::PathBuf, reason: String },
    #[error("unknown adapter `{0}`: it was not registered when the engine was loaded")]
    UnknownAdapter(String),
    #[error("invalid grammar: {0}")]
    Grammar(String),
    #[error("prompt of {prompt} tokens plus {max_tokens} new tokens does not fit the context of {n_ctx}: raise the context size or shorten the input")]
    ContextOverflow { prompt: usize, max_tokens: u32, n_ctx: u32 },
    #[error("inference failed: {0}")]
    Inference(String),
    #[error("the engine thread has stopped; restart the server")]
    Stopped,
    #[error("backend: {0}")]
    Backend(String),
    #[error("{0}")]
    Model(String),
    #[error("the model has no chat template, but this prompt is a chat: choose a chat model (`gpiot model list`) or one whose GGUF carries `tokenizer.chat_template`")]
    NoChatTemplate,
}

/// What a caller may want to show about the engine.
#[derive(Clone, Debug, serde::Serialize)]
pub struct EngineInfo {
    pub backend: String,
    pub model: String,
    pub adapters: Vec<String>,
    pub n_ctx: u32,
    pub threads: i32,
    /// Prompts go through the model's chat template (an instruct model).
    pub chat: bool,
}

#[async_trait]
pub trait Engine: Send + Sync {
    /// Runs independent completions together (one decode batch where the backend can) and
    /// returns them in request order. Cancellation is honoured between tokens.
    async fn complete_batch(
        &self,
        requests: Vec<CompletionRequest>,
        cancel: CancellationToken,
        on_token: Option<TokenSink>,
    ) -> Result<Vec<Completion>, EngineError>;

    async fn complete(
        &self,
        request: CompletionRequest,
        cancel: CancellationToken,
        on_token: Option<TokenSink>,
    ) -> Result<Completion, EngineError> {
        let mut out = self.complete_batch(vec![request], cancel, on_token).await?;
        out.pop().ok_or_else(|| EngineError::Inference("engine returned no completion".into()))
    }

    fn info(&self) -> EngineInfo;
}
