//! Locating files at run time: the base model (cache dir, `--model`, `GPIOT_MODEL`) and the
//! adapters directory (`GPIOT_ADAPTERS`, else models/adapters of the checkout the binary was
//! built in, else the cache dir).

use std::path::{Path, PathBuf};

use super::manifest::Manifest;

#[derive(Clone, Debug)]
pub struct Assets {
    pub manifest: Manifest,
    /// Where `gpiot model install` puts the model: $XDG_CACHE_HOME/gpiot/models.
    pub cache_dir: PathBuf,
}

impl Assets {
    pub fn new() -> Self {
        Assets { manifest: Manifest::embedded(), cache_dir: cache_dir() }
    }

    /// The installed default model's path (whether or not it exists yet): the base model
    /// with its vocabulary pruned.
    pub fn default_model_path(&self) -> PathBuf {
        self.cache_dir.join(&self.manifest.vocab.file)
    }

    /// The base model as its package ships it (the full vocabulary).
    pub fn base_model_path(&self) -> PathBuf {
        self.cache_dir.join(&self.manifest.base.file)
    }

    /// Model path: explicit override, then GPIOT_MODEL, then the installed default.
    pub fn model_path(&self, explicit: Option<&Path>) -> PathBuf {
        explicit
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("GPIOT_MODEL").filter(|v| !v.is_empty()).map(PathBuf::from))
            .unwrap_or_else(|| self.default_model_path())
    }

    pub fn adapters_dir(&self) -> PathBuf {
        if let Some(d) = std::env::var_os("GPIOT_ADAPTERS").filter(|v| !v.is_empty()) {
            return PathBuf::from(d);
        }
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/adapters");
        if source.is_dir() {
            return source;
        }
        self.cache_dir.join("adapters")
    }

    /// Role adapters listed in the manifest whose files exist: (role, path).
    pub fn available_adapters(&self) -> Vec<(String, PathBuf)> {
        let dir = self.adapters_dir();
        self.manifest
            .adapters
            .iter()
            .map(|(role, a)| (role.clone(), dir.join(&a.file)))
            .filter(|(_, p)| p.is_file())
            .collect()
    }
}

impl Default for Assets {
    fn default() -> Self {
        Self::new()
    }
}

fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("GPIOT_CACHE_DIR").filter(|v| !v.is_empty()) {
        return PathBuf::from(d);
    }
    directories::ProjectDirs::from("", "", "gpiot")
        .map(|d| d.cache_dir().join("models"))
        .unwrap_or_else(|| std::env::temp_dir().join("gpiot-models"))
}
