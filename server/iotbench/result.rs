//! What one (config, task) run leaves in `--out/<config>/<task-id>/`: result.json (this
//! struct), the solution file, judge.txt and generation.json. result.json is written last, so
//! a run interrupted mid-task is simply redone on resume.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::decomposition::Coverage;
use super::judge::{Status, Verdict};
use crate::language::Language;

pub const RESULT_FILE: &str = "result.json";
pub const JUDGE_FILE: &str = "judge.txt";
pub const GENERATION_FILE: &str = "generation.json";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskResult {
    pub task: String,
    pub family: String,
    pub language: Language,
    pub config: String,
    pub status: Status,
    pub passed: bool,
    /// Generation + judging + decomposition scoring.
    pub wall_seconds: f64,
    pub generation_seconds: f64,
    pub judge_seconds: f64,
    pub engine_calls: u32,
    pub prompt_tokens: u64,
    pub generated_tokens: u64,
    /// Retrieved examples before each prompt (0 = none; results written before they existed).
    #[serde(default)]
    pub examples: usize,
    /// pipeline / gpiot only, when a plan was generated and scored.
    pub decomposition: Option<Coverage>,
    /// Why decomposition was not scored (no plan, matcher failure), when it was expected.
    pub decomposition_note: Option<String>,
    /// Generation or runner error.
    pub error: Option<String>,
    /// File names inside the result folder.
    pub solution_file: Option<String>,
    pub judge_file: String,
    pub verdict: Option<Verdict>,
    /// The self-checks of the run (None: self-checks off, or results written before them).
    #[serde(default)]
    pub self_checks: Option<SelfChecks>,
}

/// What the self-checks did on one task.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SelfChecks {
    /// Checks kept (traced and running against a stub).
    pub checks: u32,
    /// Of those, passed by the kept code.
    pub passed: u32,
    pub proposed: u32,
    pub untraced: u32,
    pub not_running: u32,
    /// Dropped: values the sentence does not state.
    #[serde(default)]
    pub invented: u32,
    /// Of the kept checks, rules checked on the check's own inputs.
    #[serde(default)]
    pub properties: u32,
    /// Candidates written and checked.
    pub candidates: u32,
    /// The kept code came from the repair turn.
    #[serde(default)]
    pub repaired: bool,
    /// The kept code is a whole-module draft (gpiot drafts first when the requirement names its entry).
    #[serde(default)]
    pub drafted: bool,
    /// The judge's verdict on the first (greedy) candidate, i.e. without self-checks, from
    /// the same run.
    #[serde(default)]
    pub unchecked_passed: Option<bool>,
}

pub fn result_dir(out: &Path, config: &str, task: &str) -> PathBuf {
    out.join(config).join(task)
}

/// A finished result, if one exists and reads back (a corrupt one counts as not done).
pub fn load_result(dir: &Path) -> Option<TaskResult> {
    let text = std::fs::read_to_string(dir.join(RESULT_FILE)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Writes via a temporary name and a rename, so a crash never leaves half a result.json.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

/// Every result under `out` (`<config>/<task>/result.json`), sorted by config then task.
pub fn load_all(out: &Path) -> Vec<TaskResult> {
    let mut all = Vec::new();
    let Ok(configs) = std::fs::read_dir(out) else { return all };
    for c in configs.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
        let Ok(tasks) = std::fs::read_dir(c.path()) else { continue };
        for t in tasks.filter_map(|e| e.ok()) {
            if let Some(r) = load_result(&t.path()) {
                all.push(r);
            }
        }
    }
    all.sort_by(|a, b| (config_rank(&a.config), &a.config, &a.task).cmp(&(config_rank(&b.config), &b.config, &b.task)));
    all
}

/// Baseline first in every table: direct, pipeline, gpiot, then anything else.
pub fn config_rank(c: &str) -> usize {
    ["direct", "pipeline", "gpiot"].iter().position(|k| *k == c).unwrap_or(3)
}
