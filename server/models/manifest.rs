//! models/manifest.toml, parsed.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Manifest {
    pub base: BaseModel,
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
pub struct Runtime {
    pub n_ctx: u32,
    pub n_batch: u32,
    pub max_sequences: u32,
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
        assert!(m.runtime.n_ctx >= 1024);
    }
}
