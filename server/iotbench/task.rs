//! Loading a task folder (IoTBench format v1, see shared/iotbench/FORMAT.md). A folder that
//! does not load is reported and skipped by the caller: one bad task must not stop a run.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::language::Language;

/// The default judge wall-clock limit, from FORMAT.md.
pub const DEFAULT_TIMEOUT_S: u64 = 30;

// Unknown keys are allowed: other task sets may carry extra metadata.
#[derive(Clone, Debug, Deserialize)]
struct TaskFile {
    id: String,
    family: String,
    language: String,
    requirement: String,
    entry: String,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    timeout_s: Option<u64>,
}

#[derive(Clone, Debug)]
pub struct Task {
    pub id: String,
    pub family: String,
    pub language: Language,
    pub requirement: String,
    pub entry: String,
    pub steps: Vec<String>,
    pub timeout_s: u64,
    /// The task folder (holds check.py / check.c and data/).
    pub dir: PathBuf,
}

impl Task {
    /// The judge file this task's language needs.
    pub fn judge_file(&self) -> PathBuf {
        self.dir.join(judge_name(self.language))
    }
}

pub fn judge_name(lang: Language) -> &'static str {
    match lang {
        Language::Python => "check.py",
        Language::C => "check.c",
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    #[error("{0}: no task.toml")]
    NoTaskFile(PathBuf),
    #[error("{path}: {error}")]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{path}: invalid task.toml: {error}")]
    Toml { path: PathBuf, error: String },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// One folder that could not be loaded, with the reason (shown in the report).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    pub folder: String,
    pub reason: String,
}

/// Loads one task folder and checks what the runner relies on.
pub fn load_task(dir: &Path) -> Result<Task, TaskError> {
    let path = dir.join("task.toml");
    if !path.is_file() {
        return Err(TaskError::NoTaskFile(dir.to_path_buf()));
    }
    let text = std::fs::read_to_string(&path).map_err(|error| TaskError::Io { path: path.clone(), error })?;
    let f: TaskFile = toml::from_str(&text).map_err(|e| TaskError::Toml { path: path.clone(), error: e.message().to_string() })?;
    let invalid = |message: String| TaskError::Invalid { path: path.clone(), message };
    let language = match f.language.as_str() {
        "python" => Language::Python,
        "c" => Language::C,
        other => return Err(invalid(format!("language must be \"python\" or \"c\", not {other:?}"))),
    };
    // The id names the result folder: keep it a plain file name so it cannot escape --out.
    if f.id.is_empty() || !f.id.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) || f.id.starts_with('.') {
        return Err(invalid(format!("id {:?} must be letters, digits, '-', '_' or '.'", f.id)));
    }
    if f.requirement.trim().is_empty() {
        return Err(invalid("requirement is empty".into()));
    }
    if f.entry.trim().is_empty() {
        return Err(invalid("entry is empty".into()));
    }
    if f.timeout_s == Some(0) {
        return Err(invalid("timeout_s must be at least 1".into()));
    }
    let task = Task {
        id: f.id,
        family: if f.family.trim().is_empty() { "unknown".into() } else { f.family },
        language,
        requirement: f.requirement,
        entry: f.entry,
        steps: f.steps.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
        timeout_s: f.timeout_s.unwrap_or(DEFAULT_TIMEOUT_S),
        dir: dir.to_path_buf(),
    };
    if !task.judge_file().is_file() {
        return Err(invalid(format!("{} is missing for a {} task", judge_name(language), language.name())));
    }
    Ok(task)
}

/// Every subfolder of `root` that holds a task: loaded tasks sorted by id, and the folders
/// that failed with why. Duplicate ids keep the first folder (by name) and skip the rest.
pub fn load_tasks(root: &Path) -> Result<(Vec<Task>, Vec<Skipped>), TaskError> {
    let entries = std::fs::read_dir(root).map_err(|error| TaskError::Io { path: root.to_path_buf(), error })?;
    let mut dirs: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    let mut tasks: Vec<Task> = Vec::new();
    let mut skipped = Vec::new();
    for dir in dirs {
        let folder = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if folder.starts_with('.') {
            continue;
        }
        match load_task(&dir) {
            Ok(t) if tasks.iter().any(|o| o.id == t.id) => skipped.push(Skipped { folder, reason: format!("duplicate task id {}", t.id) }),
            Ok(t) => tasks.push(t),
            Err(e) => skipped.push(Skipped { folder, reason: e.to_string() }),
        }
    }
    tasks.sort_by(|a, b| a.id.cmp(&b.id));
    Ok((tasks, skipped))
}

/// `--filter`: a substring of the id or family, or a glob with `*` over the id.
pub fn matches_filter(task: &Task, pattern: &str) -> bool {
    if pattern.contains('*') {
        glob_match(pattern, &task.id)
    } else {
        task.id.contains(pattern) || task.family == pattern
    }
}

fn glob_match(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for p in &parts[1..parts.len() - 1] {
        match rest.find(p) {
            Some(i) => rest = &rest[i + p.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn globs() {
        assert!(glob_match("c-*", "c-ema-001"));
        assert!(glob_match("*-001", "c-ema-001"));
        assert!(glob_match("*ema*", "c-ema-001"));
        assert!(!glob_match("hr-*", "c-ema-001"));
        assert!(glob_match("*", "x"));
    }
}
