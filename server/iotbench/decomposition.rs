//! Decomposition scoring: the generated plan's tasks against the task's reference `steps`.
//! A step is covered when some generated task matches it. The matching itself lives in
//! iotbench/runner/match_steps.py (sentence embeddings, or a token-overlap fallback when the
//! embedding package is missing); it runs as one long-lived process per benchmark run, so
//! the embedding model is loaded once. The script owns the thresholds (see MATCHER.md).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde::{Deserialize, Serialize};

use crate::pipeline::Plan;

/// The matcher script, embedded so the binary works from any directory.
const SCRIPT: &str = include_str!("../../iotbench/runner/match_steps.py");

#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    #[error("cannot start the step matcher: {0}")]
    Start(String),
    #[error("the step matcher failed: {0}")]
    Protocol(String),
}

/// How well one reference step is covered.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StepMatch {
    pub step: String,
    /// The generated task most similar to the step.
    pub best_task: Option<String>,
    pub score: f64,
    pub covered: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Coverage {
    /// "minilm" (sentence embeddings) or "jaccard" (token overlap fallback).
    pub matcher: String,
    pub threshold: f64,
    pub steps: usize,
    pub covered: usize,
    /// covered / steps (1.0 when the task lists no steps).
    pub coverage: f64,
    pub generated_tasks: usize,
    pub matches: Vec<StepMatch>,
}

#[derive(Serialize)]
struct Request<'a> {
    steps: &'a [String],
    tasks: &'a [String],
}

#[derive(Deserialize)]
struct Response {
    matcher: String,
    threshold: f64,
    /// scores[i][j]: reference step i vs generated task j.
    scores: Vec<Vec<f64>>,
    #[serde(default)]
    error: Option<String>,
}

pub struct StepMatcher {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    // Kept alive: the script file the child runs.
    _script: tempfile::NamedTempFile,
}

impl StepMatcher {
    /// Starts match_steps.py with `python`. `force` ("minilm" / "jaccard") overrides the
    /// automatic choice (env GPIOT_MATCHER does too).
    /// Its stderr (model loading chatter, the fallback notice) goes to `log` when given.
    pub fn start(python: &Path, force: Option<&str>, log: Option<&Path>) -> Result<StepMatcher, MatchError> {
        let mut script = tempfile::Builder::new().prefix("gpiot-match-steps-").suffix(".py").tempfile().map_err(|e| MatchError::Start(e.to_string()))?;
        script.write_all(SCRIPT.as_bytes()).map_err(|e| MatchError::Start(e.to_string()))?;
        let mut cmd = Command::new(python);
        let stderr = match log {
            Some(p) => Stdio::from(std::fs::File::create(p).map_err(|e| MatchError::Start(format!("{}: {e}", p.display())))?),
            None => Stdio::inherit(),
        };
        cmd.arg(script.path()).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(stderr);
        // The model ships inside the package: never reach for the network.
        cmd.env("HF_HUB_OFFLINE", "1").env("TRANSFORMERS_OFFLINE", "1").env("TOKENIZERS_PARALLELISM", "false");
        if let Some(f) = force {
            cmd.env("GPIOT_MATCHER", f);
        }
        let mut child = cmd.spawn().map_err(|e| MatchError::Start(format!("{}: {e}", python.display())))?;
        let stdin = child.stdin.take().ok_or_else(|| MatchError::Start("no stdin".into()))?;
        let stdout = BufReader::new(child.stdout.take().ok_or_else(|| MatchError::Start("no stdout".into()))?);
        Ok(StepMatcher { child, stdin, stdout, _script: script })
    }

    /// Scores a plan against the reference steps.
    pub fn coverage(&mut self, steps: &[String], plan: &Plan) -> Result<Coverage, MatchError> {
        let tasks: Vec<String> = plan.tasks.iter().map(|t| task_text(&t.name, &t.description)).collect();
        let resp = self.ask(steps, &tasks)?;
        Ok(coverage_from(steps, &tasks, resp))
    }

    fn ask(&mut self, steps: &[String], tasks: &[String]) -> Result<Response, MatchError> {
        let line = serde_json::to_string(&Request { steps, tasks }).map_err(|e| MatchError::Protocol(e.to_string()))?;
        writeln!(self.stdin, "{line}").and_then(|_| self.stdin.flush()).map_err(|e| MatchError::Protocol(format!("write: {e}")))?;
        let mut answer = String::new();
        let n = self.stdout.read_line(&mut answer).map_err(|e| MatchError::Protocol(format!("read: {e}")))?;
        if n == 0 {
            return Err(MatchError::Protocol("the matcher exited (see its stderr above)".into()));
        }
        let resp: Response = serde_json::from_str(&answer).map_err(|e| MatchError::Protocol(format!("bad answer {answer:?}: {e}")))?;
        if let Some(e) = resp.error {
            return Err(MatchError::Protocol(e));
        }
        if resp.scores.len() != steps.len() || resp.scores.iter().any(|r| r.len() != tasks.len()) {
            return Err(MatchError::Protocol("score matrix has the wrong shape".into()));
        }
        Ok(resp)
    }
}

impl Drop for StepMatcher {
    fn drop(&mut self) {
        // Closing stdin ends the script's loop; kill in case it is stuck loading a model.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the matcher sees of a generated task: its name as words, then its description.
pub fn task_text(name: &str, description: &str) -> String {
    let words = name.replace('_', " ");
    let d = description.trim();
    if d.is_empty() {
        words
    } else {
        format!("{words}: {d}")
    }
}

fn coverage_from(steps: &[String], tasks: &[String], resp: Response) -> Coverage {
    let matches: Vec<StepMatch> = steps
        .iter()
        .zip(&resp.scores)
        .map(|(step, row)| {
            let best = row.iter().copied().enumerate().max_by(|a, b| a.1.total_cmp(&b.1));
            let (best_task, score) = match best {
                Some((j, s)) => (Some(tasks[j].clone()), s),
                None => (None, 0.0),
            };
            StepMatch { step: step.clone(), best_task, score, covered: score >= resp.threshold }
        })
        .collect();
    let covered = matches.iter().filter(|m| m.covered).count();
    Coverage {
        matcher: resp.matcher,
        threshold: resp.threshold,
        steps: steps.len(),
        covered,
        coverage: if steps.is_empty() { 1.0 } else { covered as f64 / steps.len() as f64 },
        generated_tasks: tasks.len(),
        matches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_match_and_threshold() {
        let steps = vec!["a".to_string(), "b".to_string()];
        let tasks = vec!["x".to_string(), "y".to_string()];
        let resp = Response { matcher: "m".into(), threshold: 0.5, scores: vec![vec![0.2, 0.7], vec![0.4, 0.1]], error: None };
        let c = coverage_from(&steps, &tasks, resp);
        assert_eq!(c.covered, 1);
        assert_eq!(c.matches[0].best_task.as_deref(), Some("y"));
        assert!(!c.matches[1].covered);
        assert_eq!(c.coverage, 0.5);
    }

    #[test]
    fn task_text_reads_like_a_phrase() {
        assert_eq!(task_text("detect_peaks", " find the peaks "), "detect peaks: find the peaks");
    }
}
