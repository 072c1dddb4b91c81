//! The `gpiot` settings, from `initializationOptions` and `workspace/didChangeConfiguration`.
//!
//! Settings are validated by hand (not with serde errors) so a bad value gets a message that
//! names the setting and says what is expected; the previous settings then stay in force.

use std::path::PathBuf;

use serde_json::Value;

use crate::language::Language;
pub use crate::pipeline::EngineKind;
use crate::pipeline::{ModelSettings, PipelineOptions};

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// A catalogue model's name or a GGUF path (`model`; `modelPath` is the older spelling).
    pub model: Option<String>,
    pub threads: Option<i32>,
    pub context_size: Option<u32>,
    pub max_tokens: Option<u32>,
    pub adapters: bool,
    /// Verified examples retrieved before each prompt (with the adapters); 0 = off.
    pub examples: usize,
    pub languages: Vec<Language>,
    pub engine: EngineKind,
    pub script_path: Option<PathBuf>,
    /// Base URL of the inference server for `engine: "openai"` (default: `make serve`'s).
    pub server_url: Option<String>,
    /// Run the requirement's stated examples and rules on the code (`selfChecks`).
    pub self_checks: bool,
    /// Code candidates tried against the self-checks (`candidates`).
    pub candidates: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            model: None,
            threads: None,
            context_size: None,
            max_tokens: None,
            adapters: true,
            examples: 1,
            languages: vec![Language::Python, Language::C],
            engine: EngineKind::Llama,
            script_path: None,
            server_url: None,
            self_checks: true,
            candidates: crate::pipeline::DEFAULT_CANDIDATES,
        }
    }
}

impl Settings {
    /// The model part: when it changes, the model is reloaded.
    pub fn model_settings(&self) -> ModelSettings {
        ModelSettings {
            engine: self.engine,
            model: self.model.clone(),
            threads: self.threads,
            context_size: self.context_size,
            adapters: self.adapters,
            script_path: self.script_path.clone(),
            server_url: self.server_url.clone(),
        }
    }

    pub fn pipeline_options(&self) -> PipelineOptions {
        PipelineOptions {
            max_tokens: self.max_tokens,
            use_adapters: self.adapters,
            examples_per_prompt: self.examples,
            self_checks: self.self_checks,
            candidates: self.candidates,
            ..PipelineOptions::default()
        }
    }

    pub fn enabled(&self, lang: Language) -> bool {
        self.languages.contains(&lang)
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("GPIoT setting `gpiot.{key}` {problem}; the previous settings stay in force.")]
pub struct ConfigError {
    pub key: &'static str,
    pub problem: String,
}

fn bad(key: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError { key, problem: problem.into() }
}

/// Finds the `gpiot` object in what a client sent: `{"gpiot": {...}}` or the object itself.
/// `None` when there is nothing for us (then a client may need to be asked).
pub fn section(value: &Value) -> Option<&Value> {
    match value {
        Value::Object(map) if map.contains_key("gpiot") => map.get("gpiot").filter(|v| !v.is_null()),
        Value::Object(map) if !map.is_empty() => Some(value),
        _ => None,
    }
}

fn int(obj: &serde_json::Map<String, Value>, key: &'static str, min: i64, max: i64) -> Result<Option<i64>, ConfigError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_i64() {
            Some(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(bad(key, format!("must be a whole number from {min} to {max}, got {v}"))),
        },
    }
}

fn path(obj: &serde_json::Map<String, Value>, key: &'static str, what: &str) -> Result<Option<PathBuf>, ConfigError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => {
            let p = PathBuf::from(s);
            if p.is_file() {
                Ok(Some(p))
            } else {
                Err(bad(key, format!("points to {s}, which is not a file; {what}")))
            }
        }
        Some(v) => Err(bad(key, format!("must be a file path (a string), got {v}"))),
    }
}

/// `model` (or `modelPath`): a catalogue name, or the path of a file.
fn model(obj: &serde_json::Map<String, Value>) -> Result<Option<String>, ConfigError> {
    let key = if obj.get("model").is_some_and(|v| !v.is_null()) { "model" } else { "modelPath" };
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => {
            let s = s.trim();
            let manifest = crate::models::Manifest::embedded();
            if manifest.model(s).is_some() || std::path::Path::new(s).is_file() {
                return Ok(Some(s.to_string()));
            }
            let names: Vec<&str> = manifest.models.keys().map(String::as_str).collect();
            Err(bad(key, format!("is {s:?}: not a file, and not a model name ({}); install a model with `gpiot model install NAME`", names.join(", "))))
        }
        Some(v) => Err(bad(key, format!("must be a model name or a file path (a string), got {v}"))),
    }
}

