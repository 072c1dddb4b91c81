//! The GPIoT pipeline: task decomposition (TD) → requirement transformation (RT) → code
//! generation (CG), plus the one-prompt `direct` baseline. It renders prompts from
//! models/prompts, asks the [`Engine`], parses and checks what comes back, and assembles
//! modules. It knows nothing of LSP.

pub mod assemble;
pub mod c_check;
pub mod checks;
pub mod code;
pub mod generator;
pub mod named_entry;
pub mod plan;
pub mod py_check;
pub mod prompts;
pub mod stubs;

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;

use serde::Serialize;

use crate::engine::{CancellationToken, Completion, CompletionRequest, Engine, EngineError, FinishReason, Sampling, TokenSink};
pub use crate::language::Language;
pub use generator::{EngineKind, Generator, ModelSettings};
pub use plan::{Plan, Spec, Task};
use crate::engine::ChatMessage;
use crate::models::manifest::PromptFormat;
use prompts::{Prompt, Role, Roles};
use crate::retrieval::Corpus;

/// What the file around the requirement already has.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FileContext {
    /// Import / include lines.
    pub imports: Vec<String>,
    /// Signatures (or names) of functions defined in the file.
    pub functions: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Requirement {
    /// The comment text without comment markers, lines joined by `\n`.
    pub text: String,
    pub language: Language,
    pub context: FileContext,
}

impl Requirement {
    /// The requirement as prompts (and training rows) write it: starting with
    /// `Requirement:`, whichever tag the comment used (editors strip it; task files keep it).
    pub fn prompt_text(&self) -> String {
        let t = self.text.trim();
        let body = t
            .strip_prefix("Requirement:")
            .or_else(|| t.strip_prefix("@iot"))
            .unwrap_or(t)
            .trim_start();
        format!("Requirement: {body}")
    }
}

/// One step of progress: "implementing 2/5: detect_peaks".
#[derive(Clone, Debug)]
pub struct Step {
    pub message: String,
    pub done: u32,
    pub total: u32,
}

pub type ProgressFn = Arc<dyn Fn(Step) + Send + Sync>;

/// Per-call controls.
#[derive(Clone, Default)]
pub struct Run {
    pub cancel: CancellationToken,
    pub progress: Option<ProgressFn>,
    /// Streamed text of the current engine call(s), for a live view.
    pub on_token: Option<TokenSink>,
    /// Tokens of every engine call made with this run (shared by its clones), so a caller
    /// that runs several pipeline steps can report the total.
    pub usage: Arc<Usage>,
}

/// Token counts, shared by the clones of a [`Run`]; a child's counts also reach its parent.
#[derive(Debug, Default)]
pub struct Usage {
    engine_calls: AtomicU32,
    prompt_tokens: AtomicU64,
    generated_tokens: AtomicU64,
    parent: Option<Arc<Usage>>,
}

impl Usage {
    fn add(&self, c: &Completion) {
        self.engine_calls.fetch_add(1, Ordering::Relaxed);
        self.prompt_tokens.fetch_add(c.prompt_tokens as u64, Ordering::Relaxed);
        self.generated_tokens.fetch_add(c.generated_tokens as u64, Ordering::Relaxed);
        if let Some(p) = &self.parent {
            p.add(c);
        }
    }

    pub fn totals(&self) -> Stats {
        Stats {
            engine_calls: self.engine_calls.load(Ordering::Relaxed),
            prompt_tokens: self.prompt_tokens.load(Ordering::Relaxed),
            generated_tokens: self.generated_tokens.load(Ordering::Relaxed),
        }
    }
}

impl Run {
    /// The same run with its own counter (still adding up into this one's): what one
    /// generation spent, while the caller's total keeps growing.
    fn child(&self) -> Run {
        Run { usage: Arc::new(Usage { parent: Some(self.usage.clone()), ..Default::default() }), ..self.clone() }
    }

    fn step(&self, message: impl Into<String>, done: u32, total: u32) {
        if let Some(p) = &self.progress {
            p(Step { message: message.into(), done, total });
        }
    }
}

#[derive(Clone, Debug)]
pub struct PipelineOptions {
    /// Use the role adapters the engine has (named td, rt, cg).
    pub use_adapters: bool,
    /// Caps every role's token budget (roles.toml gives the defaults).
    pub max_tokens: Option<u32>,
    /// Extra CG attempts (sampled) when the code does not parse or lacks its function.
    pub max_retries: u32,
    /// Run independent tasks' RT and CG calls as one engine batch.
    pub batch: bool,
    pub repeat_penalty: f32,
    /// Verified examples put before each TD, RT and CG prompt when the pipeline has a corpus
    /// ([`Pipeline::with_examples`]); 0 turns retrieval off.
    pub examples_per_prompt: usize,
    /// Turn the requirement's stated examples and rules into checks ([`checks`]) and run the
    /// code against them.
    pub self_checks: bool,
    /// Code candidates tried against the checks: greedy first, then sampled; the first that
    /// passes every check is kept.
    pub candidates: u32,
    /// When no candidate passes every check: one more turn (chat models) with the first
    /// failing check and its output put back after the best candidate.
    pub repair: bool,
}

impl Default for PipelineOptions {
    fn default() -> Self {
        PipelineOptions {
            use_adapters: true,
            max_tokens: None,
            max_retries: 2,
            batch: true,
            repeat_penalty: 1.0,
            examples_per_prompt: 1,
            self_checks: true,
            candidates: DEFAULT_CANDIDATES,
            repair: true,
        }
    }
}

/// A change to make to a file: imports to merge, and code to insert or to replace a stub.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Edit {
    pub imports: Vec<String>,
    pub code: String,
}

impl Edit {
    /// The edit as a standalone module.
    pub fn module(&self, lang: Language) -> String {
        assemble::module(lang, &self.imports, &[self.code.clone()])
    }
}

/// One function written by CG, with what the guard found.
#[derive(Clone, Debug, Serialize)]
pub struct Implementation {
    pub name: String,
    pub spec: Spec,
    pub imports: Vec<String>,
    pub code: String,
    /// Problems left after retries (empty when the code parses and defines the function).
    pub issues: Vec<String>,
    /// The best attempt does not parse, does not define the function or (C) does not
    /// compile, so it would break the file: the function is written as its task stub, with
    /// the attempt kept beside it.
    pub broken: bool,
    pub attempts: u32,
}

/// Candidates tried against the self-checks by default (`--candidates`, LSP `candidates`).
pub const DEFAULT_CANDIDATES: u32 = 4;

/// Everything a full run produced, for `--json` and the benchmark.
#[derive(Clone, Debug, Serialize)]
pub struct Generation {
    pub plan: Option<Plan>,
    pub implementations: Vec<Implementation>,
    pub edit: Edit,
    pub stats: Stats,
    /// The self-checks and how the kept code did on them (None: self-checks off).
    pub verification: Option<Verification>,
    /// With self-checks: the first (greedy) candidate's code, i.e. what the run would have
    /// written without them — the benchmark judges both, in the same run.
    #[serde(skip)]
    pub unchecked: Option<Edit>,
}

