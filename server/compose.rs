//! The composition root of the language server: the one place where the editor's model
//! settings meet the engine. `main.rs` hands [`EngineGenerator`] to the LSP layer, which only
//! sees it as a [`Generator`] (so the protocol layer knows nothing of engines).

use std::sync::Arc;

use async_trait::async_trait;
use tokio::sync::Mutex;

use crate::engine::factory::{Backend, EngineArgs};
use crate::engine::{Engine, EngineError};
use crate::pipeline::{EngineKind, Generator, ModelSettings, Pipeline, PipelineError, PipelineOptions};

/// The engine arguments (the CLI's flags) that model settings stand for.
pub fn engine_args(m: &ModelSettings) -> EngineArgs {
    EngineArgs {
        model: m.model.clone(),
        threads: m.threads,
        ctx: m.context_size,
        no_adapters: !m.adapters,
        backend: match m.engine {
            EngineKind::Openai => Backend::Openai,
            EngineKind::Llama | EngineKind::Scripted => Backend::Llama,
        },
        url: m.server_url.clone(),
        scripted: match m.engine {
            EngineKind::Scripted => m.script_path.clone(),
            EngineKind::Llama | EngineKind::Openai => None,
        },
        ..EngineArgs::default()
    }
}

/// A load failure in an editor user's terms: the engine's own message names the
/// command-line flags, so the settings that fix it are added.
fn load_failed(e: EngineError) -> PipelineError {
    let advice = match e {
        EngineError::ModelMissing(_) | EngineError::ModelInvalid { .. } => {
            " — set `gpiot.model` to a model name (`gpiot model list`) or a GGUF file (`gpiot.modelPath` is its older name), or clear both to use the default model that `gpiot model install` installs"
        }
        EngineError::Adapter { .. } => " — in the editor: set `gpiot.adapters` to false to run on the base model",
        _ => "",
    };
    PipelineError::Load(format!("{e}{advice}"))
}

/// The engine behind the code actions: loaded on first use (so `initialize` is instant),
/// kept while the model settings stay the same, reloaded when they change.
#[derive(Default)]
pub struct EngineGenerator {
    loaded: Mutex<Option<(ModelSettings, Arc<dyn Engine>)>>,
}

#[async_trait]
impl Generator for EngineGenerator {
    async fn needs_load(&self, model: &ModelSettings) -> bool {
        !matches!(&*self.loaded.lock().await, Some((k, _)) if k == model)
    }

    async fn pipeline(&self, model: &ModelSettings, mut options: PipelineOptions) -> Result<Pipeline, PipelineError> {
        let engine = {
            let mut slot = self.loaded.lock().await;
            match &*slot {
                Some((k, engine)) if k == model => engine.clone(),
                _ => {
                    // Drop the old engine first: two models need not fit in memory at once.
                    *slot = None;
                    tracing::info!(?model, "loading engine");
                    let engine = engine_args(model).load(model.adapters).await.map_err(load_failed)?;
                    *slot = Some((model.clone(), engine.clone()));
                    engine
                }
            }
        };
        // Examples go with the tuned roles (IoTBench measured them there, README); the
        // corpus loads on first use.
        if !(model.adapters && !engine.info().adapters.is_empty()) {
            options.examples_per_prompt = 0;
        }
        Ok(Pipeline::new(engine, options).with_shared_examples())
    }

    async fn settings_changed(&self, model: &ModelSettings) {
        let mut slot = self.loaded.lock().await;
        if slot.as_ref().is_some_and(|(k, _)| k != model) {
            tracing::info!("model settings changed: the engine reloads on next use");
            *slot = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::config::parse;
    use serde_json::json;

    #[test]
    fn openai_engine_reaches_the_engine_args() {
        let s = parse(&json!({"engine": "openai", "serverUrl": "http://127.0.0.1:9000"})).unwrap();
        let a = engine_args(&s.model_settings());
        assert_eq!(a.backend, Backend::Openai);
        assert_eq!(a.url.as_deref(), Some("http://127.0.0.1:9000"));
    }

    #[test]
    fn a_model_name_reaches_the_engine_args() {
        let s = parse(&json!({"model": "qwen2.5-coder-0.5b-instruct", "threads": 3, "contextSize": 2048, "adapters": false})).unwrap();
        let a = engine_args(&s.model_settings());
        assert_eq!(a.model.as_deref(), Some("qwen2.5-coder-0.5b-instruct"));
        assert_eq!((a.threads, a.ctx, a.no_adapters, a.backend), (Some(3), Some(2048), true, Backend::Llama));
        assert_eq!(a.scripted, None);
    }

    #[test]
    fn load_failures_say_which_setting_to_change() {
        let e = load_failed(EngineError::ModelMissing("/nowhere/m.gguf".into()));
        assert!(matches!(e, PipelineError::Load(_)));
        let text = e.to_string();
        assert!(text.starts_with("model file not found at /nowhere/m.gguf") && text.contains("set `gpiot.model`"), "{text}");
        let e = load_failed(EngineError::Adapter { name: "cg".into(), path: "cg.gguf".into(), reason: "bad".into() });
        assert!(e.to_string().ends_with("set `gpiot.adapters` to false to run on the base model"), "{e}");
        assert_eq!(load_failed(EngineError::Backend("down".into())).to_string(), "backend: down");
    }
}
