//! models/manifest.toml, parsed.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Manifest {
    pub base: BaseModel,
    /// The model the server runs: `base` with its vocabulary pruned (server/models/vocab_prune.rs).
    pub vocab: PrunedModel,
    pub runtime: Runtime,
    #[serde(default)]
    pub adapters: BTreeMap<String, AdapterEntry>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct BaseModel {
    pub name: String,
    pub pip_package: String,
    pub python_module: String,
    pub file: String,
    pub sha256: String,
    pub size: u64,
    pub architecture: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct PrunedModel {
    pub file: String,
    pub sha256: String,
    pub size: u64,
    /// Tokens kept (models/vocab/keep.txt plus the tokenizer's special tokens).
    pub tokens: u64,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Runtime {
    pub n_ctx: u32,
    pub n_batch: u32,
    /// Tokens per physical decode step (llama.cpp splits a batch into these). It sizes the
    /// compute buffer, which dominates memory with a 262k-token vocabulary; default n_batch.
    #[serde(default)]
    pub n_ubatch: Option<u32>,
    pub max_sequences: u32,
    /// Keep the sliding-window layers' cache at full size. Needed to reuse a cached prompt
    /// prefix after the window has moved; costs memory.
    #[serde(default = "yes")]
    pub swa_full: bool,
    /// Flash attention on/off; absent: llama.cpp decides ("auto").
    #[serde(default)]
    pub flash_attn: Option<bool>,
    /// KV cache element type: "f16" or "q8_0".
    #[serde(default)]
    pub kv_type: crate::engine::llama::KvType,
}

fn yes() -> bool {
    true
}

/// One role's adapter: a GGUF LoRA file relative to models/adapters.
#[derive(Clone, Debug, Deserialize)]
pub struct AdapterEntry {
    pub file: String,
    pub sha256: String,
}

impl Manifest {
    /// The manifest compiled into this binary (from models/manifest.toml).
    pub fn embedded() -> Manifest {
        toml::from_str(include_str!("../../models/manifest.toml"))
            .expect("models/manifest.toml is valid (checked by tests)")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_manifest_parses() {
        let m = super::Manifest::embedded();
        assert_eq!(m.base.sha256.len(), 64);
        assert_eq!(m.vocab.sha256.len(), 64);
        assert_ne!(m.vocab.file, m.base.file);
        assert!(m.runtime.n_ctx >= 1024);
    }
}