/// The requirement's checks and the kept candidate's results.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Verification {
    pub checks: checks::CheckSet,
    /// One per check, for the kept candidate.
    pub results: Vec<checks::CheckResult>,
    pub passed: u32,
    /// Candidates written and run against the checks.
    pub candidates: u32,
    /// Which candidate was kept (0: the greedy one).
    pub chosen: u32,
    /// The kept code came from the repair turn.
    pub repaired: bool,
    /// The kept code is a whole module drafted from the requirement alone (gpiot's first
    /// candidate when the requirement names its entry), not the pipeline's functions.
    pub drafted: bool,
}

impl Verification {
    pub fn all_passed(&self) -> bool {
        self.passed as usize == self.checks.checks.len()
    }

    /// "3/4 self-checks passed", for progress and messages; None without checks.
    pub fn summary(&self) -> Option<String> {
        let n = self.checks.checks.len();
        let from = if self.repaired {
            ", after a repair turn"
        } else if self.drafted {
            ": the whole-module draft"
        } else {
            ""
        };
        (n > 0).then(|| format!("{}/{n} self-checks passed (candidate {} of {}{from})", self.passed, self.chosen + 1, self.candidates))
    }

    /// Takes a later candidate's verification when it passes more checks (ties keep the
    /// earlier candidate); counts the candidate either way. True when it was taken.
    fn prefer(&mut self, later: Verification) -> bool {
        if later.passed > self.passed {
            *self = later;
            true
        } else {
            self.candidates = later.candidates;
            false
        }
    }

    /// Comment lines naming each failing check: its sentence and what it printed.
    fn failure_notes(&self) -> Vec<String> {
        self.checks
            .checks
            .iter()
            .zip(&self.results)
            .filter(|(_, r)| !r.passed)
            .map(|(c, r)| format!("gpiot: self-check failed: \"{}\" -> {}", c.sentence.split_whitespace().collect::<Vec<_>>().join(" "), r.output))
            .collect()
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    pub engine_calls: u32,
    pub prompt_tokens: u64,
    pub generated_tokens: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// The model could not be made ready; the text says what to do next.
    #[error("{0}")]
    Load(String),
    #[error("task decomposition failed: {0}")]
    Decompose(plan::PlanError),
    #[error("task decomposition failed: {error}; the task list was cut at the token limit ({limit}): raise `maxTokens` (CLI: --max-tokens)")]
    DecomposeCut { error: plan::PlanError, limit: u32 },
    #[error("requirement transformation failed for task `{task}`: {error}")]
    Transform { task: String, error: plan::PlanError },
    #[error("this is not a GPIoT stub (no `gpiot: task` marker or no signature)")]
    NotAStub,
    #[error("internal: {0}")]
    Internal(String),
}

impl PipelineError {
    pub fn is_cancelled(&self) -> bool {
        matches!(self, PipelineError::Engine(EngineError::Cancelled))
    }
}

pub struct Pipeline {
    engine: Arc<dyn Engine>,
    options: PipelineOptions,
    roles: Roles,
    adapters: Vec<String>,
    examples: Option<Arc<Corpus>>,
    /// How prompts reach the model: plain completion prompts or chat messages.
    format: PromptFormat,
}

impl Pipeline {
    pub fn new(engine: Arc<dyn Engine>, options: PipelineOptions) -> Pipeline {
        let info = engine.info();
        let format = if info.chat { PromptFormat::Chat } else { PromptFormat::Completion };
        Pipeline { engine, options, roles: Roles::embedded(), adapters: info.adapters, examples: None, format }
    }

    /// Prompts are preceded by the nearest verified rows of this corpus (the training
    /// format: prompt + completion), so the model can follow a solved example.
    pub fn with_examples(mut self, corpus: Arc<Corpus>) -> Pipeline {
        self.examples = Some(corpus);
        self
    }

    /// With `examples_per_prompt` > 0: the process's shared corpus (models/datasets, loaded
    /// once), when it can be read — else unchanged (the load failure is logged).
    pub fn with_shared_examples(self) -> Pipeline {
        if self.options.examples_per_prompt == 0 {
            return self; // never load the corpus for nothing
        }
        match crate::retrieval::shared() {
            Some(c) => self.with_examples(c),
            None => self,
        }
    }

    /// Retrieved examples each prompt gets: 0 without a corpus. The corpus rows are in the
    /// completion format, so chat prompts get none.
    pub fn examples_per_prompt(&self) -> usize {
        if self.examples.is_some() && self.takes_examples() {
            self.options.examples_per_prompt
        } else {
            0
        }
    }

    /// Whether this model's prompts can carry retrieved examples at all (completion format).
    pub fn takes_examples(&self) -> bool {
        self.format == PromptFormat::Completion
    }

    pub fn engine(&self) -> &Arc<dyn Engine> {
        &self.engine
    }

    fn request(&self, role: Role, prompt: Prompt, lang: Language) -> CompletionRequest {
        let settings = self.roles.get(role);
        let text = if prompt.messages.is_empty() { self.with_examples_before(role, lang, prompt.text) } else { prompt.text };
        let mut r = CompletionRequest::new(text, settings.max_tokens.min(self.options.max_tokens.unwrap_or(u32::MAX)));
        r.chat = prompt.messages.into_iter().map(|(role, content)| ChatMessage { role, content }).collect();
        r.stop = settings.stop.clone();
        r.grammar = settings.grammar.as_deref().and_then(prompts::grammar).map(str::to_string);
        let adapter = role.name().to_string();
        if self.options.use_adapters && self.adapters.contains(&adapter) {
            r.adapter = Some(adapter);
        }
        r.repeat_penalty = self.options.repeat_penalty;
        r.repeat_last_n = 64;
        r
    }

    /// `prompt` preceded by the corpus rows nearest it, the best one last (next to the prompt).
    fn with_examples_before(&self, role: Role, lang: Language, prompt: String) -> String {
        let (Some(corpus), k) = (&self.examples, self.options.examples_per_prompt) else { return prompt };
        if k == 0 || role == Role::Direct {
            return prompt;
        }
        let found = corpus.nearest(role.name(), lang, &prompt, k);
        if found.is_empty() {
            return prompt;
        }
        let mut out = String::new();
        for ex in found.iter().rev() {
            out.push_str(&ex.text());
            out.push('\n');
        }
        out.push_str(&prompt);
        out
    }

    async fn run_batch(&self, reqs: Vec<CompletionRequest>, run: &Run) -> Result<Vec<Completion>, PipelineError> {
        let out = if self.options.batch {
            self.engine.complete_batch(reqs, run.cancel.clone(), run.on_token.clone()).await?
        } else {
            let mut v = Vec::with_capacity(reqs.len());
            for r in reqs {
                v.push(self.engine.complete(r, run.cancel.clone(), run.on_token.clone()).await?);
            }
            v
        };
        out.iter().for_each(|c| run.usage.add(c));
        Ok(out)
    }