/// Parses one `gpiot` settings object. Missing keys take their defaults; unknown keys are
/// ignored (newer clients may send more).
pub fn parse(value: &Value) -> Result<Settings, ConfigError> {
    let Value::Object(obj) = value else {
        return Err(ConfigError { key: "*", problem: format!("must be an object, got {value}") });
    };
    let mut s = Settings::default();
    s.model = model(obj)?;
    s.threads = int(obj, "threads", 1, 256)?.map(|n| n as i32);
    s.context_size = int(obj, "contextSize", 256, 131_072)?.map(|n| n as u32);
    s.max_tokens = int(obj, "maxTokens", 1, 32_768)?.map(|n| n as u32);
    if let Some(n) = int(obj, "examples", 0, 4)? {
        s.examples = n as usize;
    }
    if let Some(n) = int(obj, "candidates", 1, 16)? {
        s.candidates = n as u32;
    }
    match obj.get("selfChecks") {
        None | Some(Value::Null) => {}
        Some(Value::Bool(b)) => s.self_checks = *b,
        Some(v) => return Err(bad("selfChecks", format!("must be true or false, got {v}"))),
    }
    match obj.get("adapters") {
        None | Some(Value::Null) => {}
        Some(Value::Bool(b)) => s.adapters = *b,
        Some(v) => return Err(bad("adapters", format!("must be true or false, got {v}"))),
    }
    match obj.get("languages") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            s.languages = items
                .iter()
                .map(|v| {
                    v.as_str()
                        .and_then(Language::from_language_id)
                        .ok_or_else(|| bad("languages", format!("may only list \"python\" and \"c\", got {v}")))
                })
                .collect::<Result<_, _>>()?;
        }
        Some(v) => return Err(bad("languages", format!("must be a list such as [\"python\", \"c\"], got {v}"))),
    }
    s.engine = match obj.get("engine") {
        None | Some(Value::Null) => EngineKind::Llama,
        Some(Value::String(e)) if e == "llama" => EngineKind::Llama,
        Some(Value::String(e)) if e == "openai" => EngineKind::Openai,
        Some(Value::String(e)) if e == "scripted" => EngineKind::Scripted,
        Some(v) => {
            return Err(bad("engine", format!("must be \"llama\" (in-process) or \"openai\" (a shared server), got {v}")))
        }
    };
    s.server_url = match obj.get("serverUrl") {
        None | Some(Value::Null) => None,
        Some(Value::String(u)) if u.trim().is_empty() => None,
        Some(Value::String(u)) if u.trim().starts_with("http://") => Some(u.trim().to_string()),
        // The HTTP client is built without TLS: a team server sits on the LAN or behind a tunnel.
        Some(v) => return Err(bad("serverUrl", format!("must be an http:// URL (TLS is not built in), got {v}"))),
    };
    s.script_path = path(obj, "scriptPath", "it must name an engine script (JSON)")?;
    if s.engine == EngineKind::Scripted && s.script_path.is_none() {
        return Err(bad("scriptPath", "is required when `gpiot.engine` is \"scripted\""));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_and_values() {
        let s = parse(&json!({"threads": 2, "maxTokens": 64, "adapters": false, "languages": ["c"], "unknown": 1})).unwrap();
        assert_eq!(s.threads, Some(2));
        assert_eq!(s.max_tokens, Some(64));
        assert!(!s.adapters);
        assert_eq!(s.languages, [Language::C]);
        assert_eq!(parse(&json!({})).unwrap(), Settings::default());
    }

    #[test]
    fn bad_values_name_the_setting() {
        let e = parse(&json!({"threads": "four"})).unwrap_err();
        assert_eq!(e.key, "threads");
        assert!(e.to_string().contains("gpiot.threads"), "{e}");
        assert_eq!(parse(&json!({"languages": ["rust"]})).unwrap_err().key, "languages");
        assert_eq!(parse(&json!({"engine": "scripted"})).unwrap_err().key, "scriptPath");
        assert_eq!(parse(&json!({"modelPath": "/nonexistent/x.gguf"})).unwrap_err().key, "modelPath");
        assert_eq!(parse(&json!({"model": "gpt-9"})).unwrap_err().key, "model");
        assert_eq!(parse(&json!({"candidates": 0})).unwrap_err().key, "candidates");
        assert_eq!(parse(&json!({"selfChecks": "yes"})).unwrap_err().key, "selfChecks");
        let s = parse(&json!({"candidates": 8, "selfChecks": false})).unwrap();
        assert_eq!((s.candidates, s.self_checks), (8, false));
        assert!(parse(&json!({"model": "gpt-9"})).unwrap_err().to_string().contains("qwen2.5-coder-0.5b-instruct"));
        assert_eq!(parse(&json!({"engine": "gpt"})).unwrap_err().key, "engine");
        assert_eq!(parse(&json!({"engine": "openai", "serverUrl": "localhost:8088"})).unwrap_err().key, "serverUrl");
    }

    #[test]
    fn model_settings_decide_reloads() {
        let s = parse(&json!({"engine": "openai", "serverUrl": "http://127.0.0.1:9000"})).unwrap();
        assert_eq!(s.model_settings().engine, EngineKind::Openai);
        assert_ne!(s.model_settings(), parse(&json!({"engine": "openai", "serverUrl": "http://127.0.0.1:9001"})).unwrap().model_settings());
        let s = parse(&json!({"model": "qwen2.5-coder-0.5b-instruct"})).unwrap();
        assert_ne!(s.model_settings(), Settings::default().model_settings(), "another model reloads the engine");
        let s = parse(&json!({"maxTokens": 64, "candidates": 2})).unwrap();
        assert_eq!(s.model_settings(), Settings::default().model_settings(), "generation settings keep the model");
        assert_eq!((s.pipeline_options().max_tokens, s.pipeline_options().candidates), (Some(64), 2));
    }

    #[test]
    fn section_lookup() {
        assert_eq!(section(&json!({"gpiot": {"threads": 1}})), Some(&json!({"threads": 1})));
        assert_eq!(section(&json!(null)), None);
        assert_eq!(section(&json!({"gpiot": null})), None);
    }
}
