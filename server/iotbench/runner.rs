//! The benchmark loop: for each configuration, load its engine once, then for each task not
//! yet done: generate, judge in the sandbox, score the decomposition, save the result.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use super::decomposition::StepMatcher;
use super::judge::{Judge, Status, Verdict};
use super::result::{self, TaskResult};
use super::task::Task;
use super::{BenchError, Config};
use crate::engine::factory::EngineArgs;
use crate::pipeline::{FileContext, Generation, Pipeline, PipelineOptions, Requirement, Run};

pub struct Settings {
    pub out: PathBuf,
    pub max_tokens: Option<u32>,
    pub engine: EngineArgs,
    /// Force the step matcher ("minilm" / "jaccard"); None = automatic.
    pub matcher: Option<String>,
    pub progress: bool,
    /// Retrieved examples per prompt; None = the config's default.
    pub examples: Option<usize>,
    /// Self-checks on or off; None = the config's default (on for gpiot).
    pub self_checks: Option<bool>,
    /// Candidates per self-checked generation.
    pub candidates: u32,
}

/// Per config: how many tasks ran now and how many were already done.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub ran: usize,
    pub resumed: usize,
}

pub async fn run_config(config: Config, tasks: &[Task], judge: &Arc<Judge>, matcher: &mut Option<StepMatcher>, s: &Settings) -> Result<Counts, BenchError> {
    let mut counts = Counts::default();
    let todo: Vec<&Task> = tasks
        .iter()
        .filter(|t| {
            let done = result::load_result(&result::result_dir(&s.out, config.name(), &t.id)).is_some();
            counts.resumed += done as usize;
            !done
        })
        .collect();
    if todo.is_empty() {
        return Ok(counts);
    }
    // Skip loading a model when everything is done: that is what makes resume cheap.
    let gpiot = config == Config::Gpiot;
    let engine = s.engine.load(gpiot).await.map_err(|e| BenchError::Engine { config: config.name().into(), message: e.to_string() })?;
    let examples = s.examples.unwrap_or(super::default_examples(config));
    let self_checks = s.self_checks.unwrap_or(super::default_self_checks(config));
    let options = PipelineOptions { use_adapters: gpiot, max_tokens: s.max_tokens, examples_per_prompt: examples, self_checks, candidates: s.candidates, ..Default::default() };
    let pipeline = Pipeline::new(engine, options).with_shared_examples();
    if examples > 0 && pipeline.examples_per_prompt() == 0 {
        if pipeline.takes_examples() {
            eprintln!("warning: {}: the example corpus could not be read, running without examples", config.name());
        } else {
            eprintln!("note: {}: the model takes chat prompts, which get no retrieved examples (the corpus is in the completion format)", config.name());
        }
    }
    let bar = progress_bar(s.progress, todo.len() as u64, config.name());
    for task in todo {
        if let Some(b) = &bar {
            b.set_message(format!("{} {}", config.name(), task.id));
        }
        run_task(config, task, &pipeline, judge, matcher, s).await?;
        counts.ran += 1;
        if let Some(b) = &bar {
            b.inc(1);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(counts)
}

async fn run_task(config: Config, task: &Task, pipeline: &Pipeline, judge: &Arc<Judge>, matcher: &mut Option<StepMatcher>, s: &Settings) -> Result<TaskResult, BenchError> {
    let start = Instant::now();
    let dir = result::result_dir(&s.out, config.name(), &task.id);
    std::fs::create_dir_all(&dir).map_err(|e| BenchError::io(&dir, e))?;
    let req = Requirement { text: task.requirement.trim().to_string(), language: task.language, context: FileContext::default() };
    let run = Run::default();
    let generated = match config {
        Config::Direct => pipeline.direct(&req, &run).await,
        Config::Pipeline | Config::Gpiot => pipeline.generate_detailed(&req, &run).await,
    };
    let generation_seconds = start.elapsed().as_secs_f64();
    let mut r = TaskResult {
        task: task.id.clone(),
        family: task.family.clone(),
        language: task.language,
        config: config.name().into(),
        status: Status::GenerationError,
        passed: false,
        wall_seconds: 0.0,
        generation_seconds,
        judge_seconds: 0.0,
        engine_calls: 0,
        prompt_tokens: 0,
        generated_tokens: 0,
        examples: pipeline.examples_per_prompt(),
        decomposition: None,
        decomposition_note: None,
        error: None,
        solution_file: None,
        judge_file: result::JUDGE_FILE.into(),
        verdict: None,
        self_checks: None,
    };
    match generated {
        Err(e) => {
            // Tokens spent on a failed generation are not reported by the pipeline.
            r.error = Some(e.to_string());
            if config != Config::Direct {
                r.decomposition_note = Some(format!("no plan: {e}"));
            }
            write(&dir, result::JUDGE_FILE, format!("status: generation_error\n{e}\n").as_bytes())?;
        }
        Ok(g) => {
            judge_generation(&mut r, task, &g, judge, &dir).await?;
            if config != Config::Direct {
                score_plan(&mut r, task, &g, matcher);
            }
        }
    }
    r.wall_seconds = start.elapsed().as_secs_f64();
    let json = serde_json::to_vec_pretty(&r).map_err(|e| BenchError::Internal(e.to_string()))?;
    let path = dir.join(result::RESULT_FILE);
    result::write_atomic(&path, &json).map_err(|e| BenchError::io(&path, e))?;
    Ok(r)
}

async fn judge_generation(r: &mut TaskResult, task: &Task, g: &Generation, judge: &Arc<Judge>, dir: &Path) -> Result<(), BenchError> {
    r.engine_calls = g.stats.engine_calls;
    r.prompt_tokens = g.stats.prompt_tokens;
    r.generated_tokens = g.stats.generated_tokens;
    r.self_checks = g.verification.as_ref().map(|v| result::SelfChecks {
        checks: v.checks.checks.len() as u32,
        passed: v.passed,
        proposed: v.checks.proposed,
        untraced: v.checks.untraced,
        not_running: v.checks.not_running,
        invented: v.checks.invented,
        properties: v.checks.properties,
        candidates: v.candidates,
        repaired: v.repaired,
        drafted: v.drafted,
        unchecked_passed: None,
    });
    let code = g.edit.module(task.language);
    let solution = format!("solution.{}", task.language.extension());
    write(dir, &solution, code.as_bytes())?;
    write(dir, result::GENERATION_FILE, &serde_json::to_vec_pretty(g).map_err(|e| BenchError::Internal(e.to_string()))?)?;
    r.solution_file = Some(solution);
    let started = Instant::now();
    let verdict = judge_off_runtime(judge, task, code.clone()).await;
    r.judge_seconds = started.elapsed().as_secs_f64();
    write(dir, result::JUDGE_FILE, verdict.transcript().as_bytes())?;
    // Without self-checks the run would have written its first candidate: judged too, so
    // the effect of the checks is measured on the same generations.
    if let (Some(sc), Some(first)) = (r.self_checks.as_mut(), &g.unchecked) {
        let unchecked = first.module(task.language);
        sc.unchecked_passed = Some(if unchecked == code { verdict.passed() } else { judge_off_runtime(judge, task, unchecked).await.passed() });
    }
    r.status = verdict.status;
    r.passed = verdict.passed();
    r.error = verdict.error.clone();
    r.verdict = Some(verdict);
    Ok(())
}

/// The judge blocks (waits on a child process): it runs off the async workers.
async fn judge_off_runtime(judge: &Arc<Judge>, task: &Task, code: String) -> Verdict {
    let (j, t) = (judge.clone(), task.clone());
    tokio::task::spawn_blocking(move || j.judge(&t, &code)).await.unwrap_or_else(|e| Verdict {
        status: Status::RunnerError,
        compile: None,
        run: None,
        error: Some(format!("judge thread failed: {e}")),
    })
}

fn score_plan(r: &mut TaskResult, task: &Task, g: &Generation, matcher: &mut Option<StepMatcher>) {
    let Some(plan) = &g.plan else {
        r.decomposition_note = Some("the pipeline returned no plan".into());
        return;
    };
    let Some(m) = matcher.as_mut() else {
        r.decomposition_note = Some("step matcher unavailable".into());
        return;
    };
    match m.coverage(&task.steps, plan) {
        Ok(c) => r.decomposition = Some(c),
        Err(e) => {
            r.decomposition_note = Some(e.to_string());
            // A broken matcher stays broken: stop asking it, keep judging code.
            *matcher = None;
        }
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), BenchError> {
    let p = dir.join(name);
    std::fs::write(&p, bytes).map_err(|e| BenchError::io(&p, e))
}

fn progress_bar(enabled: bool, len: u64, config: &str) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !enabled || !std::io::stderr().is_terminal() {
        return None;
    }
    let b = indicatif::ProgressBar::new(len);
    let style = indicatif::ProgressStyle::with_template("{spinner} [{bar:24}] {pos}/{len} {msg} ({elapsed})").ok()?;
    b.set_style(style);
    b.set_message(config.to_string());
    b.enable_steady_tick(std::time::Duration::from_millis(150));
    Some(b)
}