    fn render(&self, role: Role, lang: Language, vars: &[(&str, &str)], optional: &[(&str, &str)]) -> Result<Prompt, PipelineError> {
        prompts::render_prompt(role, lang, self.format, vars, optional).map_err(|e| PipelineError::Internal(e.to_string()))
    }

    /// TD: the requirement → an ordered task list.
    pub async fn plan(&self, req: &Requirement, run: &Run) -> Result<Plan, PipelineError> {
        run.step("decomposing", 0, 1);
        let context = context_text(&req.context);
        let prompt = self.render(Role::Td, req.language, &[("context", &context), ("requirement", &req.prompt_text())], &[])?;
        let mut r = self.request(Role::Td, prompt, req.language);
        // A signature the user spelled out is kept verbatim, not re-typed by the model.
        let named = named_entry::entry_named_in(&req.text, req.language);
        if let (Some(sig), Some(g)) = (&named, &r.grammar) {
            // Serialised as the task list writes strings (the training targets' JSON).
            let literal = prompts::gbnf_literal(&plan::json_str(sig));
            r.grammar = Some(
                prompts::with_rule(g, "sig", &literal)
                    .ok_or_else(|| PipelineError::Internal("the task grammar has no `sig` rule".into()))?,
            );
        }
        let limit = r.max_tokens;
        let c = self.run_batch(vec![r], run).await?.remove(0);
        let mut plan = plan::parse_plan(&c.text, req.language).map_err(|error| match c.finish {
            FinishReason::Length => PipelineError::DecomposeCut { error, limit },
            _ => PipelineError::Decompose(error),
        })?;
        if let Some(sig) = named {
            plan.entry = sig; // also when the backend ignores grammars
        }
        plan.avoid_taken_names(&req.context.functions);
        Ok(plan)
    }

    /// RT for every task and, last, for the entry function — in one batch.
    pub async fn specs(&self, req: &Requirement, plan: &Plan, run: &Run) -> Result<Vec<Spec>, PipelineError> {
        let total = plan.tasks.len() as u32;
        run.step(format!("specifying {total} tasks"), 0, total);
        let entry = entry_task(plan, req.language);
        let tasks: Vec<&Task> = plan.tasks.iter().chain(std::iter::once(&entry)).collect();
        let reqs = tasks
            .iter()
            .map(|t| {
                let p = self.render(
                    Role::Rt,
                    req.language,
                    &[
                        ("requirement", &req.prompt_text()),
                        ("name", &t.name),
                        ("description", &t.description),
                        ("inputs", &t.inputs),
                        ("outputs", &t.outputs),
                    ],
                    &[],
                )?;
                Ok(self.request(Role::Rt, p, req.language))
            })
            .collect::<Result<Vec<_>, PipelineError>>()?;
        let outs = self.run_batch(reqs.clone(), run).await?;
        let parse = |t: &Task, text: &str| -> Result<Spec, PipelineError> {
            let mut spec =
                plan::parse_spec(text, req.language).map_err(|error| PipelineError::Transform { task: t.name.clone(), error })?;
            // The plan fixed the function's name: keep the signature consistent with it.
            if spec.function_name().as_deref() != Some(t.name.as_str()) {
                spec.signature = rename_signature(&spec.signature, &t.name, req.language);
            }
            Ok(spec)
        };
        let mut specs = tasks.iter().zip(outs).map(|(t, c)| parse(t, &c.text)).collect::<Result<Vec<_>, PipelineError>>()?;
        // A helper signature that declares no function (`f(in, int n)`, `f(ax^2)`) would make CG
        // write code that cannot compile: ask again, sampling, and keep the first good one.
        // (The entry's signature is replaced below.)
        for attempt in 1..=self.options.max_retries {
            let bad: Vec<usize> =
                (0..specs.len() - 1).filter(|&i| code::signature_problem(&specs[i].signature, req.language).is_some()).collect();
            if bad.is_empty() {
                break;
            }
            let retry = bad
                .iter()
                .map(|&i| {
                    let mut r = reqs[i].clone();
                    r.sampling = Sampling::Seeded { seed: 2000 + attempt, temperature: 0.7, top_p: 0.95 };
                    r
                })
                .collect();
            for (&i, c) in bad.iter().zip(self.run_batch(retry, run).await?) {
                if let Ok(spec) = parse(tasks[i], &c.text) {
                    if code::signature_problem(&spec.signature, req.language).is_none() {
                        specs[i] = spec;
                    }
                }
            }
        }
        // The requirement fixed the entry's signature (the judge calls it): keep it.
        if let Some(last) = specs.last_mut() {
            last.signature = plan.entry.clone();
        }
        Ok(specs)
    }

    /// CG for several specs at once, with the guard and bounded retries. The requirement's
    /// file context lists functions the file already defines (callable, not prompted).
    pub async fn implement(&self, req: &Requirement, items: &[(Spec, Vec<String>)], run: &Run) -> Result<Vec<Implementation>, PipelineError> {
        self.implement_with(req, items, None, run).await
    }

    /// [`Pipeline::implement`], the first attempt sampled with `seed` instead of greedy (a
    /// further candidate).
    async fn implement_with(
        &self,
        req: &Requirement,
        items: &[(Spec, Vec<String>)],
        seed: Option<u32>,
        run: &Run,
    ) -> Result<Vec<Implementation>, PipelineError> {
        let (lang, in_file) = (req.language, &req.context.functions[..]);
        let requirement = req.prompt_text();
        // Functions the module will define besides each one's own: its helpers, the other
        // functions written in this batch and those already in the file.
        let signatures: Vec<&String> =
            items.iter().flat_map(|(spec, helpers)| std::iter::once(&spec.signature).chain(helpers)).chain(in_file).collect();
        let known: Vec<String> = signatures.iter().filter_map(|sig| plan::function_name(sig)).collect();
        let mut best: Vec<Option<Implementation>> = vec![None; items.len()];
        let mut tries = vec![0u32; items.len()];
        let mut pending: Vec<usize> = (0..items.len()).collect();
        for attempt in 0..=self.options.max_retries {
            if pending.is_empty() {
                break;
            }
            let reqs = pending
                .iter()
                .map(|&i| {
                    let (spec, helpers) = &items[i];
                    let helpers = if helpers.is_empty() { "none".to_string() } else { helpers.join("\n") };
                    let p = self.render(Role::Cg, lang, &[("helpers", &helpers), ("spec", &spec.to_prompt_json())], &[("requirement", &requirement), ("signature", &spec.signature)])?;
                    let mut r = self.request(Role::Cg, p, lang);
                    if attempt > 0 {
                        // Greedy decoding would repeat the same mistake: sample instead.
                        r.sampling = Sampling::Seeded { seed: 1000 + attempt + seed.unwrap_or(0), temperature: 0.7, top_p: 0.95 };
                    } else if let Some(seed) = seed {
                        r.sampling = candidate_sampling(seed + i as u32);
                    }
                    Ok(r)
                })
                .collect::<Result<Vec<_>, PipelineError>>()?;
            let outs = self.run_batch(reqs, run).await?;
            for (&i, c) in pending.iter().zip(outs) {
                tries[i] += 1;
                // The other functions' prototypes, for C's compile check.
                let others: Vec<String> = signatures.iter().filter(|s| ***s != items[i].0.signature).map(|s| (*s).clone()).collect();
                let candidate = check_function(lang, &items[i].0, &c.text, &known, &others);
                let better = best[i].as_ref().map_or(true, |b| candidate.issues.len() < b.issues.len());
                if better {
                    best[i] = Some(candidate);
                }
            }
            pending.retain(|&i| best[i].as_ref().is_some_and(|b| !b.issues.is_empty()));
        }
        Ok(best
            .into_iter()
            .zip(tries)
            .map(|(b, n)| Implementation { attempts: n, ..b.expect("every item ran at least once") })
            .collect())
    }

