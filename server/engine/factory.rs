//! Choosing and loading an engine from command-line or configuration settings — the one
//! place the CLI, the language server and IoTBench build engines from.

use std::path::PathBuf;
use std::sync::Arc;

use super::llama::{LlamaConfig, LlamaEngine};
use super::openai::{OpenAiConfig, OpenAiEngine, DEFAULT_URL};
use super::scripted::ScriptedEngine;
use super::{Engine, EngineError};
use crate::models::assets::Selected;
use crate::models::manifest::PromptFormat;
use crate::models::Assets;

#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// llama.cpp in this process.
    #[default]
    Llama,
    /// An OpenAI-compatible server (llama-server, vLLM) at --url.
    Openai,
}

/// Engine settings shared by every command that runs the model.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct EngineArgs {
    /// Model: a catalogue name (`gpiot model list`) or a GGUF file (default: the manifest's
    /// default model; env GPIOT_MODEL).
    #[arg(long)]
    pub model: Option<String>,
    /// CPU threads for inference.
    #[arg(long)]
    pub threads: Option<i32>,
    /// KV cache size in tokens.
    #[arg(long)]
    pub ctx: Option<u32>,
    /// Run on the base model only, ignoring trained adapters.
    #[arg(long)]
    pub no_adapters: bool,
    #[arg(long, value_enum, default_value = "llama")]
    pub backend: Backend,
    /// Base URL of the OpenAI-compatible server (with --backend openai; default
    /// http://127.0.0.1:8088, where `make serve` listens).
    #[arg(long, env = "GPIOT_OPENAI_URL")]
    pub url: Option<String>,
    /// Replay a scripted engine (JSON) instead of the model — for tests.
    #[arg(long, hide = true, env = "GPIOT_SCRIPTED_ENGINE")]
    pub scripted: Option<PathBuf>,
}

impl EngineArgs {
    /// The model these settings choose (a catalogue entry or a file).
    pub fn selected(&self) -> Result<Selected, EngineError> {
        Assets::new().select(self.model.as_deref()).map_err(|e| EngineError::Model(e.to_string()))
    }

    pub fn llama_config(&self, with_adapters: bool) -> Result<LlamaConfig, EngineError> {
        let assets = Assets::new();
        let model = self.selected()?;
        let mut c = LlamaConfig::new(model.path.clone());
        c.chat = model.format == PromptFormat::Chat;
        if let Some(n) = self.ctx {
            c.n_ctx = n;
        }
        if let Some(t) = self.threads {
            if t < 1 {
                return Err(EngineError::Backend("threads must be at least 1".into()));
            }
            c.threads = t;
        }
        if with_adapters && !self.no_adapters {
            c.adapters = assets.adapters_of(&model);
        }
        Ok(c)
    }

    /// Settings for `--backend openai`: the server's adapters are matched to the manifest's
    /// roles by file name, so `gpiot` and `make serve` agree on which file is which role.
    /// The served model is taken to be the one `--model` chooses (by default the manifest's
    /// default, which `make serve` serves): its prompt format and its adapters' roles.
    pub fn openai_config(&self, with_adapters: bool) -> Result<OpenAiConfig, EngineError> {
        let url = self.url.clone().filter(|u| !u.trim().is_empty()).unwrap_or_else(|| DEFAULT_URL.to_string());
        let model = self.selected()?;
        let mut c = OpenAiConfig::new(url);
        c.chat = model.format == PromptFormat::Chat;
        if with_adapters && !self.no_adapters {
            let mut roles: Vec<(String, String)> = model
                .entry
                .iter()
                .flat_map(|e| e.adapters.iter())
                .map(|(role, a)| {
                    let stem = std::path::Path::new(&a.file).file_stem().and_then(|s| s.to_str()).unwrap_or(role);
                    (role.clone(), stem.to_string())
                })
                .collect();
            // Roles without a manifest entry still match files named after them (td.gguf …).
            for role in ["td", "rt", "cg"] {
                if !roles.iter().any(|(r, _)| r == role) {
                    roles.push((role.to_string(), role.to_string()));
                }
            }
            c.adapters = roles;
        }
        Ok(c)
    }

    /// Loads the engine these settings describe. `with_adapters` registers the trained role
    /// adapters (the `gpiot` configuration); blocking work runs off the async runtime.
    pub async fn load(&self, with_adapters: bool) -> Result<Arc<dyn Engine>, EngineError> {
        if let Some(script) = &self.scripted {
            return Ok(Arc::new(ScriptedEngine::from_file(script)?));
        }
        match self.backend {
            Backend::Llama => {
                let config = self.llama_config(with_adapters)?;
                let engine = tokio::task::spawn_blocking(move || LlamaEngine::load(config))
                    .await
                    .map_err(|e| EngineError::Backend(format!("engine loader panicked: {e}")))??;
                Ok(Arc::new(engine))
            }
            Backend::Openai => Ok(Arc::new(OpenAiEngine::connect(self.openai_config(with_adapters)?).await?)),
        }
    }
}
