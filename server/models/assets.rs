//! Locating files at run time: which model (a catalogue name or a GGUF path, from `--model`,
//! `GPIOT_MODEL` or the manifest's default), where it is installed (the cache dir), and the
//! adapters directory (`GPIOT_ADAPTERS`, else models/adapters of the checkout the binary was
//! built in, else the cache dir).

use std::path::{Path, PathBuf};

use super::manifest::{Manifest, ModelEntry, PromptFormat};

#[derive(Clone, Debug)]
pub struct Assets {
    pub manifest: Manifest,
    /// Where `gpiot model install` puts models: $XDG_CACHE_HOME/gpiot/models.
    pub cache_dir: PathBuf,
}

/// The model a command runs: a catalogue entry (installed in the cache dir) or a GGUF file
/// given by path.
#[derive(Clone, Debug)]
pub struct Selected {
    /// The catalogue name; also for a path whose file name is a catalogue model's.
    pub name: Option<String>,
    pub entry: Option<ModelEntry>,
    pub path: PathBuf,
    pub format: PromptFormat,
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("unknown model `{given}`: choose one of {known} (`gpiot model list`), or give the path of a GGUF file")]
pub struct UnknownModel {
    pub given: String,
    pub known: String,
}

impl Assets {
    pub fn new() -> Self {
        Assets { manifest: Manifest::embedded(), cache_dir: cache_dir() }
    }

    /// Where a catalogue model is installed (whether or not it is yet): its runtime file.
    pub fn installed_path(&self, entry: &ModelEntry) -> PathBuf {
        self.cache_dir.join(entry.runtime_file())
    }

    /// The default model's installed path.
    pub fn default_model_path(&self) -> PathBuf {
        self.installed_path(self.manifest.default_model().1)
    }

    /// The default model as its packages ship it (for Gemma: the full vocabulary).
    pub fn base_model_path(&self) -> PathBuf {
        self.cache_dir.join(&self.manifest.default_model().1.file)
    }

    /// The model for `choice` (a catalogue name or a path), else `GPIOT_MODEL`, else the
    /// manifest's default. A path whose file name is a catalogue model's is that model (its
    /// prompt format and adapters); another path gets the chat format when its GGUF carries a
    /// chat template.
    pub fn select(&self, choice: Option<&str>) -> Result<Selected, UnknownModel> {
        let env = std::env::var("GPIOT_MODEL").ok().filter(|v| !v.trim().is_empty());
        let choice = choice.map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).or(env);
        let Some(choice) = choice else {
            let (name, entry) = self.manifest.default_model();
            return Ok(self.named(name, entry));
        };
        if let Some(entry) = self.manifest.model(&choice) {
            return Ok(self.named(&choice, entry));
        }
        let path = PathBuf::from(&choice);
        let looks_like_path = choice.contains(std::path::MAIN_SEPARATOR) || choice.ends_with(".gguf") || path.exists();
        if !looks_like_path {
            return Err(UnknownModel { given: choice, known: self.manifest.models.keys().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ") });
        }
        let file_name = path.file_name().and_then(|f| f.to_str()).unwrap_or_default();
        Ok(match self.manifest.by_file_name(file_name) {
            Some((name, entry)) => Selected { name: Some(name.to_string()), entry: Some(entry.clone()), format: entry.format, path },
            None => {
                let chat = super::gguf::read_header(&path).map(|h| h.chat_template).unwrap_or(false);
                let format = if chat { PromptFormat::Chat } else { PromptFormat::Completion };
                Selected { name: None, entry: None, path, format }
            }
        })
    }

    fn named(&self, name: &str, entry: &ModelEntry) -> Selected {
        Selected { name: Some(name.to_string()), entry: Some(entry.clone()), path: self.installed_path(entry), format: entry.format }
    }

    /// The path of `choice` (see [`Assets::select`]); the default's for an unknown name.
    pub fn model_path(&self, choice: Option<&str>) -> PathBuf {
        self.select(choice).map(|s| s.path).unwrap_or_else(|_| self.default_model_path())
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

    /// The selected model's role adapters whose files exist: (role, path). A model outside the
    /// catalogue has none.
    pub fn adapters_of(&self, model: &Selected) -> Vec<(String, PathBuf)> {
        let dir = self.adapters_dir();
        model
            .entry
            .iter()
            .flat_map(|e| e.adapters.iter())
            .map(|(role, a)| (role.clone(), dir.join(&a.file)))
            .filter(|(_, p)| p.is_file())
            .collect()
    }

    /// The adapters of the model chosen by `GPIOT_MODEL` or the default.
    pub fn available_adapters(&self) -> Vec<(String, PathBuf)> {
        match self.select(None) {
            Ok(s) => self.adapters_of(&s),
            Err(_) => Vec::new(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn assets() -> Assets {
        Assets { manifest: Manifest::embedded(), cache_dir: PathBuf::from("/cache") }
    }

    #[test]
    fn a_catalogue_name_selects_its_installed_runtime_file() {
        let a = assets();
        let s = a.select(Some("qwen2.5-coder-0.5b-instruct")).unwrap();
        assert_eq!(s.path, Path::new("/cache/qwen2.5-coder-0.5b-instruct.iot-vocab.gguf"), "the pruned file");
        assert_eq!(s.format, PromptFormat::Chat);
        let g = a.select(Some("gemma-3-270m")).unwrap();
        assert_eq!(g.path, Path::new("/cache/gemma-3-270m-q4_k_m.iot-vocab.gguf"), "Gemma runs its pruned file");
        assert_eq!(g.format, PromptFormat::Completion);
    }

    #[test]
    fn a_path_named_like_a_catalogue_file_is_that_model() {
        let s = assets().select(Some("/elsewhere/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")).unwrap();
        assert_eq!(s.name.as_deref(), Some("qwen2.5-coder-1.5b-instruct"));
        assert_eq!(s.format, PromptFormat::Chat);
        let other = assets().select(Some("/nowhere/mine.gguf")).unwrap();
        assert_eq!((other.name, other.format), (None, PromptFormat::Completion), "unreadable: no chat template known");
    }

    #[test]
    fn an_unknown_name_lists_the_catalogue() {
        let e = assets().select(Some("qwen-7b")).unwrap_err();
        assert!(e.to_string().contains("`gemma-3-270m`") && e.to_string().contains("gpiot model list"), "{e}");
    }
}