    /// Decompose: TD + RT → stubs for every task and for the entry function.
    pub async fn decompose(&self, req: &Requirement, run: &Run) -> Result<Edit, PipelineError> {
        let plan = self.plan(req, run).await?;
        let specs = self.specs(req, &plan, run).await?;
        run.step("writing stubs", 1, 1);
        let (entry, task_specs) = specs.split_last().expect("specs has the entry last");
        let mut parts: Vec<String> = plan
            .tasks
            .iter()
            .zip(task_specs)
            .map(|(t, s)| stubs::render_stub(&t.description, s, req.language, false))
            .collect();
        parts.push(stubs::render_stub(&entry_summary(&plan), entry, req.language, true));
        let imports = stub_imports(req.language, &specs);
        Ok(Edit { imports, code: join_parts(req.language, &parts) })
    }

    /// Implement one stub (task or entry): CG on the spec read back from the stub.
    pub async fn implement_stub(&self, req: &Requirement, stub_source: &str, run: &Run) -> Result<Edit, PipelineError> {
        let entry = stubs::stub_kind(stub_source).ok_or(PipelineError::NotAStub)?;
        let (_, spec) = stubs::parse_stub(stub_source, req.language).ok_or(PipelineError::NotAStub)?;
        let name = spec.function_name().ok_or(PipelineError::NotAStub)?;
        run.step(format!("implementing {name}"), 0, 1);
        let helpers: Vec<String> = if entry {
            req.context.functions.iter().filter(|f| plan::function_name(f).as_deref() != Some(&name) && **f != name).cloned().collect()
        } else {
            Vec::new()
        };
        let imp = self.implement(req, &[(spec, helpers)], run).await?.remove(0);
        let imports = assemble::module_imports(req.language, &imp.imports, &imp.code);
        Ok(Edit { imports, code: written(req.language, &imp, entry) })
    }

    /// Generate: TD → RT → CG for every task (batched) → CG for the entry → one module.
    ///
    /// With self-checks, a requirement that names its entry gets a whole-module draft first
    /// (the direct prompt: on the 1.5B it passed 16/61 IoTBench tasks, the pipeline's module
    /// 9/61), and the pipeline runs only when the draft fails a check, as the second candidate.
    /// A requirement that names no entry gets the pipeline first (its plan names the entry the
    /// checks call), then the draft.
    pub async fn generate_detailed(&self, req: &Requirement, run: &Run) -> Result<Generation, PipelineError> {
        let run = &run.child();
        let named = named_entry::entry_named_in(&req.text, req.language).filter(|_| self.options.self_checks);
        let mut first = None;
        let mut named_checks = None;
        if let Some(entry) = &named {
            let set = self.checks(req, entry, run).await?;
            if set.checks.is_empty() {
                named_checks = Some(set);
            } else {
                let draft = self.draft(req, entry, set, 0, run).await?;
                // One candidate only: the draft is it, whatever it passed.
                if draft.v.all_passed() || self.options.candidates <= 1 {
                    let unchecked = draft.edit.clone();
                    return self.conclude(req, entry, None, draft, unchecked, run).await;
                }
                first = Some(draft);
            }
        }
        let (plan, module) = match self.pipeline_module(req, run).await {
            Ok(p) => p,
            // The draft stands when the pipeline cannot run (a plan the model got wrong).
            Err(e) if !e.is_cancelled() && first.is_some() => {
                tracing::warn!(error = %e, "the pipeline failed: the whole-module draft is kept");
                let draft = first.take().expect("checked by the guard");
                let unchecked = draft.edit.clone();
                return self.conclude(req, named.as_deref().unwrap_or_default(), None, draft, unchecked, run).await;
            }
            Err(e) => return Err(e),
        };
        if !self.options.self_checks {
            return Ok(Generation { implementations: module.all(), edit: module.edit, plan: Some(plan), stats: run.usage.totals(), verification: None, unchecked: None });
        }
        let k = self.options.candidates.max(1);
        let (kept, unchecked) = match first {
            Some(mut kept) => {
                // Draft first: the pipeline's module is candidate 2, sampled drafts follow.
                let entry = named.as_deref().expect("a draft goes first only for a named entry");
                let unchecked = kept.edit.clone();
                let v = self.verify(req.language, entry, kept.v.checks.clone(), module.edit.module(req.language), 1, run).await?;
                kept.offer(Candidate { imps: module.all(), edit: module.edit.clone(), v });
                self.sampled_drafts(req, entry, 2..k, true, &mut kept, run).await?;
                (kept, unchecked)
            }
            None => {
                // Pipeline first: its module, then the whole-module draft, then sampled
                // re-writes of the entry with the same helpers.
                let set = match named_checks {
                    Some(set) => set,
                    None => self.checks(req, &plan.entry, run).await?,
                };
                let v = self.verify(req.language, &plan.entry, set, module.edit.module(req.language), 0, run).await?;
                let mut kept = Candidate { imps: module.all(), edit: module.edit.clone(), v };
                for c in 1..k {
                    if kept.v.all_passed() || kept.v.checks.checks.is_empty() {
                        break;
                    }
                    let candidate = if c == 1 {
                        self.draft(req, &plan.entry, kept.v.checks.clone(), c, run).await?
                    } else {
                        run.step(format!("re-writing {} (candidate {}/{k})", module.entry.name, c + 1), c, k);
                        let imp = self.implement_with(req, &module.entry_item, Some(c), run).await?.remove(0);
                        let imps = [module.tasks.clone(), vec![imp]].concat();
                        let edit = assemble_edit(req.language, &imps);
                        let v = self.verify(req.language, &plan.entry, kept.v.checks.clone(), edit.module(req.language), c, run).await?;
                        Candidate { imps, edit, v }
                    };
                    kept.offer(candidate);
                }
                (kept, module.edit)
            }
        };
        let entry = plan.entry.clone();
        self.conclude(req, &entry, Some(plan), kept, unchecked, run).await
    }

