//! The engine behind the code actions: loaded on first use (so `initialize` is instant),
//! kept while the model settings stay the same, reloaded when they change.

use std::sync::Arc;

use tokio::sync::Mutex;

use super::config::{EngineKey, Settings};
use crate::engine::{Engine, EngineError};
use crate::pipeline::{Pipeline, PipelineOptions};

#[derive(Default)]
pub struct Generator {
    loaded: Mutex<Option<(EngineKey, Arc<dyn Engine>)>>,
}

impl Generator {
    /// Whether the next `pipeline` call will have to load the engine.
    pub async fn needs_load(&self, settings: &Settings) -> bool {
        let key = settings.engine_key();
        !matches!(&*self.loaded.lock().await, Some((k, _)) if *k == key)
    }

    /// A pipeline over the engine for these settings, loading (or reloading) it when needed.
    /// Concurrent callers wait for one load.
    pub async fn pipeline(&self, settings: &Settings) -> Result<Pipeline, EngineError> {
        let key = settings.engine_key();
        let engine = {
            let mut slot = self.loaded.lock().await;
            match &*slot {
                Some((k, engine)) if *k == key => engine.clone(),
                _ => {
                    // Drop the old engine first: two models need not fit in memory at once.
                    *slot = None;
                    tracing::info!(?key, "loading engine");
                    let engine = settings.engine_args().load(settings.adapters).await?;
                    *slot = Some((key, engine.clone()));
                    engine
                }
            }
        };
        // Examples go with the tuned roles (IoTBench measured them there, README); the
        // corpus loads on first use.
        let tuned = settings.adapters && !engine.info().adapters.is_empty();
        let examples = if tuned { settings.examples } else { 0 };
        let options = PipelineOptions {
            max_tokens: settings.max_tokens,
            use_adapters: settings.adapters,
            examples_per_prompt: examples,
            self_checks: settings.self_checks,
            candidates: settings.candidates,
            ..PipelineOptions::default()
        };
        Ok(Pipeline::new(engine, options).with_shared_examples())
    }

    /// Forgets the engine if `settings` need a different one; the next generation reloads.
    pub async fn settings_changed(&self, settings: &Settings) {
        let key = settings.engine_key();
        let mut slot = self.loaded.lock().await;
        if slot.as_ref().is_some_and(|(k, _)| *k != key) {
            tracing::info!("model settings changed: the engine reloads on next use");
            *slot = None;
        }
    }
}
