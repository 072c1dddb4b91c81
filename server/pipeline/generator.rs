//! What a front end (the language server) asks for pipelines. It names the model in plain
//! settings ([`ModelSettings`]); the composition root (server/compose.rs) decides how they
//! become an engine, so the front end never sees engine types.

use std::path::PathBuf;

use async_trait::async_trait;

use super::{Pipeline, PipelineError, PipelineOptions};

/// Where tokens come from (the `gpiot.engine` setting).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EngineKind {
    /// llama.cpp in this process.
    #[default]
    Llama,
    /// A shared OpenAI-compatible inference server (llama-server, vLLM) at `server_url`.
    Openai,
    /// Replays a script (tests): see `engine::scripted`.
    Scripted,
}

/// The model a pipeline runs on, as the user chose it. When it changes, the model is reloaded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelSettings {
    pub engine: EngineKind,
    /// A catalogue model's name or a GGUF path; `None`: the default model.
    pub model: Option<String>,
    pub threads: Option<i32>,
    pub context_size: Option<u32>,
    /// Register the trained role adapters.
    pub adapters: bool,
    pub script_path: Option<PathBuf>,
    pub server_url: Option<String>,
}

/// Hands out pipelines over a model loaded on first use and kept while the settings name it.
#[async_trait]
pub trait Generator: Send + Sync {
    /// Whether the next [`Generator::pipeline`] for `model` has to load it first (slow
    /// enough to tell the user).
    async fn needs_load(&self, model: &ModelSettings) -> bool;

    /// A pipeline over `model`, loading it (or replacing the loaded one) when needed;
    /// concurrent callers wait for one load. A load failure is
    /// [`PipelineError::Load`], whose text says what to do next.
    async fn pipeline(&self, model: &ModelSettings, options: PipelineOptions) -> Result<Pipeline, PipelineError>;

    /// The settings changed: forget a loaded model they no longer name (memory is freed now,
    /// the next pipeline loads the new one).
    async fn settings_changed(&self, model: &ModelSettings);
}