    /// TD → RT → CG: the pipeline's plan and its module.
    async fn pipeline_module(&self, req: &Requirement, run: &Run) -> Result<(Plan, PipelineModule), PipelineError> {
        let plan = self.plan(req, run).await?;
        let specs = self.specs(req, &plan, run).await?;
        let total = plan.tasks.len() as u32 + 1;
        let names: Vec<&str> = plan.tasks.iter().map(|t| t.name.as_str()).collect();
        run.step(format!("implementing 1/{total}: {}", names.join(", ")), 1, total + 1);
        let (entry, task_specs) = specs.split_last().expect("specs has the entry last");
        let items: Vec<(Spec, Vec<String>)> = task_specs.iter().map(|s| (s.clone(), Vec::new())).collect();
        let tasks = self.implement(req, &items, run).await?;
        run.step(format!("implementing {total}/{total}: {}", plan::function_name(&plan.entry).unwrap_or_default()), total, total + 1);
        // The entry is offered only the helpers that work: calling a stub left by a failed
        // task fails at run time, where writing that step inline may pass.
        let helpers: Vec<String> = task_specs.iter().zip(&tasks).filter(|(_, imp)| !imp.broken).map(|(s, _)| s.signature.clone()).collect();
        let entry_item = vec![(entry.clone(), helpers)];
        let entry = self.implement(req, &entry_item, run).await?.remove(0);
        let edit = assemble_edit(req.language, &[tasks.clone(), vec![entry.clone()]].concat());
        Ok((plan, PipelineModule { tasks, entry_item, entry, edit }))
    }

    /// The whole-module draft (the direct prompt, greedy), checked as candidate `index`.
    async fn draft(&self, req: &Requirement, entry: &str, set: checks::CheckSet, index: u32, run: &Run) -> Result<Candidate, PipelineError> {
        let k = self.options.candidates.max(1);
        run.step(format!("drafting the whole module (candidate {}/{k})", index + 1), index, k);
        let out = self.run_batch(vec![self.direct_request(req)?], run).await?.remove(0);
        let (imp, edit) = direct_module(&out.text, req.language);
        let mut v = self.verify(req.language, entry, set, edit.module(req.language), index, run).await?;
        v.drafted = true;
        Ok(Candidate { imps: vec![imp], edit, v })
    }

    /// Sampled whole-module drafts as candidates `range` (decoded in one batch), each checked
    /// and offered to `kept`; stops at the first that passes every check. `drafted` marks
    /// them as gpiot's drafts rather than the direct configuration's own candidates.
    async fn sampled_drafts(&self, req: &Requirement, entry: &str, range: std::ops::Range<u32>, drafted: bool, kept: &mut Candidate, run: &Run) -> Result<(), PipelineError> {
        if kept.v.all_passed() || range.is_empty() {
            return Ok(());
        }
        let k = self.options.candidates.max(1);
        run.step(format!("drafting candidates {}-{}/{k}", range.start + 1, range.end), range.start, k);
        let request = self.direct_request(req)?;
        let reqs = range.clone().map(|i| CompletionRequest { sampling: candidate_sampling(i), ..request.clone() }).collect();
        let outs = self.run_batch(reqs, run).await?;
        for (i, c) in range.zip(outs) {
            let (imp, edit) = direct_module(&c.text, req.language);
            let mut v = self.verify(req.language, entry, kept.v.checks.clone(), edit.module(req.language), i, run).await?;
            v.drafted = drafted;
            kept.offer(Candidate { imps: vec![imp], edit, v });
            if kept.v.all_passed() {
                break;
            }
        }
        Ok(())
    }

    /// The end of a checked run: the repair turn on the kept candidate, the checks it still
    /// fails written as comments above its code.
    async fn conclude(&self, req: &Requirement, entry: &str, plan: Option<Plan>, mut kept: Candidate, unchecked: Edit, run: &Run) -> Result<Generation, PipelineError> {
        if let Some(repaired) = self.repair(req, entry, &kept, run).await? {
            kept = repaired;
        }
        kept.edit.code = with_notes(req.language, &kept.v.failure_notes(), &kept.edit.code);
        Ok(Generation { plan, implementations: kept.imps, edit: kept.edit, stats: run.usage.totals(), verification: Some(kept.v), unchecked: Some(unchecked) })
    }

    /// The direct prompt: the whole module from the requirement alone.
    fn direct_request(&self, req: &Requirement) -> Result<CompletionRequest, PipelineError> {
        let prompt = self.render(Role::Direct, req.language, &[("requirement", &req.prompt_text())], &[])?;
        Ok(self.request(Role::Direct, prompt, req.language))
    }

    /// The checks role: the requirement's stated examples and rules as checks of `entry`,
    /// kept when they trace to a sentence and reach a stub of the entry.
    pub async fn checks(&self, req: &Requirement, entry: &str, run: &Run) -> Result<checks::CheckSet, PipelineError> {
        if self.format == PromptFormat::Completion {
            // Writing tests from prose needs an instruct model; no base model here was trained
            // for it, so a completion-format model's code goes unchecked.
            return Ok(checks::CheckSet::default());
        }
        run.step("writing self-checks", 0, 1);
        let requirement = req.prompt_text();
        let prompt = self.render(Role::Checks, req.language, &[("requirement", &requirement), ("entry", entry)], &[])?;
        // Checks are an extra: a failing checks call (other than a cancel) leaves the code
        // unchecked rather than failing the generation.
        let c = match self.run_batch(vec![self.request(Role::Checks, prompt, req.language)], run).await {
            Ok(mut c) => c.remove(0),
            Err(e) if e.is_cancelled() => return Err(e),
            Err(e) => {
                tracing::warn!(error = %e, "the checks role failed: the code goes unchecked");
                return Ok(checks::CheckSet::default());
            }
        };
        let proposed = checks::parse(&c.text).unwrap_or_else(|e| {
            tracing::debug!(error = %e, text = %c.text, "the checks role wrote no usable JSON");
            Vec::new()
        });
        let mut set = checks::CheckSet { proposed: proposed.len() as u32, ..Default::default() };
        let name = checks::entry_name(entry);
        for check in proposed {
            let Some(sentence) = checks::traced_sentence(&check.sentence, &req.text) else {
                tracing::debug!(sentence = %check.sentence, "a check that traces to no sentence of the requirement is dropped");
                set.untraced += 1;
                set.dropped.push(checks::Dropped { reason: "untraced", sentence: check.sentence, code: check.code });
                continue;
            };
            match checks::classify_values(&check.code, &sentence, &name) {
                // The requirement's own sentence is kept beside the check, not the model's quote.
                checks::Values::Stated | checks::Values::Property => set.checks.push(checks::Check { sentence, ..check }),
                checks::Values::Invented => {
                    tracing::debug!(%sentence, code = %check.code, "a check with values its sentence does not state is dropped");
                    set.invented += 1;
                    set.dropped.push(checks::Dropped { reason: "invented", sentence, code: check.code });
                }
            }
        }
        tracing::debug!(checks = ?set.checks, "self-checks proposed");
        if !set.checks.is_empty() {
            let (lang, entry) = (req.language, entry.to_string());
            set = blocking(run, move || {
                checks::Runner::shared().keep_running(lang, &entry, &mut set);
                set
            })
            .await?;
        }
        set.properties = set.checks.iter().filter(|c| checks::classify_values(&c.code, &c.sentence, &name) == checks::Values::Property).count() as u32;
        // First, for every candidate: it builds and defines the entry (a stub would pass it,
        // so it is not filtered by one).
        if let Some(builds) = checks::builds_check(req.language, entry, &req.text) {
            set.checks.insert(0, builds);
        }
        Ok(set)
    }

