//! The languages GPIoT writes.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Python,
    C,
}

impl Language {
    /// From an LSP languageId or a CLI/task-file name.
    pub fn from_language_id(id: &str) -> Option<Language> {
        match id.to_ascii_lowercase().as_str() {
            "python" | "py" => Some(Language::Python),
            "c" => Some(Language::C),
            _ => None,
        }
    }

    pub fn from_path(path: &std::path::Path) -> Option<Language> {
        match path.extension()?.to_str()? {
            "py" => Some(Language::Python),
            "c" | "h" => Some(Language::C),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::C => "c",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Language::Python => "py",
            Language::C => "c",
        }
    }

    pub fn tree_sitter(self) -> tree_sitter::Language {
        match self {
            Language::Python => tree_sitter_python::LANGUAGE.into(),
            Language::C => tree_sitter_c::LANGUAGE.into(),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Language {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::from_language_id(s).ok_or_else(|| format!("unknown language `{s}`: use python or c"))
    }
}
