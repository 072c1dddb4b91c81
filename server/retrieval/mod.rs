//! Local retrieval of verified examples: the project's own training rows
//! (models/datasets/*.jsonl — every CG row ran against its check, every TD/RT row belongs to
//! a problem whose code passed) indexed with BM25, so a role's prompt can be preceded by the
//! most similar solved example in exactly the training format. Offline and private: the
//! corpus ships with the checkout. It knows nothing of prompts' meaning or of LSP: rows are
//! (role, language, prompt, completion) and queries are text.

mod batch;
mod bm25;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::language::Language;
pub use batch::{answer as answer_queries, BatchError};
pub use bm25::{Index, IndexBuilder};

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
    #[error("{path} changed since it was indexed; restart the server to index it again")]
    Changed { path: PathBuf },
    #[error("{path}: the row at byte {offset} no longer reads as an example ({error})")]
    Reread { path: PathBuf, offset: u64, error: serde_json::Error },
    #[error("the example corpus in {0} is empty")]
    Empty(PathBuf),
}

/// Examples per (role, language), each group with its own index. Rows loaded from files are
/// not kept in memory: the corpus holds the index and where each row is, and reads the few
/// rows a query returns from their file (the shipped rows are 15 MB of text, the index a
/// fraction of that; peak RSS is one of the product's budgets).
pub struct Corpus {
    groups: HashMap<(String, Language), (Vec<u32>, Index)>,
    rows: Rows,
}

/// Where the rows' text lives.
enum Rows {
    Memory(Vec<Example>),
    Files { files: Vec<PathBuf>, spans: Vec<Span> },
}

/// One row's line in one of the dataset files, with a hash of the line so that a file
/// rewritten since it was indexed is noticed instead of returning some other row.
#[derive(Clone, Copy)]
struct Span {
    file: u16,
    len: u32,
    offset: u64,
    hash: u64,
}

fn line_hash(line: &[u8]) -> u64 {
    use std::hash::{DefaultHasher, Hasher};
    let mut h = DefaultHasher::new();
    h.write(line);
    h.finish()
}

/// What indexing needs of a row; the completion is skipped, not copied.
#[derive(Deserialize)]
struct RowHead<'a> {
    #[serde(borrow)]
    role: Cow<'a, str>,
    language: Language,
    #[serde(borrow)]
    prompt: Cow<'a, str>,
    /// Required (a row without it could not be read back as an [`Example`]), never kept.
    #[allow(dead_code)]
    completion: serde::de::IgnoredAny,
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus").field("examples", &self.len()).finish()
    }
}

/// Per-group builders while rows are read.
#[derive(Default)]
struct Groups(HashMap<(String, Language), (Vec<u32>, IndexBuilder)>);

impl Groups {
    fn add(&mut self, row: u32, role: &str, lang: Language, prompt: &str) {
        let (ids, index) = self.0.entry((role.to_string(), lang)).or_default();
        // Document numbers are positions in `ids`: record the row only if it was indexed.
        if index.add(prompt) {
            ids.push(row);
        }
    }

    fn finish(self) -> HashMap<(String, Language), (Vec<u32>, Index)> {
        self.0.into_iter().map(|(k, (ids, b))| (k, (ids, b.finish()))).collect()
    }
}

impl Corpus {
    /// A corpus of rows held in memory.
    pub fn new(rows: Vec<Example>) -> Corpus {
        let mut groups = Groups::default();
        for (i, r) in rows.iter().enumerate() {
            groups.add(i as u32, &r.role, r.language, &r.prompt);
        }
        Corpus { groups: groups.finish(), rows: Rows::Memory(rows) }
    }