    /// Runs the checks on one candidate module (candidate number `index`).
    async fn verify(&self, lang: Language, entry: &str, set: checks::CheckSet, module: String, index: u32, run: &Run) -> Result<Verification, PipelineError> {
        if set.checks.is_empty() {
            return Ok(Verification { checks: set, candidates: index + 1, chosen: index, ..Default::default() });
        }
        run.step(format!("checking {}/{}", index + 1, self.options.candidates.max(1)), index, self.options.candidates.max(1));
        let entry = entry.to_string();
        let checks = set.checks.clone();
        let results = blocking(run, move || checks::Runner::shared().run(lang, &module, &entry, &checks)).await?;
        let passed = results.iter().filter(|r| r.passed).count() as u32;
        Ok(Verification { checks: set, results, passed, candidates: index + 1, chosen: index, ..Default::default() })
    }

    pub async fn generate(&self, req: &Requirement, run: &Run) -> Result<Edit, PipelineError> {
        Ok(self.generate_detailed(req, run).await?.edit)
    }

    /// The baseline: the whole module from one prompt, no decomposition.
    pub async fn direct(&self, req: &Requirement, run: &Run) -> Result<Generation, PipelineError> {
        let run = &run.child();
        run.step("generating", 0, 1);
        let c = self.run_batch(vec![self.direct_request(req)?], run).await?.remove(0);
        let (imp, edit) = direct_module(&c.text, req.language);
        // Self-checks need the entry's signature, which the requirement names.
        let Some(entry) = named_entry::entry_named_in(&req.text, req.language).filter(|_| self.options.self_checks) else {
            return Ok(Generation { plan: None, implementations: vec![imp], edit, stats: run.usage.totals(), verification: None, unchecked: None });
        };
        let set = self.checks(req, &entry, run).await?;
        let v = self.verify(req.language, &entry, set, edit.module(req.language), 0, run).await?;
        let mut kept = Candidate { imps: vec![imp], edit: edit.clone(), v };
        self.sampled_drafts(req, &entry, 1..self.options.candidates.max(1), false, &mut kept, run).await?;
        self.conclude(req, &entry, None, kept, edit, run).await
    }

    /// The repair turn: the best candidate, then the first check it fails with its output, and
    /// the model writes the whole module again (greedy, on the direct prompt's conversation).
    /// Some(candidate) when that passes more checks; chat models only.
    async fn repair(&self, req: &Requirement, entry: &str, best: &Candidate, run: &Run) -> Result<Option<Candidate>, PipelineError> {
        let request = self.direct_request(req)?;
        let failing = best.v.checks.checks.iter().zip(&best.v.results).find(|(_, r)| !r.passed);
        let Some((check, result)) = failing.filter(|_| self.options.repair && !request.chat.is_empty()) else { return Ok(None) };
        run.step("repairing", best.v.candidates, best.v.candidates + 1);
        let turn = prompts::render_repair(
            req.language,
            &[("sentence", &check.sentence), ("check", &check.code), ("output", &result.output)],
        )
        .map_err(|e| PipelineError::Internal(e.to_string()))?;
        let fence = match req.language {
            Language::Python => "python",
            Language::C => "c",
        };
        let mut r = request;
        r.chat.push(ChatMessage::new("assistant", format!("```{fence}\n{}\n```", best.edit.module(req.language).trim_end())));
        r.chat.extend(turn.messages.into_iter().map(|(role, content)| ChatMessage { role, content }));
        r.prompt = turn.text;
        r.sampling = Sampling::Greedy;
        let c = self.run_batch(vec![r], run).await?.remove(0);
        let (imp, edit) = direct_module(&c.text, req.language);
        let mut v = self.verify(req.language, entry, best.v.checks.clone(), edit.module(req.language), best.v.candidates, run).await?;
        if v.passed <= best.v.passed {
            return Ok(None);
        }
        v.repaired = true;
        Ok(Some(Candidate { imps: vec![imp], edit, v }))
    }
}

/// The pipeline's module and what re-writing its entry needs.
struct PipelineModule {
    tasks: Vec<Implementation>,
    entry_item: Vec<(Spec, Vec<String>)>,
    entry: Implementation,
    edit: Edit,
}

impl PipelineModule {
    fn all(&self) -> Vec<Implementation> {
        [self.tasks.clone(), vec![self.entry.clone()]].concat()
    }
}

/// A checked candidate: its functions, its code and how it did on the checks.
struct Candidate {
    imps: Vec<Implementation>,
    edit: Edit,
    v: Verification,
}

impl Candidate {
    /// Takes `later` when it passes more checks (ties keep this one); counts it either way.
    fn offer(&mut self, later: Candidate) {
        if self.v.prefer(later.v) {
            (self.imps, self.edit) = (later.imps, later.edit);
        }
    }
}

/// How candidate `i` (> 0) is sampled: seeded, so a run is repeatable.
fn candidate_sampling(i: u32) -> Sampling {
    Sampling::Seeded { seed: 4000 + i, temperature: 0.8, top_p: 0.95 }
}

/// The direct baseline's module, written as the model wrote it (there is no spec to stub from).
fn direct_module(text: &str, lang: Language) -> (Implementation, Edit) {
    let text = salvage(text, lang);
    let a = code::analyse(&text, lang);
    let edit = Edit { imports: assemble::merge_imports(&a.imports), code: a.body.clone() };
    let imp = Implementation { name: "direct".into(), spec: empty_spec(), imports: a.imports, code: a.body, issues: a.errors, broken: false, attempts: 1 };
    (imp, edit)
}

/// `code` under comment lines with `notes` (failing self-checks).
fn with_notes(lang: Language, notes: &[String], code: &str) -> String {
    let mut out: String = notes
        .iter()
        .map(|n| match lang {
            Language::Python => format!("# {}\n", n.replace('\n', " ")),
            Language::C => format!("/* {} */\n", n.replace("*/", "* /").replace('\n', " ")),
        })
        .collect();
    out.push_str(code);
    out
}

/// Blocking work (sandboxed check runs) off the async runtime; cancellation returns at once.
async fn blocking<T: Send + 'static>(run: &Run, f: impl FnOnce() -> T + Send + 'static) -> Result<T, PipelineError> {
    if run.cancel.is_cancelled() {
        return Err(PipelineError::Engine(EngineError::Cancelled));
    }
    let task = tokio::task::spawn_blocking(f);
    tokio::select! {
        out = task => out.map_err(|e| PipelineError::Internal(format!("a self-check run panicked: {e}"))),
        _ = run.cancel.cancelled() => Err(PipelineError::Engine(EngineError::Cancelled)),
    }
}

