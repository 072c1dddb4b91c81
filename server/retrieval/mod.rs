//! Local retrieval of verified examples: the project's own training rows
//! (models/datasets/*.jsonl — every CG row ran against its check, every TD/RT row belongs to
//! a problem whose code passed) indexed with BM25, so a role's prompt can be preceded by the
//! most similar solved example in exactly the training format. Offline and private: the
//! corpus ships with the checkout. It knows nothing of prompts' meaning or of LSP: rows are
//! (role, language, prompt, completion) and queries are text.

mod bm25;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::language::Language;
pub use bm25::Index;

/// The dataset files read (see models/datasets/README.md).
pub const DATASET_FILES: [&str; 3] = ["tdd.jsonl", "rt.jsonl", "cgd.jsonl"];

/// One verified row.
#[derive(Clone, Debug, Deserialize)]
pub struct Example {
    #[serde(default)]
    pub id: String,
    pub role: String,
    pub language: Language,
    pub prompt: String,
    pub completion: String,
}

impl Example {
    /// The row as the model was trained on it: prompt then completion.
    pub fn text(&self) -> String {
        format!("{}{}", self.prompt, self.completion)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RetrievalError {
    #[error("cannot read the example corpus {path}: {error}; set GPIOT_DATASETS to the folder with tdd.jsonl, rt.jsonl and cgd.jsonl, or turn retrieval off")]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{path}:{line}: not an example row ({error}); rebuild it with models/training/build_datasets.py")]
    Row { path: PathBuf, line: usize, error: serde_json::Error },
    #[error("the example corpus in {0} is empty")]
    Empty(PathBuf),
}

/// Examples per (role, language), each group with its own index.
pub struct Corpus {
    groups: HashMap<(String, Language), (Vec<Example>, Index)>,
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus").field("examples", &self.len()).finish()
    }
}

impl Corpus {
    pub fn new(rows: Vec<Example>) -> Corpus {
        let mut by_key: HashMap<(String, Language), Vec<Example>> = HashMap::new();
        for r in rows {
            by_key.entry((r.role.clone(), r.language)).or_default().push(r);
        }
        let groups = by_key
            .into_iter()
            .map(|(k, rows)| {
                let index = Index::new(rows.iter().map(|r| r.prompt.as_str()));
                (k, (rows, index))
            })
            .collect();
        Corpus { groups }
    }

    /// Reads the dataset files found in `dir` (a missing file is skipped; none at all is an error).
    pub fn load(dir: &Path) -> Result<Corpus, RetrievalError> {
        let mut rows = Vec::new();
        let mut found = false;
        for name in DATASET_FILES {
            let path = dir.join(name);
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(error) => return Err(RetrievalError::Io { path, error }),
            };
            found = true;
            for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let row: Example = serde_json::from_str(line).map_err(|error| RetrievalError::Row { path: path.clone(), line: i + 1, error })?;
                rows.push(row);
            }
        }
        if !found {
            return Err(RetrievalError::Io { path: dir.to_path_buf(), error: std::io::Error::new(std::io::ErrorKind::NotFound, "no dataset files") });
        }
        if rows.is_empty() {
            return Err(RetrievalError::Empty(dir.to_path_buf()));
        }
        Ok(Corpus::new(rows))
    }

    /// The datasets folder: `GPIOT_DATASETS`, else models/datasets of the checkout the binary
    /// was built in.
    pub fn default_dir() -> PathBuf {
        match std::env::var_os("GPIOT_DATASETS").filter(|v| !v.is_empty()) {
            Some(d) => PathBuf::from(d),
            None => Path::new(env!("CARGO_MANIFEST_DIR")).join("models/datasets"),
        }
    }

    pub fn len(&self) -> usize {
        self.groups.values().map(|(rows, _)| rows.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `k` rows of `role` in `lang` whose prompts are nearest `query`, best first; rows
    /// with no term in common are never returned.
    pub fn nearest(&self, role: &str, lang: Language, query: &str, k: usize) -> Vec<&Example> {
        let Some((rows, index)) = self.groups.get(&(role.to_string(), lang)) else { return Vec::new() };
        index.top(query, k).into_iter().map(|(i, _)| &rows[i]).collect()
    }
}

/// The default corpus, loaded once per process on first use; `None` (with a warning in the
/// log) when it cannot be read — generation then runs without examples.
pub fn shared() -> Option<Arc<Corpus>> {
    static CORPUS: OnceLock<Option<Arc<Corpus>>> = OnceLock::new();
    CORPUS
        .get_or_init(|| {
            let dir = Corpus::default_dir();
            let started = std::time::Instant::now();
            match Corpus::load(&dir) {
                Ok(c) => {
                    tracing::info!(examples = c.len(), ms = started.elapsed().as_millis() as u64, "example corpus loaded");
                    Some(Arc::new(c))
                }
                Err(e) => {
                    tracing::warn!("{e}; generating without examples");
                    None
                }
            }
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(role: &str, lang: Language, prompt: &str) -> Example {
        Example { id: prompt.into(), role: role.into(), language: lang, prompt: prompt.into(), completion: "done\n".into() }
    }

    #[test]
    fn nearest_keeps_role_and_language_apart() {
        let c = Corpus::new(vec![
            row("cg", Language::C, "crc8 over bytes, polynomial 0x07"),
            row("cg", Language::Python, "crc8 over bytes in python"),
            row("td", Language::C, "crc8 requirement"),
            row("cg", Language::C, "moving average of int16 samples"),
        ]);
        let got: Vec<&str> = c.nearest("cg", Language::C, "Implement crc8 with polynomial 0x31", 2).iter().map(|e| e.prompt.as_str()).collect();
        assert_eq!(got, vec!["crc8 over bytes, polynomial 0x07"]);
        assert!(c.nearest("rt", Language::C, "crc8", 1).is_empty());
        assert_eq!(c.len(), 4);
    }

    #[test]
    fn load_reports_a_bad_row_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("cgd.jsonl"), "{\"role\":\"cg\",\"language\":\"c\",\"prompt\":\"p\",\"completion\":\"c\"}\nnot json\n").unwrap();
        let e = Corpus::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("cgd.jsonl:2"), "{e}");
        let empty = tempfile::tempdir().unwrap();
        assert!(Corpus::load(empty.path()).unwrap_err().to_string().contains("GPIOT_DATASETS"));
    }

    #[test]
    fn the_shipped_datasets_load() {
        let c = Corpus::load(&Corpus::default_dir()).expect("models/datasets loads");
        for role in ["td", "rt", "cg"] {
            for lang in [Language::Python, Language::C] {
                assert!(!c.nearest(role, lang, "filter the sensor samples", 1).is_empty(), "{role} {lang:?}");
            }
        }
    }
}