    /// Indexes the dataset files found in `dir` (a missing file is skipped; none at all is an
    /// error); rows are read back from the files when a query returns them.
    pub fn load(dir: &Path) -> Result<Corpus, RetrievalError> {
        let mut groups = Groups::default();
        let (mut files, mut spans) = (Vec::new(), Vec::new());
        for name in DATASET_FILES {
            let path = dir.join(name);
            let file = match File::open(&path) {
                Ok(f) => f,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(error) => return Err(RetrievalError::Io { path, error }),
            };
            let file_no = files.len() as u16;
            let mut reader = BufReader::new(file);
            let (mut line, mut offset, mut line_no) = (String::new(), 0u64, 0usize);
            loop {
                line.clear();
                let n = reader.read_line(&mut line).map_err(|error| RetrievalError::Io { path: path.clone(), error })?;
                if n == 0 {
                    break;
                }
                line_no += 1;
                let text = line.trim_end_matches(['\n', '\r']);
                if !text.trim().is_empty() {
                    let head: RowHead = serde_json::from_str(text).map_err(|error| RetrievalError::Row { path: path.clone(), line: line_no, error })?;
                    groups.add(spans.len() as u32, &head.role, head.language, &head.prompt);
                    spans.push(Span { file: file_no, len: text.len() as u32, offset, hash: line_hash(text.as_bytes()) });
                }
                offset += n as u64;
            }
            files.push(path);
        }
        if files.is_empty() {
            return Err(RetrievalError::Io { path: dir.to_path_buf(), error: std::io::Error::new(std::io::ErrorKind::NotFound, "no dataset files") });
        }
        if spans.is_empty() {
            return Err(RetrievalError::Empty(dir.to_path_buf()));
        }
        Ok(Corpus { groups: groups.finish(), rows: Rows::Files { files, spans } })
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
        match &self.rows {
            Rows::Memory(rows) => rows.len(),
            Rows::Files { spans, .. } => spans.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `k` rows of `role` in `lang` whose prompts are nearest `query`, best first; rows
    /// with no term in common are never returned. A row that can no longer be read from its
    /// file (the datasets were rebuilt under a running server) is skipped with a warning.
    pub fn nearest(&self, role: &str, lang: Language, query: &str, k: usize) -> Vec<Example> {
        let Some((ids, index)) = self.groups.get(&(role.to_string(), lang)) else { return Vec::new() };
        index
            .top(query, k)
            .into_iter()
            .filter_map(|(i, _)| match self.row(ids[i]) {
                Ok(ex) => Some(ex),
                Err(e) => {
                    tracing::warn!("{e}; that example is skipped");
                    None
                }
            })
            .collect()
    }

    fn row(&self, id: u32) -> Result<Example, RetrievalError> {
        match &self.rows {
            Rows::Memory(rows) => Ok(rows[id as usize].clone()),
            Rows::Files { files, spans } => {
                let span = spans[id as usize];
                let path = &files[span.file as usize];
                let io = |error| RetrievalError::Io { path: path.clone(), error };
                let mut file = File::open(path).map_err(io)?;
                file.seek(SeekFrom::Start(span.offset)).map_err(io)?;
                let mut buf = vec![0u8; span.len as usize];
                file.read_exact(&mut buf).map_err(io)?;
                if line_hash(&buf) != span.hash {
                    return Err(RetrievalError::Changed { path: path.clone() });
                }
                serde_json::from_slice(&buf).map_err(|error| RetrievalError::Reread { path: path.clone(), offset: span.offset, error })
            }
        }
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
        let got: Vec<String> = c.nearest("cg", Language::C, "Implement crc8 with polynomial 0x31", 2).into_iter().map(|e| e.prompt).collect();
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
    fn a_corpus_read_from_files_finds_what_the_same_rows_in_memory_find() {
        let rows = vec![
            row("cg", Language::C, "crc8 over bytes, polynomial 0x07"),
            row("cg", Language::Python, "crc8 over bytes in python \u{e9}\u{1F600}"),
            row("td", Language::C, "crc8 requirement"),
            row("cg", Language::C, "moving average of int16 samples"),
        ];
        let dir = tempfile::tempdir().unwrap();
        let line = |r: &Example| serde_json::json!({"id": r.id, "role": r.role, "language": r.language, "prompt": r.prompt, "completion": r.completion}).to_string();
        // CRLF, a blank line and rows split over two files: offsets must still land on rows.
        let cgd: String = rows.iter().filter(|r| r.role == "cg").map(|r| line(r) + "\r\n\n").collect();
        std::fs::write(dir.path().join("cgd.jsonl"), cgd).unwrap();
        std::fs::write(dir.path().join("tdd.jsonl"), line(&rows[2]) + "\n").unwrap();
        let (files, memory) = (Corpus::load(dir.path()).unwrap(), Corpus::new(rows));
        assert_eq!(files.len(), 4);
        for (role, lang, q) in [("cg", Language::C, "crc8 polynomial"), ("cg", Language::C, "int16 moving samples"), ("cg", Language::Python, "python crc8"), ("td", Language::C, "crc8")] {
            let a: Vec<(String, String)> = files.nearest(role, lang, q, 3).into_iter().map(|e| (e.prompt, e.completion)).collect();
            let b: Vec<(String, String)> = memory.nearest(role, lang, q, 3).into_iter().map(|e| (e.prompt, e.completion)).collect();
            assert!(!a.is_empty());
            assert_eq!(a, b, "{role} {q}");
        }
        // The file rewritten under the corpus, with another valid row where the indexed one
        // was: the stale row is skipped, never misread.
        let other = Example { completion: "other\n".into(), ..row("td", Language::C, "crc8 requirement") };
        std::fs::write(dir.path().join("tdd.jsonl"), line(&other) + "\n").unwrap();
        assert!(files.nearest("td", Language::C, "crc8", 1).is_empty());
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