fn empty_spec() -> Spec {
    Spec { signature: String::new(), inputs: String::new(), outputs: String::new(), behaviour: String::new(), constraints: String::new(), libraries: String::new() }
}

fn context_text(ctx: &FileContext) -> String {
    let mut lines = Vec::new();
    if !ctx.imports.is_empty() {
        lines.push(format!("imports: {}", ctx.imports.join("; ")));
    }
    if !ctx.functions.is_empty() {
        lines.push(format!("functions: {}", ctx.functions.join("; ")));
    }
    if lines.is_empty() {
        "none".into()
    } else {
        lines.join("\n")
    }
}

fn entry_summary(plan: &Plan) -> String {
    let names: Vec<&str> = plan.tasks.iter().map(|t| t.name.as_str()).collect();
    format!("Run the pipeline: {}.", names.join(" -> "))
}

/// The entry function as an RT task, the way the training data phrases it: it wires the
/// tasks together, and its inputs are its own parameters (the judge and the user call it with
/// those, not with the first task's).
fn entry_task(plan: &Plan, lang: Language) -> Task {
    let names: Vec<&str> = plan.tasks.iter().map(|t| t.name.as_str()).collect();
    Task {
        name: plan::function_name(&plan.entry).unwrap_or_else(|| "run_pipeline".into()),
        description: format!("Entry: {}", names.join(", then ")),
        inputs: entry_inputs(plan, lang).unwrap_or_else(|| plan.tasks.first().map(|t| t.inputs.clone()).unwrap_or_default()),
        outputs: plan.tasks.last().map(|t| t.outputs.clone()).unwrap_or_default(),
    }
}

/// `name: description; ...` for the entry's parameters, in the task lists' format. A
/// parameter a task describes under the same name takes that description; otherwise its C
/// type, or (Python) the bare name. None when the entry signature does not parse.
fn entry_inputs(plan: &Plan, lang: Language) -> Option<String> {
    let described: Vec<(&str, &str)> = plan
        .tasks
        .iter()
        .flat_map(|t| t.inputs.split(';'))
        .filter_map(|part| part.split_once(':'))
        .map(|(name, desc)| (name.trim(), desc.trim()))
        .filter(|(_, desc)| !desc.is_empty())
        .collect();
    let params = code::signature_parameters(&plan.entry, lang)?;
    let parts: Vec<String> = params
        .iter()
        .map(|p| match (described.iter().find(|(n, _)| *n == p.name), &p.c_type) {
            (Some((_, desc)), _) => format!("{}: {desc}", p.name),
            (None, Some(t)) if !t.is_empty() => format!("{}: {t}", p.name),
            _ => p.name.clone(),
        })
        .collect();
    Some(if parts.is_empty() { "none".into() } else { parts.join("; ") })
}

fn rename_signature(sig: &str, name: &str, lang: Language) -> String {
    match (plan::function_name(sig), sig.find('(')) {
        (Some(old), Some(paren)) => {
            let head = &sig[..paren];
            let start = head.rfind(old.as_str()).unwrap_or(paren);
            format!("{}{}{}", &sig[..start], name, &sig[paren..])
        }
        _ => match lang {
            Language::Python => format!("def {name}()"),
            Language::C => format!("void {name}(void)"),
        },
    }
}

/// Imports the stubs need to parse (type hints) — only what their signatures mention.
fn stub_imports(lang: Language, specs: &[Spec]) -> Vec<String> {
    match lang {
        Language::Python if specs.iter().any(|s| s.signature.contains("np.")) => vec!["import numpy as np".into()],
        Language::C => {
            let mut v = Vec::new();
            if specs.iter().any(|s| s.signature.contains("int8_t") || s.signature.contains("int16_t") || s.signature.contains("int32_t") || s.signature.contains("uint")) {
                v.push("#include <stdint.h>".to_string());
            }
            if specs.iter().any(|s| s.signature.contains("size_t")) {
                v.push("#include <stddef.h>".to_string());
            }
            if specs.iter().any(|s| s.signature.contains("bool")) {
                v.push("#include <stdbool.h>".to_string());
            }
            v
        }
        _ => Vec::new(),
    }
}

fn join_parts(lang: Language, parts: &[String]) -> String {
    assemble::module(lang, &[], parts)
}

/// Cut a completion at its last complete top-level node when it does not parse.
fn salvage(text: &str, lang: Language) -> String {
    let a = code::analyse(text, lang);
    if a.errors.is_empty() {
        return text.to_string();
    }
    let prefix = code::complete_prefix(text, lang);
    if prefix.trim().is_empty() {
        text.to_string()
    } else {
        prefix
    }
}

/// The guard: does the code parse, does it define the function the spec names with the
/// spec's parameters and use each of them, and (Python) does every function it calls exist?
/// `known`: functions defined elsewhere in the module.
fn check_function(lang: Language, spec: &Spec, text: &str, known: &[String], prototypes: &[String]) -> Implementation {
    // Python: the modules and scipy.signal functions the assembled module imports when used.
    let with_auto: Vec<String>;
    let known = if lang == Language::Python {
        with_auto = known.iter().cloned().chain(assemble::python_auto_imported().map(String::from)).collect();
        &with_auto[..]
    } else {
        known
    };
    let name = spec.function_name().unwrap_or_default();
    let text = repair_names(lang, &name, &salvage(text, lang), known);
    let a = code::analyse(&text, lang);
    let mut issues = a.errors.clone();
    let mut broken = !a.errors.is_empty();
    if !a.functions.iter().any(|f| *f == name) {
        issues.push(format!("the code does not define `{name}`"));
        broken = true; // the module would lack the function: callers fail to link or import
    } else if let (Some(got), Some(want)) = (
        code::parameter_count(&text, lang, &name),
        code::signature_parameter_count(&spec.signature, lang, &name),
    ) {
        if got != want {
            issues.push(format!("`{name}` takes {got} parameters where `{}` has {want}", spec.signature));
        }
    }
    if code::calls_itself(&text, lang, &name) {
        issues.push(format!("`{name}` calls itself"));
    }
    if lang == Language::Python {
        for missing in code::undefined_calls(&text, known) {
            issues.push(format!("it calls `{missing}`, which nothing defines"));
        }
    }
    if lang == Language::Python && issues.is_empty() {
        let problems = py_check::problems(&text, known);
        // Python refuses the whole module when one function does not compile.
        broken |= problems.iter().any(|p| p.starts_with(py_check::SYNTAX_ERROR));
        issues.extend(problems);
    }
    if lang == Language::C && !broken {
        // Compiled even when another issue (a parameter count) is left: code that does not
        // compile must never reach the file. One issue however many errors: an attempt that
        // compiles badly still beats one that lacks the function (the retry loop keeps the
        // attempt with the fewest issues).
        let errors = c_check::compile_errors(&a.imports, prototypes, &a.body);
        if !errors.is_empty() {
            issues.push(errors.join("; "));
            broken = true;
        }
    }
    // Last, so that Python's compile check above still runs on code that only ignores an
    // input; and only on code that compiles (a broken parse loses the body's names).
    if !broken {
        for unused in code::unused_parameters(&text, lang, &name) {
            issues.push(format!("`{name}` never uses its parameter `{unused}`"));
        }
    }
    // Keep the function itself and any helpers it wrote, but never a second `main` in C.
    let parts: Vec<String> = a
        .items
        .iter()
        .filter(|(n, _)| !(lang == Language::C && n.as_deref() == Some("main") && name != "main"))
        .map(|(_, t)| t.clone())
        .collect();
    Implementation {
        name,
        spec: spec.clone(),
        imports: a.imports,
        code: join_parts(lang, &parts).trim_end().to_string(),
        issues,
        broken,
        attempts: 0, // counted by the caller across retries
    }
}

/// Fixes a model's misspelling of names it was given: the function it was asked for
/// (`irq_outliers` written for `iqr_outliers`) and, in Python, calls to helpers the module
/// defines. Only near misses (see [`code::near_miss`]) of names that are otherwise missing.
fn repair_names(lang: Language, name: &str, text: &str, known: &[String]) -> String {
    let mut text = text.to_string();
    let defined = code::analyse(&text, lang).functions;
    if !name.is_empty() && !defined.iter().any(|f| f == name) {
        let others = defined.iter().map(String::as_str).filter(|f| !known.iter().any(|k| k == f));
        if let Some(miss) = code::near_miss(name, others) {
            tracing::debug!(miss, name, "renaming a misspelled function");
            text = code::rename_identifier(&text, lang, miss, name);
        }
    }
    if lang == Language::Python {
        for missing in code::undefined_calls(&text, known) {
            if let Some(helper) = code::near_miss(&missing, known.iter().map(String::as_str)) {
                text = code::rename_identifier(&text, lang, &missing, helper);
            }
        }
    }
    text
}

/// An implementation as it goes into the file: its code, under a note when problems are
/// left; or, when the code would break the file, the task's stub (so "Implement task" can run
/// on it again) with the best attempt kept below it, disabled.
fn written(lang: Language, imp: &Implementation, entry: bool) -> String {
    if imp.issues.is_empty() {
        return imp.code.clone();
    }
    let problems = imp.issues.join("; ");
    if imp.broken && !imp.spec.signature.is_empty() {
        let summary = format!(
            "gpiot: no attempt at `{}` was usable ({problems}); the best one is kept below, disabled. Run Implement task here again, or write it.",
            imp.name,
        );
        let stub = stubs::render_stub(&summary, &imp.spec, lang, entry);
        return match lang {
            Language::C => format!("{stub}\n#if 0 /* gpiot: best attempt */\n{}\n#endif", imp.code),
            Language::Python => {
                // Inside the stub's body, before its `raise`, so it stays with the function.
                let attempt: String = imp.code.lines().map(|l| format!("    # {l}").trim_end().to_string() + "\n").collect();
                match stub.rfind("    raise NotImplementedError(") {
                    Some(at) => format!("{}    # gpiot: best attempt\n{attempt}{}", &stub[..at], &stub[at..]),
                    None => stub,
                }
            }
        };
    }
    let note = format!("gpiot: this code has problems ({problems}); review it before use.");
    match lang {
        Language::Python => format!("# {note}\n{}", imp.code),
        Language::C => format!("/* {} */\n{}", note.replace("*/", "* /"), imp.code),
    }
}

/// One module from all implementations: later definitions of an already-defined function
/// (a CG call re-writing a helper) are dropped so the module stays valid.
fn assemble_edit(lang: Language, imps: &[Implementation]) -> Edit {
    let code: String = imps.iter().map(|i| i.code.as_str()).collect::<Vec<_>>().join("\n");
    let imports = assemble::module_imports(lang, imps.iter().flat_map(|i| i.imports.iter()), &code);
    let mut defined = std::collections::HashSet::new();
    let mut parts = Vec::new();
    // Walk from the entry backwards? No: tasks first so the entry's duplicates are dropped.
    for (i, imp) in imps.iter().enumerate() {
        // generate_detailed puts the entry function last.
        let a = code::analyse(&written(lang, imp, i + 1 == imps.len()), lang);
        let mut kept: Vec<String> = Vec::new();
        let mut after_comment = false;
        for (name, text) in a.items {
            let comment = name.is_none() && code::is_comment(&text, lang);
            match &name {
                Some(n) if !defined.insert(n.clone()) => {}
                // A comment right before a function is its doc comment: keep them together.
                Some(_) if after_comment => kept.last_mut().expect("the comment").push_str(&format!("\n{text}")),
                _ => kept.push(text),
            }
            after_comment = comment;
        }
        parts.push(kept.join("\n\n"));
    }
    Edit { imports, code: assemble::module(lang, &[], &parts).trim_end().to_string() + "\n" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(name: &str, inputs: &str) -> Task {
        Task { name: name.into(), description: String::new(), inputs: inputs.into(), outputs: "out".into() }
    }

    #[test]
    fn the_entry_task_takes_its_own_parameters_described_where_a_task_describes_them() {
        let plan = Plan {
            entry: "estimate_heart_rate(samples, fs)".into(),
            tasks: vec![task("csv_to_values", "rows: list of CSV text lines"), task("locate_peaks", "x: samples; fs: sampling rate in Hz")],
        };
        assert_eq!(entry_task(&plan, Language::Python).inputs, "samples; fs: sampling rate in Hz");
        let plan = Plan {
            entry: "void ema_filter(const float *in, float *out, int n, float alpha)".into(),
            tasks: vec![task("moving_average", "a, b: Q15 values"), task("moving_average_add", "a, b: Q15")],
        };
        assert_eq!(entry_task(&plan, Language::C).inputs, "in: const float *; out: float *; n: int; alpha: float");
    }

    #[test]
    fn an_entry_signature_that_does_not_parse_keeps_the_first_tasks_inputs() {
        let plan = Plan { entry: "not a signature".into(), tasks: vec![task("a", "x: samples"), task("b", "y")] };
        assert_eq!(entry_task(&plan, Language::Python).inputs, "x: samples");
    }
}
